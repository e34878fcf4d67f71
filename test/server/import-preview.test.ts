/**
 * Importing with what the office corrected: the preview (what the text says of the report, how sure, the warnings,
 * the evidence as excerpts, the item counts; nothing stored), the year, level and region given with an upload
 * (validated, stored as given, and followed by the items), on a saved news page whose year is unclear.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { closeLedger, listReports, openLedger } from '../../src/ledger/index.js';
import type { ReportPreview } from '../../src/server/schemas/reports.js';
import { smallReport } from '../ledger/dialects.js';
import { errorCode, multipart, seed, seededWorld } from './helpers.js';

type Preview = z.infer<typeof ReportPreview>;

/** Read as the 2024 report only by its session's place in the cycle (weak); its figures are of 2023 either way. */
const NEWS = readFileSync(new URL('../fixtures/import/year-unclear-news.html', import.meta.url));
/** A news item that names no year at all (written for this test). */
const NO_YEAR = [
  '青岭县人代会开幕 县长作政府工作报告',
  '',
  '本报讯 青岭县第九届人民代表大会第四次会议开幕。县长代表县人民政府作政府工作报告。',
  '报告提出，今年全县地区生产总值增长6%左右，新建城区公办幼儿园3所，三季度建成青岭大桥。',
].join('\n');

const world = seededWorld();

async function post(path: '/api/reports' | '/api/reports/preview', file: { name: string; bytes: Buffer | string; type?: string }, fields: Record<string, string> = {}) {
  const { payload, headers } = multipart(file, fields);
  return (await world.s.client('supervisor')).request('POST', path, payload, { headers });
}

const news = { name: 'qingling-news.html', bytes: NEWS, type: 'text/html' };

async function preview(file: { name: string; bytes: Buffer | string; type?: string }, fields: Record<string, string> = {}): Promise<Preview> {
  const res = await post('/api/reports/preview', file, fields);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Preview;
}

describe('import preview', () => {
  it('says what kind of document it read: a statistical bulletin, with the marks of the genre among the evidence', async () => {
    const bulletin = '青岭县2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长5.1%。\n';
    const p = await preview({ name: 'bulletin.txt', bytes: bulletin });
    assert.deepEqual([p.detected.kind, p.detected.year?.value, p.detected.region?.value], [{ value: 'bulletin', confidence: 'high' }, 2024, '青岭县']);
    assert.ok(p.evidence.some((e) => e.field === 'kind' && e.rule === 'bulletin-title' && e.excerpt.text.includes('统计公报')), JSON.stringify(p.evidence));
    assert.ok(p.items.achievement >= 2 && p.items.target === 0, JSON.stringify(p.items));
    assert.deepEqual((await preview(news)).detected.kind, { value: 'report', confidence: 'high' });
  });

  it('a news page whose year is weakly read: the fields with their confidence, the warnings, excerpts of the evidence, the counts; nothing stored', async () => {
    const reports = (await listReports(world.ledger)).length;
    const p = await preview(news);
    assert.deepEqual(p.detected.year, { value: 2024, confidence: 'low' });
    assert.deepEqual(p.detected.region, { value: '青岭市', confidence: 'high' });
    assert.equal(p.detected.level?.value, 'city');
    assert.ok(p.warnings.some((w) => w.field === 'year' && w.ruleId === 'year-weak' && w.severity === 'warning' && /请核对/.test(w.reason)), JSON.stringify(p.warnings));
    // the office judges by the words around the span: the session is 青岭市's, the year a result's
    const session = p.evidence.find((e) => e.field === 'region' && e.excerpt.text === '第十届人民代表大会第三次会议');
    assert.ok(session && session.excerpt.before.endsWith('在青岭市'), JSON.stringify(session));
    const result = p.evidence.find((e) => e.field === 'year' && e.excerpt.text === '2023年');
    assert.ok(result && result.excerpt.before.endsWith('报告指出，') && result.excerpt.after.startsWith('全市地区生产总值'), JSON.stringify(result));
    for (const e of p.evidence) assert.ok(!/\n/.test(e.excerpt.before + e.excerpt.text + e.excerpt.after), 'an excerpt stays on its line');
    assert.ok(p.items.achievement >= 5 && p.items.target === 0, JSON.stringify(p.items));
    assert.deepEqual(p.known, {});
    assert.equal(p.stored, undefined);
    assert.equal((await listReports(world.ledger)).length, reports, 'a preview stores nothing');
  });

  it('a page that names no year: the year is absent and warned about; the region is still read', async () => {
    const p = await preview({ name: 'no-year.txt', bytes: NO_YEAR });
    assert.equal(p.detected.year, undefined);
    assert.ok(p.warnings.some((w) => w.field === 'year' && w.ruleId === 'year-missing'), JSON.stringify(p.warnings));
    assert.deepEqual(p.detected.region, { value: '青岭县', confidence: 'high' });
  });

  it('the counts follow a year given with the preview', async () => {
    const p = await preview(news, { year: '2023' });
    assert.deepEqual(p.known, { year: 2023 });
    assert.deepEqual(p.detected.year, { value: 2024, confidence: 'low' }, 'what the text says stays what it says');
    assert.ok(p.items.target >= 5 && p.items.achievement === 0, JSON.stringify(p.items));
  });
});

describe('a preview is read off the request path', () => {
  it('on the analysis threads, with their bounds: a report too large for their memory is refused 413, and the server goes on', async () => {
    const bounded = await seed(await openLedger({ file: ':memory:' }), { imports: { memoryMb: 96 } });
    try {
      const sup = await bounded.client('supervisor');
      const tasks = Array.from({ length: 150_000 }, (_, i) => `新建乡村道路${i + 1}条，改造老旧小区${i + 2}个。`);
      const { payload, headers } = multipart({ name: 'huge.txt', bytes: smallReport(tasks).replaceAll('青岭县', '溪川县') });
      const res = await sup.request('POST', '/api/reports/preview', payload, { headers });
      assert.deepEqual([res.statusCode, errorCode(res)], [413, 'TOO_LARGE'], res.body);
      assert.match(res.body, /huge\.txt: .*memory/);
      const small = multipart({ name: 'small.txt', bytes: smallReport() });
      assert.equal((await sup.request('POST', '/api/reports/preview', small.payload, { headers: small.headers })).statusCode, 200);
    } finally {
      await bounded.app.close();
      await closeLedger(bounded.ledger);
    }
  });
});

describe('import with the fields an office gives', () => {
  type Doc = { report: { id: number; year: number; given: string[] }; items: { kind: string }[] };
  const kindsOf = async (reportId: number) => {
    const doc = (await (await world.s.client('supervisor')).request('GET', `/api/reports/${reportId}`)).json() as Doc;
    return { report: doc.report, kinds: new Set(doc.items.map((i) => i.kind)) };
  };

  it('a year given turns the items’ kinds, the report keeps it as given, and a later preview starts from it', async () => {
    const rows: { fields: Record<string, string>; year: number; given: string[]; kinds: string[]; absent: string }[] = [
      { fields: {}, year: 2024, given: [], kinds: ['achievement', 'milestone'], absent: 'target' },
      { fields: { year: '2023' }, year: 2023, given: ['year'], kinds: ['target', 'milestone'], absent: 'achievement' },
      // the same file again without a year: the year the office gave stays
      { fields: {}, year: 2023, given: ['year'], kinds: ['target', 'milestone'], absent: 'achievement' },
    ];
    let reportId: number | undefined;
    for (const row of rows) {
      const { job, result: imported } = await (await world.s.client('supervisor')).importReport(news, row.fields);
      assert.ok(imported, JSON.stringify(job));
      reportId ??= imported.reportId;
      assert.equal(imported.reportId, reportId, 'the same file is the same report');
      assert.equal(imported.stale, 0, 'no item lost to a change of kind');
      const { report, kinds } = await kindsOf(reportId);
      assert.equal(report.year, row.year, JSON.stringify(row.fields));
      assert.deepEqual(report.given, row.given);
      for (const kind of row.kinds) assert.ok(kinds.has(kind), `${kind} with ${JSON.stringify(row.fields)}`);
      assert.ok(!kinds.has(row.absent), `no ${row.absent} with ${JSON.stringify(row.fields)}`);
    }
    const again = await preview(news);
    assert.deepEqual(again.stored, { reportId, year: 2023, region: '青岭市', level: 'city', given: ['year'] });
    assert.deepEqual(again.known, { year: 2023 });
  });

  it('region and level given for a page that names no year or place well', async () => {
    const { job, result } = await (await world.s.client('supervisor')).importReport({ name: 'no-year.txt', bytes: NO_YEAR }, { year: '2024', region: '临溪县', level: 'county' });
    assert.equal(result?.report, 'created', JSON.stringify(job));
    const { report } = await kindsOf(result.reportId);
    assert.deepEqual([report.year, report.given], [2024, ['region', 'level', 'year']]);
  });

  it('a bad year, level or region is 400 naming the field, on the preview and the import, and nothing is stored', async () => {
    const reports = (await listReports(world.ledger)).length;
    const bad: [string, string][] = [
      ['year', 'abc'],
      ['year', '1800'],
      ['year', '3024'],
      ['year', '2023.5'],
      ['level', 'village'],
      ['region', 'Qingling'],
      ['region', '青'],
      ['region', '<b>青岭县</b>'],
    ];
    for (const path of ['/api/reports/preview', '/api/reports'] as const) {
      for (const [field, value] of bad) {
        const res = await post(path, news, { [field]: value });
        assert.equal(res.statusCode, 400, `${path} ${field}=${value}: ${res.body}`);
        assert.equal(errorCode(res), 'VALIDATION');
        const fields = (res.json() as { error: { fields: { field: string }[] } }).error.fields;
        assert.deepEqual(fields.map((f) => f.field), [`body.${field}`], `${field}=${value}`);
      }
    }
    assert.equal((await listReports(world.ledger)).length, reports);
  });

  it('a year another report of the government already has: the job fails as DUPLICATE (409), nothing changed', async () => {
    const sup = await world.s.client('supervisor');
    const other = await sup.importReport({ name: 'other-copy.html', bytes: Buffer.concat([NEWS, Buffer.from('\n')]), type: 'text/html' }, { year: '2022' });
    assert.equal(other.result?.report, 'created', JSON.stringify(other.job));
    const reports = (await listReports(world.ledger)).length;
    const { job } = await sup.importReport(news, { year: '2022' });
    assert.equal(job?.state, 'failed');
    assert.deepEqual([job?.error?.code, job?.error?.status], ['DUPLICATE', 409]);
    assert.equal((await listReports(world.ledger)).length, reports);
  });
});
