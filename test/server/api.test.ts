/**
 * The API's behaviour at its edges, on one seeded app (SQLite in memory): CSRF, login limit, bad input (400 naming
 * fields, 404, 413, 415, 422), verbatim text, idempotent import, the public view, OpenAPI coverage, security headers,
 * and the loop's endpoints end to end (progress with evidence, lists, scorecards, exports, the task-sheet round
 * trip, verification).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { closeLedger, openLedger, getAssignment, type Ledger } from '../../src/ledger/index.js';
import { buildApp } from '../../src/server/index.js';
import { smallReport } from '../ledger/dialects.js';
import { flateBombPdf, nestedHtml } from '../fixtures/read/make-hostile.js';
import { Client, errorCode, multipart, seed, type Seeded } from './helpers.js';

const REPORT_2024 = [
  '政府工作报告',
  '',
  '——2024年1月12日在青岭县第九届人民代表大会第四次会议上',
  '',
  '各位代表：',
  '',
  '一、2023年工作回顾',
  '',
  '过去一年，全县地区生产总值增长5.1%。',
  '',
  '二、2024年重点工作',
  '',
  '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。',
  '',
  '（一）抓项目。全年实施重点项目60个。三季度建成青岭大桥。',
].join('\n');

/** A short county report of `year` (written for these tests). */
const report = (region: string, year: number, review: string, target: string) =>
  [
    '政府工作报告',
    '',
    `——${year}年1月12日在${region}第九届人民代表大会第四次会议上`,
    '',
    '各位代表：',
    '',
    `一、${year - 1}年工作回顾`,
    '',
    `过去一年，${review}。`,
    '',
    `二、${year}年重点工作`,
    '',
    `今年经济社会发展的主要预期目标是：${target}。`,
  ].join('\n');

let ledger: Ledger;
let s: Seeded;
let clock = new Date('2025-04-15T02:00:00Z');

before(async () => {
  ledger = await openLedger({ file: ':memory:' });
  s = await seed(ledger, { now: () => clock });
});
after(async () => {
  await s.app.close();
  await closeLedger(ledger);
});

describe('CSRF', () => {
  it('a write without the token, or with a wrong one, is refused naming CSRF; logging in needs it too', async () => {
    const sup = await s.client('supervisor');
    const url = `/api/commitments/${s.target.id}/assignment`;
    for (const res of [
      await sup.request('PUT', url, { leader: '甲' }, { csrf: false }),
      await sup.request('PUT', url, { leader: '甲' }, { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(43) } }),
    ]) {
      assert.equal(res.statusCode, 403);
      assert.equal(errorCode(res), 'CSRF');
      assert.match(res.body, /CSRF/);
    }
    const fresh = new Client(s.app);
    const login = await fresh.request('POST', '/api/auth/login', { username: 'viewer', password: 'correct horse battery' }, { csrf: false });
    assert.equal(login.statusCode, 403);
    assert.equal(errorCode(login), 'CSRF');
  });

  it('cookies: the session is HttpOnly and SameSite=Strict, the CSRF token readable; logout ends the session', async () => {
    const c = new Client(s.app);
    const res = await c.login('viewer');
    const session = res.cookies.find((k) => k.name === 'luoshi_session') as { httpOnly?: boolean; sameSite?: string; path?: string };
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(session.path, '/');
    const csrf = res.cookies.find((k) => k.name === 'luoshi_csrf') as { httpOnly?: boolean; value: string };
    assert.ok(!csrf.httpOnly);
    assert.equal((res.json() as { csrfToken: string }).csrfToken, csrf.value);
    assert.equal((await c.request('POST', '/api/auth/logout')).statusCode, 204);
    assert.equal((await c.request('GET', '/api/commitments')).statusCode, 401);
  });

  it('a disabled account cannot log in, its open sessions end, and it can be enabled again', async () => {
    const admin = await s.client('admin');
    const someone = new Client(s.app);
    assert.equal((await someone.login('editorOther')).statusCode, 200);
    const off = await admin.request('PATCH', `/api/users/${s.userIds.editorOther}`, { disabled: true });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal((off.json() as { user: { disabled?: boolean } }).user.disabled, true);
    assert.equal((await someone.request('GET', '/api/commitments')).statusCode, 401, 'the session ended');
    const refused = await new Client(s.app).login('editorOther');
    assert.equal(refused.statusCode, 403);
    assert.equal(errorCode(refused), 'ACCOUNT_DISABLED');
    // a wrong password says no more than that
    assert.equal(errorCode(await new Client(s.app).login('editorOther', 'not the password')), 'BAD_CREDENTIALS');
    assert.equal((await admin.request('PATCH', `/api/users/${s.userIds.admin}`, { disabled: true })).statusCode, 400, 'not one’s own account');
    assert.equal((await admin.request('PATCH', `/api/users/${s.userIds.editorOther}`, { disabled: false })).statusCode, 200);
    assert.equal((await new Client(s.app).login('editorOther')).statusCode, 200);
  });
});

describe('login rate limit', () => {
  it('5 failures on an account → 429 with Retry-After, even with the right password; later allowed', async () => {
    const c = new Client(s.app);
    for (let i = 0; i < 5; i++) {
      const res = await c.login('admin', 'wrong password');
      assert.equal(res.statusCode, 401);
      assert.equal(errorCode(res), 'BAD_CREDENTIALS');
    }
    const blocked = await c.login('admin');
    assert.equal(blocked.statusCode, 429);
    assert.ok(Number(blocked.headers['retry-after']) > 0);
    // unknown usernames say the same as wrong passwords
    assert.equal(errorCode(await c.login('nobody', 'x')), 'BAD_CREDENTIALS');
    clock = new Date(clock.getTime() + 16 * 60 * 1000);
    assert.equal((await c.login('admin')).statusCode, 200);
  });
});

describe('bad input', () => {
  it('malformed JSON and wrong types → 400 naming the fields', async () => {
    const sup = await s.client('supervisor');
    const url = `/api/commitments/${s.target.id}`;
    const broken = await sup.request('PATCH', url, '{"version": 1,', { headers: { 'content-type': 'application/json' } });
    assert.equal(broken.statusCode, 400);
    assert.equal(errorCode(broken), 'BAD_REQUEST');
    const wrong = await sup.request('PATCH', url, { version: 'one', low: 'high', deadline: '2025-13-01', colour: 'red' });
    assert.equal(wrong.statusCode, 400);
    const fields = (wrong.json() as { error: { fields: { field: string }[] } }).error.fields.map((f) => f.field);
    for (const f of ['body.version', 'body.low', 'body.deadline']) assert.ok(fields.includes(f), `${f} in ${fields}`);
    assert.match(wrong.body, /colour/);
    const query = await sup.request('GET', '/api/commitments?limit=many&kind=promise');
    assert.equal(query.statusCode, 400);
    assert.match(query.body, /querystring\.limit/);
    assert.match(query.body, /querystring\.kind/);
    const unit = await sup.request('PUT', `/api/commitments/${s.target.id}/assignment`, { leadUnitId: 9999 });
    assert.equal(unit.statusCode, 400);
    assert.match(unit.body, /body\.leadUnitId/);
  });

  it('unknown ids and routes → 404', async () => {
    const sup = await s.client('supervisor');
    for (const url of ['/api/commitments/99999', '/api/reports/99999', '/api/no-such-thing']) {
      assert.equal((await sup.request('GET', url)).statusCode, 404, url);
    }
    assert.equal((await sup.request('PATCH', '/api/commitments/99999', { version: 1, text: 'x' })).statusCode, 404);
    assert.equal((await sup.request('PUT', '/api/commitments/99999/assignment', { leader: 'x' })).statusCode, 404);
    assert.equal((await sup.request('POST', '/api/commitments/99999/progress', { reportedOn: '2025-04-01', state: 'done' })).statusCode, 404);
  });

  it('an upload over the configured limit → 413; a file the reader rejects → 415 or 400 with its message', async () => {
    const small = await buildApp({ ledger, uploadLimit: 1024, now: () => clock });
    try {
      const c = new Client(small);
      await c.login('supervisor');
      const { payload, headers } = multipart({ name: 'big.txt', bytes: smallReport() + '。'.repeat(2000) });
      const res = await c.request('POST', '/api/reports', payload, { headers });
      assert.equal(res.statusCode, 413, res.body);
      assert.equal(errorCode(res), 'TOO_LARGE');
      const json = await c.request('POST', '/api/commitments/1/progress', { reportedOn: '2025-04-01', note: '长'.repeat(30_000) });
      assert.equal(json.statusCode, 413, json.body);
    } finally {
      await small.close();
    }
    const sup = await s.client('supervisor');
    const binary = multipart({ name: 'photo.txt', type: 'application/octet-stream', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 9]) });
    const rejected = await sup.request('POST', '/api/reports', binary.payload, { headers: binary.headers });
    assert.equal(rejected.statusCode, 415, rejected.body);
    assert.match((rejected.json() as { error: { detail: string } }).error.detail, /photo\.txt/);
    const empty = multipart({ name: 'empty.txt', bytes: '   \n' });
    const blank = await sup.request('POST', '/api/reports', empty.payload, { headers: empty.headers });
    assert.equal(blank.statusCode, 400);
    assert.match(blank.body, /empty/);
    const json = await sup.request('POST', '/api/reports', { file: 'not multipart' });
    assert.equal(json.statusCode, 415);
  });

  it('a hostile upload: its import job fails 413 (a flate bomb), its preview 422 (a page nested 200,000 deep), naming the limit; other requests are answered meanwhile', async () => {
    const sup = await s.client('supervisor');
    const { job } = await sup.importReport({ name: 'bomb.pdf', type: 'application/pdf', bytes: flateBombPdf(65 * 1024 * 1024) });
    assert.deepEqual([job?.state, job?.error?.status, job?.error?.code], ['failed', 413, 'DOCUMENT_TOO_LARGE']);
    assert.match(job?.error?.detail ?? '', /bomb\.pdf: the document decompresses to more than the size limit \(the limit is 64 MB\)/);
    const nested = multipart({ name: 'nested.html', type: 'text/html', bytes: nestedHtml(200_000) });
    const done: string[] = [];
    const [deep] = await Promise.all([
      sup.request('POST', '/api/reports/preview', nested.payload, { headers: nested.headers }).then((res) => (done.push('upload'), res)),
      sup.request('GET', '/api/reports').then((res) => (done.push('list'), res)),
    ]);
    assert.equal(deep.statusCode, 422, deep.body);
    assert.equal(errorCode(deep), 'UNPROCESSABLE_FILE');
    assert.match(deep.body, /nests its elements deeper than the limit/);
    assert.deepEqual(done, ['list', 'upload']);
  });

  it('text with SQL and HTML is stored and returned verbatim', async () => {
    const sup = await s.client('supervisor');
    const text = `<script>alert("x")</script>'); DROP TABLE commitments;-- 100% _x_ \\`;
    const current = (await sup.request('GET', `/api/commitments/${s.target.id}`)).json() as { commitment: { version: number } };
    const res = await sup.request('PATCH', `/api/commitments/${s.target.id}`, { version: current.commitment.version, text, section: '<b>章节</b>' });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(res.headers['content-type'] as string, /application\/json/);
    const back = (await sup.request('GET', `/api/commitments/${s.target.id}`)).json() as { commitment: { text: string; section: string } };
    assert.equal(back.commitment.text, text);
    assert.equal(back.commitment.section, '<b>章节</b>');
    const found = (await sup.request('GET', `/api/commitments?q=${encodeURIComponent('DROP TABLE')}`)).json() as { total: number };
    assert.equal(found.total, 1);
    const unit = await (await s.client('admin')).request('POST', '/api/units', { name: `<img src=x onerror=alert(1)>'--` });
    assert.equal((unit.json() as { unit: { name: string } }).unit.name, `<img src=x onerror=alert(1)>'--`);
  });
});

describe('reports', () => {
  it('the same upload twice is the same report and writes nothing the second time', async () => {
    const sup = await s.client('supervisor');
    const upload = () => sup.importReport({ name: '2024.txt', bytes: REPORT_2024 });
    const first = await upload();
    assert.equal(first.accepted.statusCode, 202, first.accepted.body);
    assert.equal(first.accepted.headers.location, `/api/import-jobs/${first.job!.id}`);
    const a = first.result!;
    assert.equal(a.report, 'created');
    assert.ok(a.created > 0);
    const second = await upload();
    assert.deepEqual(second.result, { reportId: a.reportId, report: 'unchanged', created: 0, updated: 0, unchanged: a.created, stale: 0, proposed: 0 });
    const doc = (await sup.request('GET', `/api/reports/${a.reportId}`)).json() as {
      original: string;
      items: { id: number; kind: string; span: { start: number; end: number }; status: { status: string; label: string } }[];
    };
    assert.equal(doc.items.length, a.created);
    for (const item of doc.items) {
      // a mark: where, what kind, the status in words; the item in full is one request away
      assert.deepEqual(Object.keys(item).filter((k) => k !== 'section').sort(), ['id', 'kind', 'span', 'status']);
      assert.deepEqual(Object.keys(item.status).sort(), ['label', 'status']);
      const full = (await sup.request('GET', `/api/commitments/${item.id}`)).json() as { commitment: { text: string; span: { start: number; end: number } } };
      assert.deepEqual(full.commitment.span, item.span);
      assert.ok(doc.original.slice(item.span.start, item.span.end).includes(full.commitment.text.slice(0, 2)), full.commitment.text);
    }
  });

  it('public view: a published report without login; unpublished → 404', async () => {
    const anon = new Client(s.app);
    assert.equal((await anon.request('GET', `/api/public/reports/${s.reportId}`)).statusCode, 404);
    const sup = await s.client('supervisor');
    assert.equal((await sup.request('POST', `/api/reports/${s.reportId}/publish`, { published: true })).statusCode, 200);
    const pub = await anon.request('GET', `/api/public/reports/${s.reportId}`);
    assert.equal(pub.statusCode, 200);
    const body = pub.json() as { items: { text: string; status: { status: string } }[] };
    assert.ok(body.items.length > 0);
    assert.ok(body.items.every((i) => typeof i.status.status === 'string'));
    assert.ok((await anon.request('GET', '/api/public/reports')).json().reports.some((r: { id: number }) => r.id === s.reportId));
    assert.equal((await sup.request('POST', `/api/reports/${s.reportId}/publish`, { published: false })).statusCode, 200);
    assert.equal((await anon.request('GET', `/api/public/reports/${s.reportId}`)).statusCode, 404);
    assert.equal((await anon.request('GET', `/api/reports/${s.reportId}`)).statusCode, 401);
  });
});

describe('the loop end to end', () => {
  it('progress with text, link and file evidence (JSON base64 and multipart); the file downloads', async () => {
    const editor = await s.client('editorOwn');
    const res = await editor.request('POST', `/api/commitments/${s.milestone.id}/progress`, {
      reportedOn: '2025-04-10',
      state: 'in_progress',
      note: '已完成用地报批',
      evidence: [
        { kind: 'text', value: '县自然资源局批复' },
        { kind: 'link', value: 'https://example.org/pifu' },
        { kind: 'file', name: '批复.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4 fake').toString('base64') },
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    const evidence = (res.json() as { progress: { evidence: { kind: string; value: string }[] } }).progress.evidence;
    const file = await editor.request('GET', evidence[2].value);
    assert.equal(file.statusCode, 200);
    assert.equal(file.body, '%PDF-1.4 fake');
    const bad = await editor.request('POST', `/api/commitments/${s.milestone.id}/progress`, { reportedOn: '2025-04-10', evidence: [{ kind: 'link', value: 'javascript:alert(1)' }] });
    assert.equal(bad.statusCode, 400);
    const { payload, headers } = multipart({ field: 'photo', name: '现场.jpg', type: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 1, 2]) }, { reportedOn: '2025-04-12', state: 'in_progress' });
    const multi = await editor.request('POST', `/api/commitments/${s.milestone.id}/progress`, payload, { headers });
    assert.equal(multi.statusCode, 201, multi.body);
    const other = await s.client('editorOther');
    assert.equal(errorCode(await other.request('POST', `/api/commitments/${s.milestone.id}/progress`, { reportedOn: '2025-04-12', state: 'done' })), 'NOT_YOUR_UNIT');
    const detail = (await editor.request('GET', `/api/commitments/${s.milestone.id}`)).json() as {
      progress: unknown[];
      status: { reason: string };
      history: { entity: string; userName?: string }[];
    };
    assert.equal(detail.progress.length, 2);
    assert.ok(detail.status.reason.length > 0);
    // the history has the progress reported, each entry by the name of who made it
    assert.equal(detail.history.filter((h) => h.entity === 'progress').length, 2);
    assert.ok(detail.history.filter((h) => h.entity === 'progress').every((h) => h.userName === 'editorOwn'), JSON.stringify(detail.history));
  });

  it('lists, reminders (JSON, CSV, print page), scorecards (JSON, CSV)', async () => {
    const sup = await s.client('supervisor');
    const late = (await sup.request('GET', '/api/lists/late?today=2025-12-20')).json() as { items: { commitmentId: number; unitName: string }[] };
    assert.ok(late.items.some((i) => i.commitmentId === s.milestone.id && i.unitName === '县发改局'));
    assert.equal((await sup.request('GET', '/api/lists/due')).statusCode, 200);
    assert.equal((await sup.request('GET', '/api/lists/not-reported?today=2025-06-15')).statusCode, 200);
    const reminders = await sup.request('GET', '/api/lists/reminders?today=2025-12-20');
    assert.ok((reminders.json() as { reminders: unknown[] }).reminders.length > 0);
    const csv = await sup.request('GET', '/api/lists/reminders?today=2025-12-20&format=csv');
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    assert.match(csv.body, /县发改局/);
    const html = await sup.request('GET', '/api/lists/reminders?today=2025-12-20&format=html');
    assert.match(html.headers['content-type'] as string, /text\/html/);
    assert.match(html.body, /督办提醒单/);
    // the sheets of one government's report are that government's office's
    const own = await sup.request('GET', `/api/lists/reminders?today=2025-12-20&format=html&report=${s.reportId}`);
    assert.match(own.body, /青岭县人民政府督查室　督办〔2025〕第122001号/);
    const cards = (await sup.request('GET', '/api/scorecards?year=2025&today=2025-12-20')).json() as { scorecards: { unitName: string }[] };
    assert.ok(cards.scorecards.some((c) => c.unitName === '县发改局'));
    const evaluation = await sup.request('GET', '/api/scorecards?year=2025&today=2025-12-20&format=csv');
    assert.match(evaluation.body, /县发改局/);
  });

  it('exports, and the edited task sheet back: changed rows applied, bad rows reported by number, a non-sheet refused whole', async () => {
    const sup = await s.client('supervisor');
    assert.match((await sup.request('GET', '/api/exports/ledger.csv')).body, /县发改局/);
    assert.ok(Array.isArray((await sup.request('GET', `/api/exports/ledger.json?report=${s.reportId}`)).json()));
    const sheet = await sup.request('GET', `/api/exports/tasks.xlsx?report=${s.reportId}`);
    assert.equal(sheet.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('任务分解表')!;
    const header = ws.getRow(2).values as string[];
    const col = (name: string) => header.indexOf(name);
    let leaderRow = 0;
    let badRow = 0;
    for (let r = 3; r <= ws.rowCount; r++) {
      const lead = String(ws.getRow(r).getCell(col('牵头单位')).value ?? '');
      if (lead === '县发改局' && !leaderRow) leaderRow = r;
      else if (!badRow && r !== leaderRow) badRow = r;
    }
    assert.ok(leaderRow && badRow);
    ws.getRow(leaderRow).getCell(col('责任领导')).value = '周副县长';
    ws.getRow(badRow).getCell(col('牵头单位')).value = '不存在的局';
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const up = multipart({ name: 'edited.xlsx', type: 'application/octet-stream', bytes: edited });
    const res = await sup.request('POST', '/api/imports/tasks', up.payload, { headers: up.headers });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { applied: { row: number; commitmentId: number }[]; rejected: { row: number; reason: string }[] };
    assert.ok(body.applied.some((a) => a.row === leaderRow), res.body);
    assert.ok(body.rejected.some((r) => r.row === badRow && r.reason.length > 0), res.body);
    const applied = body.applied.find((a) => a.row === leaderRow)!;
    assert.equal((await getAssignment(ledger, applied.commitmentId))?.leader, '周副县长');
    const junk = multipart({ name: 'notes.txt', bytes: '这不是任务分解表' });
    const refused = await sup.request('POST', '/api/imports/tasks', junk.payload, { headers: junk.headers });
    assert.equal(refused.statusCode, 400);
    assert.equal(errorCode(refused), 'NOT_A_TASK_SHEET');
  });

  it('verification of two reports in the ledger records verdicts', async () => {
    const sup = await s.client('supervisor');
    const upload = async (year: number, review: string, target: string) => {
      const text = report('石桥县', year, review, target);
      return (await sup.importReport({ name: `石桥县${year}.txt`, bytes: text })).result!.reportId;
    };
    const targetsReportId = await upload(2024, '地区生产总值增长5.1%', '地区生产总值增长5.5%左右');
    const resultsReportId = await upload(2025, '地区生产总值增长5.8%', '地区生产总值增长6%左右');
    const res = await sup.request('POST', '/api/verification', { targetsReportId, resultsReportId });
    assert.equal(res.statusCode, 200, res.body);
    const verdicts = (res.json() as { verdicts: { target: { indicator?: string; commitmentId?: number }; verdict: string; recorded?: unknown }[] }).verdicts;
    const gdp = verdicts.find((v) => v.target.indicator === 'gdp_growth');
    assert.equal(gdp?.verdict, 'achieved', res.body);
    assert.ok(gdp?.recorded);
    const detail = (await sup.request('GET', `/api/commitments/${gdp!.target.commitmentId}`)).json() as { verifications: { verdict: string }[] };
    assert.equal(detail.verifications.at(-1)?.verdict, 'achieved');

    // checking again replaces the verdict in force; the history keeps the old one, marked
    assert.equal((await sup.request('POST', '/api/verification', { targetsReportId, resultsReportId })).statusCode, 200);
    const again = (await sup.request('GET', `/api/commitments/${gdp!.target.commitmentId}`)).json() as { verifications: { id: number; supersededBy?: number }[] };
    assert.equal(again.verifications.length, 2);
    assert.equal(again.verifications[0]!.supersededBy, again.verifications[1]!.id);
    assert.equal(again.verifications[1]!.supersededBy, undefined);
  });

  it('verification refuses two reports that are not one government’s years N and N+1', async () => {
    const sup = await s.client('supervisor');
    const upload = async (region: string, year: number) => {
      return (await sup.importReport({ name: `${region}${year}.txt`, bytes: report(region, year, '地区生产总值增长5.1%', '地区生产总值增长5.5%左右') })).result!.reportId;
    };
    const y2030 = await upload('溪口县', 2030);
    const y2032 = await upload('溪口县', 2032);
    const other2031 = await upload('石门县', 2031);
    const refusals: [number, number, string, RegExp][] = [
      [y2030, y2030, 'NOT_A_PAIR', /同一份报告/],
      [y2030, y2032, 'NOT_A_PAIR', /次年（2031年）/],
      [y2032, y2030, 'NOT_A_PAIR', /次年（2033年）/],
      [y2030, other2031, 'OTHER_GOVERNMENT', /溪口县2030年.*石门县2031年/],
    ];
    for (const [targetsReportId, resultsReportId, code, detail] of refusals) {
      const res = await sup.request('POST', '/api/verification', { targetsReportId, resultsReportId });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(errorCode(res), code);
      assert.match((res.json() as { error: { detail: string } }).error.detail, detail);
    }
    const history = (await sup.request('GET', `/api/commitments?report=${y2030}`)).json() as { items: { id: number }[] };
    for (const { id } of history.items) {
      assert.deepEqual(((await sup.request('GET', `/api/commitments/${id}`)).json() as { verifications: unknown[] }).verifications, [], 'a refused pair records nothing');
    }
    // the office may say a renamed or merged division is the same government; the years still hold
    const merged = await sup.request('POST', '/api/verification', { targetsReportId: y2030, resultsReportId: other2031, sameGovernment: true });
    assert.equal(merged.statusCode, 200, merged.body);
  });
});

describe('OpenAPI and headers', () => {
  it('GET /api/openapi.json describes every route the app serves', async () => {
    const res = await new Client(s.app).request('GET', '/api/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { responses?: unknown }>> };
    assert.match(doc.openapi, /^3\./);
    const api = s.app.routeList.filter((r) => r.url.startsWith('/api/'));
    assert.ok(api.length >= 30, `${api.length} routes`);
    for (const { method, url } of api) {
      const path = url.replace(/:(\w+)/g, '{$1}');
      assert.ok(doc.paths[path]?.[method.toLowerCase()], `${method} ${url} is not in the OpenAPI description`);
    }
    assert.ok(doc.paths['/api/commitments/{id}'].patch.responses);
  });

  it('security headers on every response, errors included', async () => {
    const c = new Client(s.app);
    for (const res of [await c.request('GET', '/api/auth/me'), await c.request('GET', '/api/commitments'), await c.request('GET', '/nowhere'), await c.request('GET', '/')]) {
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(res.headers['referrer-policy']);
    }
  });
});
