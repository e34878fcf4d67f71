/**
 * Verification against a statistical bulletin through the API: a bulletin imported like any document is told from a
 * report, stands beside the report of the same year, and a verification against both keeps both results of each
 * target — with their documents and items — the verdict from the final one, and whether they differ.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorCode, seededWorld } from './helpers.js';

const world = seededWorld();

/** Documents we wrote in the style of a county's: its 2023 targets, its 2024 report, its 2023 bulletin. */
const plan = '——2023年1月12日在石桥县第十八届人民代表大会第三次会议上\n\n二、2023年工作安排\n\n主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长6%，居民消费价格涨幅控制在3%左右。\n';
const review = '——2024年1月16日在石桥县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n全年地区生产总值增长5.3%（预计数）；地方一般公共预算收入8.6亿元，增长6.4%。\n';
const bulletin =
  '石桥县2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长4.9%。全年居民消费价格比上年上涨0.4%。\n\n二、财政\n\n' +
  '全年全口径一般公共预算收入15.2亿元，比上年增长3.1%，其中地方一般公共预算收入86120万元，增长6.4%。\n';

type Side = { reportId: number; commitmentId?: number; low?: number; text: string } | null;
type Row = { target: { indicator?: string; commitmentId?: number }; verdict: string; source: string | null; preliminary?: Side; final?: Side; differ?: boolean; recorded?: Record<string, unknown> };

describe('verification against a statistical bulletin', () => {
  it('imports a bulletin as a bulletin beside the report of the same year, and verifies against both', async () => {
    const sup = await world.s.client('supervisor');
    const upload = async (name: string, bytes: string) => (await sup.importReport({ name, bytes })).result!.reportId;
    const targetsReportId = await upload('石桥县2023.txt', plan);
    const reportId = await upload('石桥县2024.txt', review);
    const bulletinId = await upload('石桥县2023统计公报.txt', bulletin);
    assert.notEqual(bulletinId, reportId, 'a bulletin does not replace the report stored under the same year');
    const listed = (await sup.request('GET', '/api/reports')).json() as { reports: { id: number; kind: string; year: number }[] };
    assert.deepEqual(
      listed.reports.filter((r) => [reportId, bulletinId].includes(r.id)).map((r) => [r.id, r.kind, r.year]).sort(),
      [[reportId, 'report', 2024], [bulletinId, 'bulletin', 2024]].sort(),
    );

    const res = await sup.request('POST', '/api/verification', { targetsReportId, resultsReportIds: [reportId, bulletinId] });
    assert.equal(res.statusCode, 200, res.body);
    const rows = (res.json() as { verdicts: Row[] }).verdicts;
    assert.deepEqual(
      rows.map((v) => [v.target.indicator, v.verdict, v.source, v.preliminary?.low ?? null, v.final?.low ?? null, v.differ]),
      [
        ['gdp_growth', 'missed', 'bulletin', 5.3, 4.9, true],
        ['budget_revenue_growth', 'achieved', 'bulletin', 6.4, 6.4, false],
        ['cpi', 'achieved', 'bulletin', null, 0.4, undefined],
      ],
    );
    const gdp = rows[0]!;
    assert.equal(gdp.preliminary?.reportId, reportId);
    assert.equal(gdp.final?.reportId, bulletinId);
    assert.ok(gdp.preliminary?.commitmentId && gdp.final?.commitmentId);

    // the ledger keeps both results with their documents and items, the verdict from the final, the flag
    const detail = (await sup.request('GET', `/api/commitments/${gdp.target.commitmentId}`)).json() as { verifications: Record<string, unknown>[] };
    const kept = detail.verifications.at(-1)!;
    assert.deepEqual(
      [kept.verdict, kept.preliminaryReportId, kept.preliminaryCommitmentId, kept.finalReportId, kept.finalCommitmentId, kept.resultCommitmentId, kept.resultsDiffer],
      ['missed', reportId, gdp.preliminary!.commitmentId, bulletinId, gdp.final!.commitmentId, gdp.final!.commitmentId, true],
    );
    const finalItem = (await sup.request('GET', `/api/commitments/${gdp.final!.commitmentId}`)).json() as { commitment: { text: string; reportId: number } };
    assert.equal(finalItem.commitment.reportId, bulletinId);

    // against the bulletin alone, the contract as before, with its source
    const alone = await sup.request('POST', '/api/verification', { targetsReportId, resultsReportId: bulletinId });
    assert.equal(alone.statusCode, 200, alone.body);
    const first = (alone.json() as { verdicts: Row[] }).verdicts[0]!;
    assert.deepEqual([first.verdict, first.source, 'preliminary' in first], ['missed', 'bulletin', false]);
    assert.equal(first.recorded?.finalReportId, bulletinId);
  });

  it('refuses a bulletin as the targets, two documents of one kind, and a bulletin of another year', async () => {
    const sup = await world.s.client('supervisor');
    const upload = async (name: string, bytes: string) => (await sup.importReport({ name, bytes })).result!.reportId;
    const targets = await upload('溪口县2023.txt', plan.replace('石桥县', '溪口县'));
    const next = await upload('溪口县2024.txt', review.replace('石桥县', '溪口县'));
    const final = await upload('溪口县2023统计公报.txt', bulletin.replace('石桥县', '溪口县'));
    const older = await upload('溪口县2021统计公报.txt', bulletin.replace('石桥县2023年', '溪口县2021年'));
    const refusals: [number, number[], RegExp][] = [
      [final, [next], /统计公报不设目标/],
      [targets, [final, older], /两份统计公报/],
      [targets, [older], /当年（2023年）的统计公报/],
    ];
    for (const [targetsReportId, resultsReportIds, detail] of refusals) {
      const res = await sup.request('POST', '/api/verification', { targetsReportId, resultsReportIds });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(errorCode(res), 'NOT_A_PAIR');
      assert.match((res.json() as { error: { detail: string } }).error.detail, detail);
    }
    const neither = await sup.request('POST', '/api/verification', { targetsReportId: targets });
    assert.equal(neither.statusCode, 400, neither.body);
  });
});
