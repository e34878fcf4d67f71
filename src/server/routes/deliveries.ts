/** Reminders that reach people: the units' contacts, the log of sendings, and "send today's reminders now" — the office's. */
import { getUnitContact, listDeliveries, listUnitContacts, setUnitContact, shownContact } from '../../ledger/index.js';
import { SUPERVISORS, userOf } from '../auth.js';
import { planReminders, sendDue } from '../reminders/dispatch.js';
import { DeliveryList, SendResponse, UnitContact as UnitContactOut, UnitContactBody, UnitContactList } from '../schemas/admin.js';
import { errors, IdParams } from '../schemas/common.js';
import type { App, ServerContext } from '../context.js';

const tags = ['reminders'];


export function deliveryRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/unit-contacts',
    { config: { access: SUPERVISORS }, schema: { tags, summary: '各单位的提醒联系方式', response: { 200: UnitContactList, ...errors(401, 403) } } },
    async () => ({ contacts: (await listUnitContacts(ctx.ledger)).map(shownContact) }),
  );

  app.put(
    '/api/units/:id/contact',
    {
      config: { access: SUPERVISORS },
      schema: { tags, summary: '设置单位的提醒邮箱和群机器人', params: IdParams, body: UnitContactBody, response: { 200: UnitContactOut, ...errors(400, 401, 403, 404) } },
    },
    async (request) => {
      const { email, webhook } = request.body;
      const before = (await getUnitContact(ctx.ledger, request.params.id))?.webhook;
      // a secret is never shown, so a form cannot send it back: left out, the one set for the same robot is kept
      const secret = webhook?.secret === undefined && before?.url === webhook?.url ? before?.secret : (webhook?.secret ?? undefined);
      const contact = {
        unitId: request.params.id,
        ...(email ? { email } : {}),
        ...(webhook ? { webhook: { kind: webhook.kind, url: webhook.url, ...(secret ? { secret } : {}) } } : {}),
      };
      return shownContact(await setUnitContact(ctx.ledger, userOf(request).id, contact));
    },
  );

  app.get(
    '/api/deliveries',
    { config: { access: SUPERVISORS }, schema: { tags, summary: '提醒发送记录（最新在前）', response: { 200: DeliveryList, ...errors(401, 403) } } },
    async () => ({ deliveries: await listDeliveries(ctx.ledger) }),
  );

  app.post(
    '/api/reminders/send',
    { config: { access: SUPERVISORS }, schema: { tags, summary: '立即发送今日提醒（在后台发送）', response: { 202: SendResponse, ...errors(401, 403) } } },
    async (_request, reply) => {
      const planned = await planReminders(ctx.ledger, ctx.today(), ctx.now());
      // sent in the background: the answer never waits on an SMTP server or a webhook
      void sendDue(ctx.ledger, ctx.send, ctx.now()).catch((err) => app.log.error({ err }, 'sending reminders failed'));
      return reply.code(202).send({ planned });
    },
  );
}
