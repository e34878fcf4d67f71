/**
 * What the API refuses at the door, on SQLite and PostgreSQL: days not in the calendar (2025-02-30), text with NUL
 * (which PostgreSQL cannot store) or a lone surrogate (which would be stored as U+FFFD), lists and strings beyond
 * their bounds, and ids that are not decimal numbers (0x1F, 1e1). Each case is a request and the status it gets;
 * a 400 names the field. Then: a refused date stores nothing, and a bad date stored before (written past the API)
 * leaves every computed page working; a task sheet carrying NUL has its row refused.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import ExcelJS from 'exceljs';
import { getAssignment, getCommitment, listProgress } from '../../src/ledger/index.js';
import { smallReport, testDialects } from '../ledger/dialects.js';
import { multipart, seed, type Seeded, type Who } from './helpers.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
type Form = { fields: Record<string, string>; file?: { name: string; bytes: string } };

interface Case {
  name: string;
  who: Who;
  method: Method;
  path: (s: Seeded) => string;
  /** A JSON body (or a function of the seeded world giving one), or a multipart form. */
  body?: unknown | ((s: Seeded) => Promise<unknown>);
  form?: Form;
  status: number;
  /** The field a 400 names (in `fields` and in `detail`). */
  field?: string;
  /** What the message says of it. */
  says?: RegExp;
}

const NUL = 'a\u0000b';
const LONE = 'a\uD800b';
const item = (s: Seeded) => `/api/commitments/${s.target.id}`;
const milestone = (s: Seeded) => `/api/commitments/${s.milestone.id}`;
/** A correction of the target item at its current version. */
const patch = (fields: Record<string, unknown>) => async (s: Seeded) => ({ version: (await getCommitment(s.ledger, s.target.id))!.version, ...fields });
const NOT_A_DAY = /is not a date in the calendar/;
const HAS_NUL = /U\+0000/;
const HAS_LONE = /lone surrogate/;
const NOT_AN_ID = /not an id/;

const CASES: Case[] = [
  // days
  { name: 'a correction to 2025-02-30', who: 'supervisor', method: 'PATCH', path: item, body: patch({ deadline: '2025-02-30' }), status: 400, field: 'body.deadline', says: /2025-02-30 is not a date in the calendar/ },
  { name: 'a correction to 2024-02-29 (a leap day)', who: 'supervisor', method: 'PATCH', path: item, body: patch({ deadline: '2024-02-29' }), status: 200 },
  { name: 'a day not written YYYY-MM-DD', who: 'supervisor', method: 'PATCH', path: item, body: patch({ deadline: '2025-2-3' }), status: 400, field: 'body.deadline', says: /YYYY-MM-DD/ },
  { name: 'an assignment due 2026-06-31', who: 'supervisor', method: 'PUT', path: (s) => `${milestone(s)}/assignment`, body: { deadline: '2026-06-31' }, status: 400, field: 'body.deadline', says: NOT_A_DAY },
  { name: 'a schedule point on 2025-04-31', who: 'supervisor', method: 'PUT', path: (s) => `${item(s)}/assignment`, body: { schedule: [{ date: '2025-04-31', value: 3 }] }, status: 400, field: 'body.schedule.0.date', says: NOT_A_DAY },
  { name: 'a bulk assignment due 2025-02-29 (not a leap year)', who: 'supervisor', method: 'POST', path: () => '/api/assignments/bulk', body: async (s: Seeded) => ({ items: [{ commitmentId: s.milestone.id, deadline: '2025-02-29' }] }), status: 400, field: 'body.items.0.deadline', says: NOT_A_DAY },
  { name: 'progress dated 2026-02-31', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, body: { reportedOn: '2026-02-31', state: 'in_progress' }, status: 400, field: 'body.reportedOn', says: NOT_A_DAY },
  { name: 'progress dated 2026-02-31 (multipart)', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, form: { fields: { reportedOn: '2026-02-31', state: 'in_progress' } }, status: 400, field: 'body.reportedOn', says: NOT_A_DAY },
  { name: 'the late list as of 2025-02-31', who: 'viewer', method: 'GET', path: () => '/api/lists/late?today=2025-02-31', status: 400, field: 'querystring.today', says: NOT_A_DAY },
  { name: 'the reminders as of 2025-00-10', who: 'viewer', method: 'GET', path: () => '/api/lists/reminders?today=2025-00-10', status: 400, field: 'querystring.today' },
  { name: 'the scorecards as of 2025-02-31', who: 'viewer', method: 'GET', path: () => '/api/scorecards?today=2025-02-31', status: 400, field: 'querystring.today', says: NOT_A_DAY },
  { name: 'the late list as of 0100-01-15 (before the days the ledger counts)', who: 'viewer', method: 'GET', path: () => '/api/lists/late?today=0100-01-15', status: 400, field: 'querystring.today', says: /from 1900-01-01 to 2999-12-31/ },
  { name: 'the due list as of 2024-02-29', who: 'viewer', method: 'GET', path: () => '/api/lists/due?today=2024-02-29', status: 200 },
  { name: 'items due from 2025-04-31', who: 'viewer', method: 'GET', path: () => '/api/commitments?deadlineFrom=2025-04-31', status: 400, field: 'querystring.deadlineFrom', says: NOT_A_DAY },
  { name: 'items due up to 2025-09-31', who: 'viewer', method: 'GET', path: () => '/api/commitments?deadlineTo=2025-09-31', status: 400, field: 'querystring.deadlineTo', says: NOT_A_DAY },

  // NUL and lone surrogates, in every kind of place
  { name: 'login with NUL in the username', who: 'anonymous', method: 'POST', path: () => '/api/auth/login', body: { username: NUL, password: 'whatever1' }, status: 400, field: 'body.username', says: HAS_NUL },
  { name: 'login with NUL in the password', who: 'anonymous', method: 'POST', path: () => '/api/auth/login', body: { username: 'viewer', password: NUL }, status: 400, field: 'body.password', says: HAS_NUL },
  { name: 'login with a lone surrogate', who: 'anonymous', method: 'POST', path: () => '/api/auth/login', body: { username: LONE, password: 'whatever1' }, status: 400, field: 'body.username', says: HAS_LONE },
  { name: 'a correction with NUL in the text', who: 'supervisor', method: 'PATCH', path: item, body: patch({ text: NUL }), status: 400, field: 'body.text', says: HAS_NUL },
  { name: 'a correction with a lone surrogate in the text', who: 'supervisor', method: 'PATCH', path: item, body: patch({ text: LONE }), status: 400, field: 'body.text', says: HAS_LONE },
  { name: 'a correction with NUL in the section', who: 'supervisor', method: 'PATCH', path: item, body: patch({ section: NUL }), status: 400, field: 'body.section', says: HAS_NUL },
  { name: 'a correction with NUL in a named unit', who: 'supervisor', method: 'PATCH', path: item, body: patch({ namedUnits: ['县商务局', NUL] }), status: 400, field: 'body.namedUnits.1', says: HAS_NUL },
  { name: 'a correction with a lone low surrogate in a lead unit', who: 'supervisor', method: 'PATCH', path: item, body: patch({ namedLeadUnits: ['\uDC00'] }), status: 400, field: 'body.namedLeadUnits.0', says: HAS_LONE },
  { name: 'a correction with an emoji (a surrogate pair) in the text', who: 'supervisor', method: 'PATCH', path: item, body: patch({ text: '新增公共停车泊位800个🚗' }), status: 200 },
  { name: 'an assignment with NUL in the leader', who: 'supervisor', method: 'PUT', path: (s) => `${milestone(s)}/assignment`, body: { leader: NUL }, status: 400, field: 'body.leader', says: HAS_NUL },
  { name: 'progress with NUL in the note', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, body: { reportedOn: '2025-04-10', note: NUL }, status: 400, field: 'body.note', says: HAS_NUL },
  { name: 'progress with a lone surrogate in the note', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, body: { reportedOn: '2025-04-10', note: LONE }, status: 400, field: 'body.note', says: HAS_LONE },
  { name: 'progress with NUL in text evidence', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, body: { reportedOn: '2025-04-10', evidence: [{ kind: 'text', value: NUL }] }, status: 400, field: 'body.evidence.0.value', says: HAS_NUL },
  { name: 'progress with NUL in a link', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, body: { reportedOn: '2025-04-10', evidence: [{ kind: 'link', value: 'https://example.org/a\u0000b' }] }, status: 400, field: 'body.evidence.0.value' },
  { name: 'progress with NUL in a file name', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, body: { reportedOn: '2025-04-10', evidence: [{ kind: 'file', name: 'a\u0000.txt', data: 'aGk=' }] }, status: 400, field: 'body.evidence.0.name', says: HAS_NUL },
  { name: 'progress with NUL in the note (multipart)', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, form: { fields: { reportedOn: '2025-04-10', note: NUL } }, status: 400, field: 'body.note', says: HAS_NUL },
  { name: 'progress with NUL in a file name (multipart)', who: 'editorOwn', method: 'POST', path: (s) => `${milestone(s)}/progress`, form: { fields: { reportedOn: '2025-04-10' }, file: { name: 'a\u0000.txt', bytes: 'hi' } }, status: 400, field: 'body.file', says: HAS_NUL },
  { name: 'a report upload with NUL in the region', who: 'supervisor', method: 'POST', path: () => '/api/reports/preview', form: { fields: { region: NUL }, file: { name: 'r.txt', bytes: smallReport() } }, status: 400, field: 'body.region', says: HAS_NUL },
  { name: 'a task sheet with NUL in the report field', who: 'supervisor', method: 'POST', path: () => '/api/imports/tasks', form: { fields: { report: NUL }, file: { name: 't.xlsx', bytes: 'x' } }, status: 400, field: 'body.report', says: HAS_NUL },
  { name: 'a unit named with NUL', who: 'admin', method: 'POST', path: () => '/api/units', body: { name: NUL }, status: 400, field: 'body.name', says: HAS_NUL },
  { name: 'a unit alias with a lone surrogate', who: 'admin', method: 'PATCH', path: (s) => `/api/units/${s.units.own}`, body: { aliases: [LONE] }, status: 400, field: 'body.aliases.0', says: HAS_LONE },
  { name: 'a user named with NUL', who: 'admin', method: 'POST', path: () => '/api/users', body: { username: NUL, password: 'long enough', role: 'viewer' }, status: 400, field: 'body.username', says: HAS_NUL },
  { name: 'a password with NUL', who: 'admin', method: 'PATCH', path: (s) => `/api/users/${s.userIds.viewer}`, body: { password: 'long enough\u0000' }, status: 400, field: 'body.password', says: HAS_NUL },
  { name: "a search for NUL and a quote (?q=%00')", who: 'viewer', method: 'GET', path: () => "/api/commitments?q=%00'", status: 400, field: 'querystring.q', says: HAS_NUL },
  { name: 'a section filter with NUL', who: 'viewer', method: 'GET', path: () => '/api/commitments?section=%00', status: 400, field: 'querystring.section', says: HAS_NUL },
  { name: 'an indicator filter with NUL', who: 'viewer', method: 'GET', path: () => '/api/commitments?indicator=x%00', status: 400, field: 'querystring.indicator', says: HAS_NUL },
  { name: 'an audit filter with NUL', who: 'supervisor', method: 'GET', path: () => '/api/audit?entity=commitment&id=%00', status: 400, field: 'querystring.id', says: HAS_NUL },
  { name: 'a search for 幼儿园 still works', who: 'viewer', method: 'GET', path: () => `/api/commitments?q=${encodeURIComponent('幼儿园')}`, status: 200 },

  // bounds
  { name: '100,000 named units', who: 'supervisor', method: 'PATCH', path: item, body: patch({ namedUnits: Array.from({ length: 100_000 }, (_, i) => `单位${i}`) }), status: 400, field: 'body.namedUnits' },
  { name: 'a schedule of 100,000 points', who: 'supervisor', method: 'PUT', path: (s) => `${item(s)}/assignment`, body: { schedule: Array.from({ length: 100_000 }, () => ({ date: '2025-06-30', value: 1 })) }, status: 400, field: 'body.schedule' },
  { name: 'a kind filter repeated 200 times', who: 'viewer', method: 'GET', path: () => `/api/commitments?${'kind=task&'.repeat(200)}`, status: 400, field: 'querystring.kind' },
  { name: 'a section filter of 5,000 characters', who: 'viewer', method: 'GET', path: () => `/api/commitments?section=${'章'.repeat(5000)}`, status: 400, field: 'querystring.section' },
  { name: 'a named unit of 5,000 characters', who: 'supervisor', method: 'PATCH', path: item, body: patch({ namedUnits: ['局'.repeat(5000)] }), status: 400, field: 'body.namedUnits.0' },
  { name: 'a unit id beyond any the ledger gives', who: 'supervisor', method: 'PUT', path: (s) => `${item(s)}/assignment`, body: { leadUnitId: 10_000_000_000 }, status: 400, field: 'body.leadUnitId' },

  // ids: decimal whole numbers only
  { name: '/api/commitments/0x1F', who: 'viewer', method: 'GET', path: () => '/api/commitments/0x1F', status: 400, field: 'params.id', says: NOT_AN_ID },
  { name: '/api/commitments/1e1', who: 'viewer', method: 'GET', path: () => '/api/commitments/1e1', status: 400, field: 'params.id', says: NOT_AN_ID },
  { name: '/api/commitments/010', who: 'viewer', method: 'GET', path: () => '/api/commitments/010', status: 400, field: 'params.id', says: NOT_AN_ID },
  { name: '/api/commitments/%2B5', who: 'viewer', method: 'GET', path: () => '/api/commitments/%2B5', status: 400, field: 'params.id', says: NOT_AN_ID },
  { name: '/api/commitments/99999999999 (beyond an integer column)', who: 'viewer', method: 'GET', path: () => '/api/commitments/99999999999', status: 400, field: 'params.id' },
  { name: '/api/commitments/2147483647 (the largest id: none such)', who: 'viewer', method: 'GET', path: () => '/api/commitments/2147483647', status: 404 },
  { name: 'a correction of /api/commitments/0x1F', who: 'supervisor', method: 'PATCH', path: () => '/api/commitments/0x1F', body: patch({ reviewState: 'confirmed' }), status: 400, field: 'params.id', says: NOT_AN_ID },
  { name: 'the items of report 0x1', who: 'viewer', method: 'GET', path: () => '/api/commitments?report=0x1', status: 400, field: 'querystring.report', says: NOT_AN_ID },
  { name: 'the late list of unit 1e0', who: 'viewer', method: 'GET', path: () => '/api/lists/late?unit=1e0', status: 400, field: 'querystring.unit', says: NOT_AN_ID },
  { name: 'a page of 1e1 items', who: 'viewer', method: 'GET', path: () => '/api/commitments?limit=1e1', status: 400, field: 'querystring.limit' },
  { name: 'a page at offset 1e308', who: 'viewer', method: 'GET', path: () => '/api/commitments?offset=1e308', status: 400, field: 'querystring.offset' },
  { name: 'evidence 0x0', who: 'viewer', method: 'GET', path: (s) => `${milestone(s)}/progress/1/evidence/0x0`, status: 400, field: 'params.index' },
  { name: 'progress for unit 0x1 (multipart)', who: 'supervisor', method: 'POST', path: (s) => `${milestone(s)}/progress`, form: { fields: { reportedOn: '2025-04-10', state: 'in_progress', unitId: '0x1' } }, status: 400, field: 'body.unitId', says: NOT_AN_ID },
  { name: 'a task sheet for report 0x1', who: 'supervisor', method: 'POST', path: () => '/api/imports/tasks', form: { fields: { report: '0x1' }, file: { name: 't.xlsx', bytes: 'x' } }, status: 400, field: 'body.report', says: NOT_AN_ID },
  { name: 'a report upload for the year 0x7E9', who: 'supervisor', method: 'POST', path: () => '/api/reports/preview', form: { fields: { year: '0x7E9' }, file: { name: 'r.txt', bytes: smallReport() } }, status: 400, field: 'body.year' },
];

async function send(s: Seeded, c: Case): Promise<LightMyRequestResponse> {
  const client = await s.client(c.who);
  if (c.form) {
    const { payload, headers } = multipart(c.form.file, c.form.fields);
    return client.request(c.method, c.path(s), payload, { headers });
  }
  const body = typeof c.body === 'function' ? await (c.body as (s: Seeded) => Promise<unknown>)(s) : c.body;
  return client.request(c.method, c.path(s), body);
}

type ErrorBody = { error: { code: string; detail?: string; fields?: { field: string; message: string }[] } };

for (const dialect of await testDialects()) {
  describe(`validation at the door (${dialect.name})`, { skip: dialect.skip }, () => {
    it('each request gets its status; a 400 names the field and the problem', (t) =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger, { now: () => new Date('2025-05-20T09:00:00+08:00') });
        try {
          for (const c of CASES) {
            await t.test(`${c.name} → ${c.status}${c.field ? ` (${c.field})` : ''}`, async () => {
              const res = await send(s, c);
              assert.equal(res.statusCode, c.status, res.body.slice(0, 400));
              if (!c.field) return;
              const { error } = res.json() as ErrorBody;
              const named = error.fields?.find((f) => f.field === c.field);
              assert.ok(named, `no problem named ${c.field}: ${res.body.slice(0, 400)}`);
              assert.ok(error.detail?.includes(c.field), error.detail);
              if (c.says) assert.match(named.message, c.says);
            });
          }
        } finally {
          await s.app.close();
        }
      }));

    it('a refused date stores nothing: no progress report, no correction', (t) =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger, { now: () => new Date('2025-05-20T09:00:00+08:00') });
        try {
          const editor = await s.client('editorOwn');
          const before = (await listProgress(ledger, { commitmentId: s.milestone.id })).length;
          const json = await editor.request('POST', `${milestone(s)}/progress`, { reportedOn: '2026-02-31', value: 3, note: '已完成' });
          const { payload, headers } = multipart({ name: '现场.jpg', type: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 1]) }, { reportedOn: '2026-02-31', state: 'done' });
          const form = await editor.request('POST', `${milestone(s)}/progress`, payload, { headers });
          assert.deepEqual([json.statusCode, form.statusCode], [400, 400]);
          assert.equal((await listProgress(ledger, { commitmentId: s.milestone.id })).length, before);
          const target = (await getCommitment(ledger, s.target.id))!;
          const correction = await (await s.client('supervisor')).request('PATCH', item(s), { version: target.version, deadline: '2025-02-30' });
          assert.equal(correction.statusCode, 400);
          assert.deepEqual(await getCommitment(ledger, s.target.id), target);
          t.diagnostic(`progress reports: ${before} before, ${before} after`);
        } finally {
          await s.app.close();
        }
      }));

    it('a task sheet whose cells carry NUL (written _x0000_, as Excel escapes it): the row is refused, nothing stored', () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger, { now: () => new Date('2025-05-20T09:00:00+08:00') });
        try {
          const sup = await s.client('supervisor');
          const sheet = await sup.request('GET', `/api/exports/tasks.xlsx?report=${s.reportId}`);
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(sheet.rawPayload as unknown as ExcelJS.Buffer);
          const ws = wb.getWorksheet('任务分解表')!;
          const header = ws.getRow(2).values as string[];
          const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getRow(r).getCell(header.indexOf('牵头单位')).value === '县发改局')!;
          ws.getRow(row).getCell(header.indexOf('责任领导')).value = '周_x0000_副县长';
          const { payload, headers } = multipart({ name: 'edited.xlsx', type: 'application/octet-stream', bytes: Buffer.from(await wb.xlsx.writeBuffer()) });
          const res = await sup.request('POST', '/api/imports/tasks', payload, { headers });
          assert.equal(res.statusCode, 200, res.body.slice(0, 400));
          const body = res.json() as { applied: { row: number }[]; rejected: { row: number; reason: string }[] };
          assert.deepEqual(body.applied, []);
          assert.match(body.rejected.find((r) => r.row === row)?.reason ?? '', /U\+0000/);
          assert.equal((await getAssignment(ledger, s.milestone.id))?.leader, undefined);
        } finally {
          await s.app.close();
        }
      }));

    it('a day not in the calendar stored before (written past the API) is read as no day: the computed pages still answer', () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger, { now: () => new Date('2025-05-20T09:00:00+08:00') });
        try {
          // as an older version let them in
          await ledger.db.updateTable('commitments').set({ deadline: '2025-02-30', deadlineInForce: '2025-02-30' }).where('id', '=', s.target.id).execute();
          await ledger.db.updateTable('assignments').set({ deadline: '2026-06-31', schedule: JSON.stringify([{ date: '2025-04-31', value: 1 }]) }).where('commitmentId', '=', s.milestone.id).execute();
          await ledger.db
            .insertInto('progressReports')
            .values({ commitmentId: s.milestone.id, unitId: s.units.own, reportedOn: '2026-02-31', value: null, state: 'in_progress', note: '', evidence: '[]', userId: s.userIds.editorOwn, createdAt: '2025-05-10T09:00:00.000Z' })
            .execute();
          const viewer = await s.client('viewer');
          for (const url of ['/api/dashboard', '/api/lists/late', '/api/lists/due', '/api/lists/not-reported', '/api/lists/reminders', '/api/scorecards', '/api/commitments', milestone(s), item(s), `/api/reports/${s.reportId}`,
            '/api/lists/reminders?format=html', '/api/lists/reminders?format=csv', '/api/exports/tasks.xlsx', '/api/exports/ledger.csv', '/api/exports/ledger.json', '/api/commitments?sort=deadline']) {
            const res = await viewer.request('GET', url);
            assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
          }
        } finally {
          await s.app.close();
        }
      }));
  });
}
