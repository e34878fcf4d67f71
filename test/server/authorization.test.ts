/**
 * The authorization matrix: every role (anonymous, viewer, a unit editor of the item's unit and of another unit,
 * supervisor, admin) × every write endpoint → the expected status, on SQLite and PostgreSQL. Every request carries
 * a valid CSRF token, so what is tested is the role alone. 'ok' is any 2xx.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createUnit, createUser, getCommitment, getAssignment, importReport, listRequests, makeRequest } from '../../src/ledger/index.js';
import { analyzeText, smallReport, testDialects } from '../ledger/dialects.js';
import { EVERYONE, multipart, seed, type Seeded, type Who } from './helpers.js';

type Expect = 'ok' | 401 | 403;
type Row = { name: string; expect: Record<Who, Expect>; call: (s: Seeded, who: Who) => Promise<import('fastify').LightMyRequestResponse> };

const only = (allowed: readonly Who[]): Record<Who, Expect> =>
  Object.fromEntries(EVERYONE.map((w) => [w, w === 'anonymous' ? 401 : allowed.includes(w) ? 'ok' : 403])) as Record<Who, Expect>;
const SUPERVISORS = only(['supervisor', 'admin']);
const ADMINS = only(['admin']);
const REPORTERS = only(['editorOwn', 'supervisor', 'admin']);

let n = 0;
const fresh = () => `${++n}`;

/** The seeded report's government's report of the next year (verification needs a pair), imported once. */
const nextYears = new WeakMap<Seeded, Promise<number>>();
const nextYear = (s: Seeded): Promise<number> => {
  const text = smallReport().replace('2025年1月10日', '2026年1月12日').replace('第五次会议', '第六次会议').replace('2024年工作回顾', '2025年工作回顾').replace('2025年重点工作', '2026年重点工作');
  if (!nextYears.has(s)) nextYears.set(s, importReport(s.ledger, null, { analysis: analyzeText(text, 'next-year.txt') }).then((r) => r.reportId));
  return nextYears.get(s)!;
};

const ROWS: Row[] = [
  {
    name: 'POST /api/reports',
    expect: SUPERVISORS,
    call: async (s, who) => {
      const { payload, headers } = multipart({ name: 'report.txt', bytes: smallReport() });
      return (await s.client(who)).request('POST', '/api/reports', payload, { headers });
    },
  },
  {
    name: 'POST /api/reports/preview',
    expect: SUPERVISORS,
    call: async (s, who) => {
      const { payload, headers } = multipart({ name: 'report.txt', bytes: smallReport() }, { year: '2025' });
      return (await s.client(who)).request('POST', '/api/reports/preview', payload, { headers });
    },
  },
  { name: 'POST /api/reports/:id/publish', expect: SUPERVISORS, call: async (s, who) => (await s.client(who)).request('POST', `/api/reports/${s.reportId}/publish`, { published: false }) },
  {
    name: 'PATCH /api/commitments/:id',
    expect: SUPERVISORS,
    call: async (s, who) => {
      const c = (await getCommitment(s.ledger, s.target.id))!;
      return (await s.client(who)).request('PATCH', `/api/commitments/${c.id}`, { version: c.version, reviewState: 'confirmed' });
    },
  },
  {
    name: 'PUT /api/commitments/:id/assignment',
    expect: SUPERVISORS,
    call: async (s, who) => (await s.client(who)).request('PUT', `/api/commitments/${s.target.id}/assignment`, { leader: `副县长${fresh()}` }),
  },
  {
    name: 'POST /api/assignments/bulk',
    expect: SUPERVISORS,
    call: async (s, who) => (await s.client(who)).request('POST', '/api/assignments/bulk', { items: [{ commitmentId: s.target.id, leader: `副县长${fresh()}` }] }),
  },
  {
    name: 'POST /api/commitments/:id/requests',
    // a unit asks; the office decides (and corrects or assigns by itself)
    expect: only(['editorOwn']),
    call: async (s, who) => (await s.client(who)).request('POST', `/api/commitments/${s.milestone.id}/requests`, { kind: 'adjustment', changes: { text: `调整后的事项${fresh()}` }, reason: '用地调整' }),
  },
  {
    name: 'POST /api/requests/:id/decision',
    expect: SUPERVISORS,
    call: async (s, who) => {
      const waiting = (await listRequests(s.ledger, { commitmentId: s.milestone.id, kind: 'extension', state: 'pending' }))[0];
      const request =
        waiting ?? (await makeRequest(s.ledger, s.userIds.editorOwn, { kind: 'extension', commitmentId: s.milestone.id, unitId: s.units.own, deadline: '2099-12-31', reason: '征迁未完成' }));
      return (await s.client(who)).request('POST', `/api/requests/${request.id}/decision`, { decision: 'return', note: '理由不充分' });
    },
  },
  {
    name: 'POST /api/commitments/:id/progress',
    expect: REPORTERS,
    call: async (s, who) => (await s.client(who)).request('POST', `/api/commitments/${s.milestone.id}/progress`, { reportedOn: '2025-03-31', state: 'in_progress', note: '按计划推进' }),
  },
  {
    name: 'POST /api/verification',
    expect: SUPERVISORS,
    call: async (s, who) => (await s.client(who)).request('POST', '/api/verification', { targetsReportId: s.reportId, resultsReportId: await nextYear(s) }),
  },
  {
    name: 'POST /api/imports/tasks',
    expect: SUPERVISORS,
    call: async (s, who) => {
      const sheet = await (await s.client('supervisor')).request('GET', `/api/exports/tasks.xlsx?report=${s.reportId}`);
      const { payload, headers } = multipart({ name: 'tasks.xlsx', type: 'application/octet-stream', bytes: sheet.rawPayload });
      return (await s.client(who)).request('POST', '/api/imports/tasks', payload, { headers });
    },
  },
  { name: 'POST /api/units', expect: ADMINS, call: async (s, who) => (await s.client(who)).request('POST', '/api/units', { name: `测试单位${fresh()}` }) },
  { name: 'PATCH /api/units/:id', expect: ADMINS, call: async (s, who) => (await s.client(who)).request('PATCH', `/api/units/${s.units.other}`, { aliases: [`商务局${fresh()}`] }) },
  {
    name: 'DELETE /api/units/:id',
    expect: ADMINS,
    call: async (s, who) => {
      const unit = await createUnit(s.ledger, null, { name: `临时单位${fresh()}` });
      return (await s.client(who)).request('DELETE', `/api/units/${unit.id}`);
    },
  },
  {
    name: 'POST /api/users',
    expect: ADMINS,
    call: async (s, who) => (await s.client(who)).request('POST', '/api/users', { username: `user${fresh()}`, password: 'long enough password', role: 'viewer' }),
  },
  {
    name: 'PATCH /api/users/:id',
    expect: ADMINS,
    call: async (s, who) => {
      const user = await createUser(s.ledger, null, { username: `temp${fresh()}`, role: 'viewer', passwordHash: 'x' });
      return (await s.client(who)).request('PATCH', `/api/users/${user.id}`, { role: 'supervisor' });
    },
  },
];

for (const dialect of await testDialects()) {
  describe(`authorization matrix (${dialect.name})`, { skip: dialect.skip }, () => {
    it('every role × every write endpoint', (t) =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger);
        try {
          for (const row of ROWS) {
            for (const who of EVERYONE) {
              await t.test(`${row.name} as ${who} → ${row.expect[who]}`, async () => {
                const res = await row.call(s, who);
                const expected = row.expect[who];
                if (expected === 'ok') assert.ok(res.statusCode >= 200 && res.statusCode < 300, `${res.statusCode} ${res.body.slice(0, 300)}`);
                else assert.equal(res.statusCode, expected, res.body.slice(0, 300));
              });
            }
          }
          // the refused writes changed nothing: the other unit's editor left no progress, nobody but admins made units
          const progress = await (await s.client('supervisor')).request('GET', `/api/commitments/${s.milestone.id}/progress`);
          const byUser = (progress.json() as { progress: { userId: number }[] }).progress.map((p) => p.userId).sort();
          assert.deepEqual(byUser, [s.userIds.editorOwn, s.userIds.supervisor, s.userIds.admin].sort());
          assert.equal((await getAssignment(ledger, s.target.id))?.leadUnitId, s.units.other);
        } finally {
          await s.app.close();
        }
      }));

    it('reads: anonymous → 401, every role may read, only admins list users, only supervisors and admins read the audit log', (t) =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger);
        try {
          const reads: [string, Record<Who, Expect>][] = [
            ['/api/commitments', only(['viewer', 'editorOwn', 'editorOther', 'supervisor', 'admin'])],
            [`/api/reports/${s.reportId}`, only(['viewer', 'editorOwn', 'editorOther', 'supervisor', 'admin'])],
            ['/api/lists/late', only(['viewer', 'editorOwn', 'editorOther', 'supervisor', 'admin'])],
            ['/api/users', ADMINS],
            ['/api/audit', SUPERVISORS],
          ];
          for (const [url, expect] of reads) {
            for (const who of EVERYONE) {
              await t.test(`GET ${url} as ${who} → ${expect[who]}`, async () => {
                const res = await (await s.client(who)).request('GET', url);
                if (expect[who] === 'ok') assert.equal(res.statusCode, 200, res.body.slice(0, 200));
                else assert.equal(res.statusCode, expect[who]);
              });
            }
          }
        } finally {
          await s.app.close();
        }
      }));
  });
}
