/**
 * Reports (routes/reports.ts, routes/public.ts): uploads over the limit are 413, files the reader rejects 415 or 400,
 * hostile files fail their job or preview without holding up other requests; the same upload twice is one report;
 * a published report is public, an unpublished one is not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../../../src/server/index.js';
import { smallReport } from '../../ledger/dialects.js';
import { flateBombPdf, nestedHtml } from '../../fixtures/read/make-hostile.js';
import { Client, errorCode, multipart, SEEDED_NOW, seededWorld } from '../helpers.js';

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

const world = seededWorld({ now: () => SEEDED_NOW });

describe('bad uploads', () => {
  it('an upload over the configured limit → 413; a file the reader rejects → 415 or 400 with its message', async () => {
    const small = await buildApp({ ledger: world.ledger, uploadLimit: 1024, now: () => SEEDED_NOW });
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
    const sup = await world.s.client('supervisor');
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
    const sup = await world.s.client('supervisor');
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
});

describe('reports', () => {
  it('the same upload twice is the same report and writes nothing the second time', async () => {
    const sup = await world.s.client('supervisor');
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
    const anon = new Client(world.s.app);
    assert.equal((await anon.request('GET', `/api/public/reports/${world.s.reportId}`)).statusCode, 404);
    const sup = await world.s.client('supervisor');
    assert.equal((await sup.request('POST', `/api/reports/${world.s.reportId}/publish`, { published: true })).statusCode, 200);
    const pub = await anon.request('GET', `/api/public/reports/${world.s.reportId}`);
    assert.equal(pub.statusCode, 200);
    const body = pub.json() as { items: { text: string; status: { status: string } }[] };
    assert.ok(body.items.length > 0);
    assert.ok(body.items.every((i) => typeof i.status.status === 'string'));
    assert.ok((await anon.request('GET', '/api/public/reports')).json().reports.some((r: { id: number }) => r.id === world.s.reportId));
    assert.equal((await sup.request('POST', `/api/reports/${world.s.reportId}/publish`, { published: false })).statusCode, 200);
    assert.equal((await anon.request('GET', `/api/public/reports/${world.s.reportId}`)).statusCode, 404);
    assert.equal((await anon.request('GET', `/api/reports/${world.s.reportId}`)).statusCode, 401);
  });
});
