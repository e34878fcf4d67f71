/**
 * Reminders that reach people, off the request path: a timer plans the day's sendings (each unit with reminders and
 * a contact, once a day per channel) and sends those due, retrying failures with growing pauses. Every sending and
 * every failure is in the ledger's log (ledger/deliveries.ts); no request ever waits on an SMTP server or a webhook.
 */
import { daysBetween } from '../../calendar/index.js';
import { claimDeliveries, endDelivery, listUnitContacts, planDeliveries, type Ledger, type PlannedDelivery } from '../../ledger/index.js';
import { REPORTING_REMINDER_DAYS, reminders, type Reminder } from '../../loop/index.js';
import { loopData } from '../../app/loop-data.js';
import { ledgerState, unchanged, type LedgerState } from '../../app/ledger-state.js';
import { officeOf } from '../../app/office.js';
import type { Send } from './channels.js';
import { unitMessage } from './messages.js';

/** Minutes to wait before each next try; after the last, a sending is failed for good (5 tries over ~2.5 hours). */
const RETRY_MINUTES = [1, 5, 30, 120];

/** What is sent: overdue and due-soon items every day, "not yet reported" only in the last days before the reporting day. */
const worthSending = (r: Reminder, today: string): boolean => r.kind !== 'not_reported' || daysBetween(today, r.dueOn) < REPORTING_REMINDER_DAYS;

/** Plans today's sendings; returns how many are new (none when planned already today, by this server or another). */
export async function planReminders(ledger: Ledger, today: string, now: Date): Promise<number> {
  const contacts = new Map((await listUnitContacts(ledger)).map((c) => [c.unitId, c]));
  if (contacts.size === 0) return 0;
  const data = await loopData(ledger, { today });
  const byUnit = new Map<number, Reminder[]>();
  for (const r of reminders(data.items, today)) if (worthSending(r, today) && contacts.has(r.unitId)) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  const office = await officeOf(ledger, new Set([...data.reports.values()].map((r) => r.governmentId)));
  const planned: PlannedDelivery[] = [];
  for (const [unitId, list] of byUnit) {
    const contact = contacts.get(unitId)!;
    const unitName = data.units.find((u) => u.id === unitId)?.name ?? `单位${unitId}`;
    const message = unitMessage(unitName, today, list, office);
    if (contact.email) planned.push({ unitId, channel: 'email', day: today, recipient: contact.email, ...message });
    if (contact.webhook) planned.push({ unitId, channel: contact.webhook.kind, day: today, recipient: contact.webhook.url, ...message });
  }
  return planDeliveries(ledger, planned, now);
}

/** Sends the sendings due; a failure is logged with its error and tried again later, until the tries run out. */
export async function sendDue(ledger: Ledger, send: Send, now: Date): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDeliveries(ledger, now);
  if (claimed.length === 0) return { sent: 0, failed: 0 };
  const secrets = new Map((await listUnitContacts(ledger)).map((c) => [c.unitId, c.webhook?.secret]));
  let [sent, failed] = [0, 0];
  for (const d of claimed) {
    const secret = d.channel === 'dingtalk' ? secrets.get(d.unitId) : undefined;
    try {
      await send({ channel: d.channel, to: d.to, subject: d.subject, body: d.body, ...(secret ? { secret } : {}) }, now);
      await endDelivery(ledger, d.id, { sentAt: now });
      sent++;
    } catch (e) {
      const wait = RETRY_MINUTES[d.attempts - 1];
      await endDelivery(ledger, d.id, { error: e instanceof Error ? e.message : String(e), ...(wait === undefined ? {} : { retryAt: new Date(now.getTime() + wait * 60_000) }) });
      failed++;
    }
  }
  return { sent, failed };
}

/** Plans and sends every `intervalMs` until stopped; a failing round is reported to `log` and the next one runs. */
export function startReminderDispatch(
  ledger: Ledger,
  clock: { now: () => Date; today: () => string },
  send: Send,
  options: { intervalMs: number; log: (e: unknown) => void },
): () => Promise<void> {
  let round: Promise<void> = Promise.resolve();
  // the day's plan stands while the ledger and the day are unchanged: planning again would plan nothing new
  let planned: LedgerState | undefined;
  const tick = () => {
    round = round.then(async () => {
      try {
        const state = ledgerState(ledger, clock.today());
        if (!planned || !unchanged(planned, state)) {
          await planReminders(ledger, state.today, clock.now());
          planned = state;
        }
        await sendDue(ledger, send, clock.now());
      } catch (e) {
        options.log(e);
      }
    });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await round;
  };
}
