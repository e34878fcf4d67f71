import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, testDialects } from './dialects.js';
import { importReport } from '../../src/ledger/import.js';
import { listCommitments } from '../../src/ledger/commitments.js';
import { listReports } from '../../src/ledger/reports.js';
import { listVerifications, recordVerification } from '../../src/ledger/verifications.js';

/** A county's 2024 report and its 2023 bulletin, written by us in the style of each. */
const review = '——2024年1月16日在石桥县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n全年地区生产总值增长5.3%（预计数）。\n\n二、2024年工作安排\n\n地区生产总值增长5.5%左右。\n';
const bulletin = '石桥县2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长4.9%。全年居民消费价格比上年上涨0.4%。\n';

for (const dialect of await testDialects()) {
  describe(`statistical bulletins in the ledger (${dialect.name})`, { skip: dialect.skip }, () => {
    it('a bulletin stands beside the report of the same year; each imported again changes nothing', () =>
      dialect.withLedger(async (ledger) => {
        const report = await importReport(ledger, null, { analysis: analyzeText(review, 'report.txt') });
        const final = await importReport(ledger, null, { analysis: analyzeText(bulletin, 'bulletin.txt') });
        assert.notEqual(report.reportId, final.reportId);
        const reports = await listReports(ledger);
        assert.deepEqual(reports.map((r) => [r.kind, r.year, r.governmentId]).sort(), [['bulletin', 2024, reports[0]!.governmentId], ['report', 2024, reports[0]!.governmentId]]);
        for (const [text, name] of [[review, 'report.txt'], [bulletin, 'bulletin.txt']]) {
          const again = await importReport(ledger, null, { analysis: analyzeText(text!, name) });
          assert.deepEqual([again.report, again.created, again.updated], ['unchanged', 0, 0], name);
        }
        // a corrected copy of the bulletin replaces the bulletin, not the report
        const corrected = await importReport(ledger, null, { analysis: analyzeText(bulletin.replace('4.9%', '5.0%'), 'bulletin-2.txt') });
        assert.deepEqual([corrected.reportId, corrected.report], [final.reportId, 'updated']);
      }));

    it('a verification keeps the preliminary and the final result with their documents, and whether they differ', () =>
      dialect.withLedger(async (ledger) => {
        const report = await importReport(ledger, null, { analysis: analyzeText(review, 'report.txt') });
        const final = await importReport(ledger, null, { analysis: analyzeText(bulletin, 'bulletin.txt') });
        const items = async (reportId: number) => (await listCommitments(ledger, { reportId, limit: 100 })).items;
        const target = (await items(report.reportId)).find((c) => c.kind === 'target')!;
        const preliminary = (await items(report.reportId)).find((c) => c.kind === 'achievement' && c.indicator === 'gdp_growth')!;
        const finalItem = (await items(final.reportId)).find((c) => c.indicator === 'gdp_growth')!;
        await recordVerification(ledger, null, {
          commitmentId: target.id,
          resultCommitmentId: finalItem.id,
          preliminary: { reportId: report.reportId, commitmentId: preliminary.id },
          final: { reportId: final.reportId, commitmentId: finalItem.id },
          resultsDiffer: true,
          verdict: 'missed',
        });
        await recordVerification(ledger, null, { commitmentId: target.id, final: { reportId: final.reportId }, verdict: 'not_mentioned' });
        const [both, bulletinOnly] = await listVerifications(ledger, { commitmentId: target.id });
        assert.deepEqual(
          [both!.preliminaryReportId, both!.preliminaryCommitmentId, both!.finalReportId, both!.finalCommitmentId, both!.resultCommitmentId, both!.resultsDiffer],
          [report.reportId, preliminary.id, final.reportId, finalItem.id, finalItem.id, true],
        );
        assert.deepEqual([bulletinOnly!.finalReportId, bulletinOnly!.finalCommitmentId, bulletinOnly!.resultsDiffer, bulletinOnly!.preliminaryReportId], [final.reportId, undefined, undefined, undefined]);
      }));
  });
}
