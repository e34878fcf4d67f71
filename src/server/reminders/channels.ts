/**
 * The ways a reminder reaches people: e-mail over SMTP (nodemailer), and the group robots of 钉钉 and 企业微信,
 * each a webhook taking a Markdown message as their documentation gives it:
 * - 钉钉 (open.dingtalk.com, 自定义机器人): POST {msgtype: "markdown", markdown: {title, text}}; a robot set to 加签
 *   takes `timestamp` (ms) and `sign` = base64(HMAC-SHA256(secret, timestamp + "\n" + secret)) in the URL.
 * - 企业微信 (developer.work.weixin.qq.com, 群机器人): POST {msgtype: "markdown", markdown: {content}}.
 * Both answer {errcode: 0} when the message is taken; anything else is a failure with their errmsg.
 */
import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { DeliveryChannel, RobotKind } from '../../ledger/index.js';

export interface Outgoing {
  channel: DeliveryChannel;
  /** The address, or the webhook URL. */
  to: string;
  subject: string;
  body: string;
  /** 钉钉's 加签 secret. */
  secret?: string;
}

/** Sends one message; resolves when it is taken, rejects with why it was not. */
export type Send = (message: Outgoing, now: Date) => Promise<void>;

const WEBHOOK_TIMEOUT_MS = 10_000;

/** The URL a 钉钉 robot is called at: signed when it has a secret. */
export function dingtalkUrl(url: string, secret: string | undefined, now: Date): string {
  if (!secret) return url;
  const timestamp = String(now.getTime());
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const signed = new URL(url);
  signed.searchParams.set('timestamp', timestamp);
  signed.searchParams.set('sign', sign);
  return signed.toString();
}

export function robotPayload(kind: RobotKind, subject: string, body: string): unknown {
  return kind === 'dingtalk' ? { msgtype: 'markdown', markdown: { title: subject, text: body } } : { msgtype: 'markdown', markdown: { content: body } };
}

async function postRobot(kind: RobotKind, message: Outgoing, now: Date): Promise<void> {
  const url = kind === 'dingtalk' ? dingtalkUrl(message.to, message.secret, now) : message.to;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(robotPayload(kind, message.subject, message.body)),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  const answer = (await response.json().catch(() => undefined)) as { errcode?: number; errmsg?: string } | undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}${answer?.errmsg ? `: ${answer.errmsg}` : ''}`);
  if (answer?.errcode !== 0) throw new Error(`errcode ${answer?.errcode ?? '?'}: ${answer?.errmsg ?? 'no answer'}`);
}

/** How the server sends: robots over HTTP, e-mail through the SMTP server at `smtpUrl` (none: e-mail is refused). */
export function sender(options: { smtpUrl?: string; from?: string }): Send {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  return async (message, now) => {
    if (message.channel !== 'email') return postRobot(message.channel, message, now);
    if (!transport) throw new Error('no SMTP server configured (LUOSHI_SMTP_URL)');
    await transport.sendMail({ from: options.from ?? 'luoshi@localhost', to: message.to, subject: message.subject, text: message.body });
  };
}
