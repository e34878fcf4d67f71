/**
 * Reminders that reach people: a unit's contacts set by the office; the day's reminders planned once per unit and
 * channel; sent by e-mail to an SMTP server the test starts, and to group robots on a local receiver that checks the
 * documented 钉钉 and 企业微信 payloads and 钉钉's signature; failures logged and tried again, then given up; the
 * request that asks for a sending never waits on it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { claimDeliveries, createUnit, listDeliveries, planDeliveries, setUnitContact } from '../../src/ledger/index.js';
import { sender, type Send } from '../../src/server/reminders/channels.js';
import { planReminders, sendDue } from '../../src/server/reminders/dispatch.js';
import { testDialects } from '../ledger/dialects.js';
import { errorCode, seededWorld } from './helpers.js';

const NOW = new Date('2025-06-20T01:00:00Z');
const world = seededWorld({ now: () => NOW });
const SECRET = 'SECtest-secret';
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

interface Mail {
  to: string[];
  data: string;
}
interface Hook {
  path: string;
  query: URLSearchParams;
  body: { msgtype: string; markdown: Record<string, string> };
}
const mails: Mail[] = [];
const hooks: Hook[] = [];
let failNext = 0;
let smtp: SMTPServer;
let smtpPort = 0;
let receiver: Server;
let base = '';

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  receiver = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      hooks.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(text) });
      res.setHeader('content-type', 'application/json');
      if (failNext > 0) {
        failNext--;
        res.statusCode = 500;
        res.end('{"errcode":-1,"errmsg":"busy"}');
      } else res.end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

describe('sending reminders', () => {
  it('the office sets a unit’s contacts; a bad address or URL is refused naming it; the secret is never shown', async () => {
    const office = await world.s.client('supervisor');
    const own = world.s.units.own;
    for (const body of [{ email: 'not an address' }, { webhook: { kind: 'dingtalk', url: 'ftp://x' } }, { webhook: { kind: 'feishu', url: `${base}/x` } }]) {
      const res = await office.request('PUT', `/api/units/${own}/contact`, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(errorCode(res), 'VALIDATION');
    }
    assert.equal((await (await world.s.client('editorOwn')).request('PUT', `/api/units/${own}/contact`, { email: 'a@b.cn' })).statusCode, 403);
    const res = await office.request('PUT', `/api/units/${own}/contact`, { email: 'fgj@example.cn', webhook: { kind: 'dingtalk', url: `${base}/robot/send?access_token=t1`, secret: SECRET } });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { unitId: own, email: 'fgj@example.cn', webhook: { kind: 'dingtalk', url: `${base}/robot/send?access_token=t1`, signed: true } });
    assert.ok(!(await office.request('GET', '/api/unit-contacts')).body.includes(SECRET));
    // the form cannot send the secret back: left out for the same robot, it is kept; null removes it
    const again = await office.request('PUT', `/api/units/${own}/contact`, { email: 'fgj@example.cn', webhook: { kind: 'dingtalk', url: `${base}/robot/send?access_token=t1` } });
    assert.equal(again.json().webhook.signed, true);
    const unsigned = await office.request('PUT', `/api/units/${own}/contact`, { webhook: { kind: 'dingtalk', url: `${base}/robot/send?access_token=t1`, secret: null } });
    assert.deepEqual(unsigned.json(), { unitId: own, webhook: { kind: 'dingtalk', url: `${base}/robot/send?access_token=t1`, signed: false } });
    await office.request('PUT', `/api/units/${own}/contact`, { email: 'fgj@example.cn', webhook: { kind: 'dingtalk', url: `${base}/robot/send?access_token=t1`, secret: SECRET } });
    await setUnitContact(world.ledger, null, { unitId: world.s.units.other, webhook: { kind: 'wecom', url: `${base}/cgi-bin/webhook/send?key=k2` } });
  });

  it('plans each unit’s reminders of the day once per channel, however often it is asked', async () => {
    assert.equal(await planReminders(world.ledger, '2025-06-20', NOW), 2); // the own unit's milestone is due on 30 June
    assert.equal(await planReminders(world.ledger, '2025-06-20', NOW), 0);
    const planned = await listDeliveries(world.ledger);
    assert.deepEqual(planned.map((d) => [d.channel, d.state]).sort(), [['dingtalk', 'pending'], ['email', 'pending']]);
    assert.match(planned[0]!.subject, /^【督办提醒】县发改局：1项工作需办理（2025年6月20日）$/);
    assert.match(planned[0]!.body, /\*\*即将到期\*\*/);
  });

  it('sends by e-mail and to the 钉钉 robot, signed; a failure is logged and tried again after a minute', async () => {
    failNext = 1;
    const send = sender({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'ducha@example.cn' });
    assert.deepEqual(await sendDue(world.ledger, send, NOW), { sent: 1, failed: 1 });
    assert.equal(mails.length, 1);
    assert.deepEqual(mails[0]!.to, ['fgj@example.cn']);
    assert.match(mails[0]!.data, /Subject: =\?UTF-8\?/);
    const robot = (await listDeliveries(world.ledger)).find((d) => d.channel === 'dingtalk')!;
    assert.deepEqual([robot.state, robot.attempts, robot.lastError, robot.nextAttemptAt], ['pending', 1, 'HTTP 500: busy', minutes(1).toISOString()]);
    assert.deepEqual(await sendDue(world.ledger, send, minutes(0.5)), { sent: 0, failed: 0 }); // not due yet
    assert.deepEqual(await sendDue(world.ledger, send, minutes(1)), { sent: 1, failed: 0 });
    const hook = hooks.at(-1)!;
    assert.equal(hook.path, '/robot/send');
    assert.equal(hook.query.get('access_token'), 't1');
    const timestamp = hook.query.get('timestamp')!;
    assert.equal(timestamp, String(minutes(1).getTime()));
    assert.equal(hook.query.get('sign'), createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64'));
    assert.equal(hook.body.msgtype, 'markdown');
    assert.match(hook.body.markdown.title!, /督办提醒/);
    assert.match(hook.body.markdown.text!, /上半年开工建设青岭物流园/);
    assert.ok((await listDeliveries(world.ledger)).every((d) => d.state === 'sent'));
  });

  it('before the reporting day, units that have not reported hear of it; 企业微信 gets its own payload', async () => {
    const day = new Date('2025-06-28T01:00:00Z');
    assert.equal(await planReminders(world.ledger, '2025-06-28', day), 3);
    await sendDue(world.ledger, sender({ smtpUrl: `smtp://127.0.0.1:${smtpPort}` }), day);
    const wecom = hooks.find((h) => h.path === '/cgi-bin/webhook/send')!;
    assert.deepEqual(Object.keys(wecom.body.markdown), ['content']);
    assert.match(wecom.body.markdown.content!, /县商务局[\s\S]*未报送进展/);
  });

  it('gives up after five tries, the last error kept', async () => {
    const unit = await createUnit(world.ledger, null, { name: '县应急管理局' });
    await planDeliveries(world.ledger, [{ unitId: unit.id, channel: 'email', day: '2025-06-20', recipient: 'x@example.cn', subject: 's', body: 'b' }], NOW);
    const refusing: Send = async () => {
      throw new Error('550 mailbox unavailable');
    };
    let at = NOW;
    for (let i = 0; i < 6; i++, at = new Date(at.getTime() + 3 * 3600_000)) await sendDue(world.ledger, refusing, at);
    const d = (await listDeliveries(world.ledger)).find((x) => x.unitId === unit.id)!;
    assert.deepEqual([d.state, d.attempts, d.lastError, d.nextAttemptAt], ['failed', 5, '550 mailbox unavailable', undefined]);
  });

  it('asking for a sending answers at once, whatever the mail server does', async () => {
    await setUnitContact(world.ledger, null, { unitId: world.s.units.own, email: 'fgj@example.cn' });
    world.s.app.log.level = 'silent';
    const res = await (await world.s.client('supervisor')).request('POST', '/api/reminders/send');
    assert.equal(res.statusCode, 202, res.body);
    assert.equal(typeof res.json().planned, 'number');
  });
});

for (const dialect of await testDialects()) {
  describe(`the sending log (${dialect.name})`, { skip: dialect.skip }, () => {
    it('a day is planned once and each sending is claimed by one server only', () =>
      dialect.withLedger(async (ledger, openAgain) => {
        const unit = await createUnit(ledger, null, { name: '县发改局' });
        const planned = ['email', 'dingtalk', 'wecom'].map((channel) => ({ unitId: unit.id, channel: channel as 'email', day: '2025-06-20', recipient: 'r', subject: 's', body: 'b' }));
        // another server on the same database: PostgreSQL; SQLite's copy would be another database
        const other = dialect.name === 'postgres' ? await openAgain() : ledger;
        const added = await Promise.all([planDeliveries(ledger, planned, NOW), planDeliveries(other, planned, NOW)]);
        assert.equal(added[0] + added[1], 3);
        const [a, b] = await Promise.all([claimDeliveries(ledger, NOW), claimDeliveries(other, NOW)]);
        assert.deepEqual([...a, ...b].map((d) => d.channel).sort(), ['dingtalk', 'email', 'wecom']);
        assert.deepEqual(await claimDeliveries(ledger, minutes(5)), []); // claimed, not stale yet
        assert.equal((await claimDeliveries(ledger, minutes(11))).length, 3); // a server that stopped: taken up again
      }));
  });
}
