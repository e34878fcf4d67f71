import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, countyReport, smallReport, testDialects, DEFAULT_TASKS } from './dialects.js';
import { importReport } from '../../src/ledger/import.js';
import { listCommitments, getCommitmentDetail, updateCommitment, setReviewState } from '../../src/ledger/commitments.js';
import { getReport, getReportDocument } from '../../src/ledger/reports.js';
import { listGovernments } from '../../src/ledger/governments.js';
import { createUnit } from '../../src/ledger/units.js';
import { createUser } from '../../src/ledger/users.js';
import { assign } from '../../src/ledger/assignments.js';
import { addProgress } from '../../src/ledger/progress.js';
import { listAudit } from '../../src/ledger/audit.js';
import { stableKeys } from '../../src/ledger/stable-key.js';
import type { Ledger } from '../../src/ledger/store.js';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze.js';
import { readBytes } from '../../src/read/index.js';
import type { KnownMeta } from '../../src/structure/index.js';

const all = async (ledger: Ledger, reportId: number) => (await listCommitments(ledger, { reportId, limit: 500 })).items;
const byText = async (ledger: Ledger, reportId: number, text: string) => {
  const found = (await all(ledger, reportId)).filter((c) => c.text === text);
  assert.equal(found.length, 1, text);
  return found[0];
};

/** A saved news page whose year is unclear (2024 by the session cycle, weakly): its figures are of 2023 either way. */
const NEWS = readFileSync(new URL('../fixtures/import/year-unclear-news.html', import.meta.url));
const analyzeNews = async (known: KnownMeta = {}) => analyze(await readBytes(NEWS, 'year-unclear-news.html'), known);
const GDP = '2023年全市地区生产总值增长6%左右';

describe('stable keys', () => {
  it('depend on what an item says, not where it stands or its punctuation', () => {
    const plain = analyzeText(smallReport()).extraction.commitments;
    const shifted = analyzeText(smallReport()).extraction.commitments.map((c) => ({ ...c, span: { start: c.span.start + 7, end: c.span.end + 7 } }));
    assert.deepEqual(stableKeys(shifted), stableKeys(plain));
    const punctuated = plain.map((c) => ({ ...c, text: `“${c.text}”，` }));
    assert.deepEqual(stableKeys(punctuated), stableKeys(plain));
    const twice = stableKeys([plain[2], plain[2]]);
    assert.notEqual(twice[0], twice[1], 'a repeated item gets an occurrence index');
    assert.match(twice[1], /^target-[0-9a-f]{16}-1$/);
  });
});

for (const dialect of await testDialects()) {
  describe(`importReport (${dialect.name})`, { skip: dialect.skip }, () => {
    it('imports a report, and the same report again changes nothing', () =>
      dialect.withLedger(async (ledger) => {
        const text = countyReport();
        const analysis = analyzeText(text, 'county-report.txt');
        const first = await importReport(ledger, null, { analysis });
        const n = analysis.extraction.commitments.length;
        assert.deepEqual(first, { reportId: first.reportId, report: 'created', created: n, updated: 0, unchanged: 0, stale: 0 });
        const items = await all(ledger, first.reportId);
        assert.equal(items.length, n);
        // provenance: every span indexes the stored original
        const doc = await getReportDocument(ledger, first.reportId);
        assert.equal(doc?.original, text);
        for (const c of items) assert.ok(doc!.original.slice(c.span.start, c.span.end).length > 0);
        const auditBefore = (await listAudit(ledger, { limit: 1000 })).length;
        assert.equal(auditBefore, n + 2, 'one entry per commitment, the report and the government');

        const second = await importReport(ledger, null, { analysis: analyzeText(text, 'county-report.txt') });
        assert.deepEqual(second, { reportId: first.reportId, report: 'unchanged', created: 0, updated: 0, unchanged: n, stale: 0 });
        assert.deepEqual(
          (await all(ledger, first.reportId)).map((c) => [c.id, c.key, c.version]),
          items.map((c) => [c.id, c.key, c.version]),
        );
        assert.equal((await listAudit(ledger, { limit: 1000 })).length, auditBefore, 'nothing written the second time');
        assert.equal((await listGovernments(ledger)).length, 1);
        const report = await getReport(ledger, first.reportId);
        assert.equal(report?.year, 2024);
        assert.equal(report?.published, false);
      }));

    it('a corrected copy updates in place, flags what it lacks, and keeps what people added', () =>
      dialect.withLedger(async (ledger) => {
        const supervisor = await createUser(ledger, null, { username: '督查室', passwordHash: 'scrypt$1', role: 'supervisor' });
        const fgj = await createUnit(ledger, supervisor.id, { name: '县发改局', aliases: ['发改局'] });
        const v1 = smallReport();
        const first = await importReport(ledger, supervisor.id, { analysis: analyzeText(v1) });
        assert.equal(first.created, 6);

        // people's work: an assignment and progress on one item, an edit on another, a confirmation on a third
        const projects = await byText(ledger, first.reportId, '全年实施重点项目80个');
        await assign(ledger, supervisor.id, { commitmentId: projects.id, leadUnitId: fgj.id, leader: '李副县长', confirmed: true });
        await addProgress(ledger, supervisor.id, { commitmentId: projects.id, unitId: fgj.id, reportedOn: '2025-03-31', value: 21, note: '一季度开工21个' });
        const kindergartens = await byText(ledger, first.reportId, '新建城区公办幼儿园3所');
        await updateCommitment(ledger, supervisor.id, kindergartens.id, kindergartens.version, { low: 4 });
        const parking = await byText(ledger, first.reportId, '新增公共停车泊位800个');
        await setReviewState(ledger, supervisor.id, parking.id, parking.version, 'confirmed');

        // the corrected copy: one more responsible unit named, the parking item gone
        const v2 = smallReport([
          DEFAULT_TASKS[0].replace('责任单位：县商务局', '责任单位：县商务局、县工信局'),
          '',
          '（二）办实事。新建城区公办幼儿园3所。',
        ]);
        const second = await importReport(ledger, supervisor.id, { analysis: analyzeText(v2, 'corrected.txt') });
        // updated: the two items under the changed unit note, and the edited item whose span moved with the text
        assert.deepEqual(second, { reportId: first.reportId, report: 'updated', created: 0, updated: 3, unchanged: 2, stale: 1 });
        assert.equal((await getReportDocument(ledger, first.reportId))?.original, v2);

        const projectsNow = await getCommitmentDetail(ledger, projects.id);
        assert.deepEqual(projectsNow?.commitment.namedUnits, ['县商务局', '县工信局']);
        assert.equal(projectsNow?.commitment.stale, false);
        assert.equal(projectsNow?.assignment?.leadUnitId, fgj.id);
        assert.equal(projectsNow?.assignment?.leader, '李副县长');
        assert.deepEqual(projectsNow?.progress.map((p) => [p.value, p.note]), [[21, '一季度开工21个']]);

        const kindergartensNow = await byText(ledger, first.reportId, '新建城区公办幼儿园3所');
        assert.equal(kindergartensNow.id, kindergartens.id);
        assert.equal(kindergartensNow.low, 4, 'the person’s correction stands');
        assert.equal(kindergartensNow.reviewState, 'edited');
        assert.equal(v2.slice(kindergartensNow.span.start, kindergartensNow.span.end), '新建城区公办幼儿园3所', 'provenance follows the new text');

        const parkingNow = await byText(ledger, first.reportId, '新增公共停车泊位800个');
        assert.equal(parkingNow.stale, true);
        assert.equal(parkingNow.reviewState, 'confirmed');
        assert.equal((await listCommitments(ledger, { reportId: first.reportId, stale: false })).total, 5);

        // importing the first copy again brings the parking item back and unflags it
        const third = await importReport(ledger, supervisor.id, { analysis: analyzeText(v1) });
        assert.deepEqual(third, { reportId: first.reportId, report: 'updated', created: 0, updated: 4, unchanged: 2, stale: 0 });
        assert.equal((await byText(ledger, first.reportId, '新增公共停车泊位800个')).stale, false);
        assert.equal((await all(ledger, first.reportId)).length, 6, 'never duplicated');
      }));

    it('a changed figure is a new item; the old one is kept, stale', () =>
      dialect.withLedger(async (ledger) => {
        const first = await importReport(ledger, null, { analysis: analyzeText(smallReport()) });
        const changed = smallReport([DEFAULT_TASKS[0], '', '（二）办实事。新建城区公办幼儿园3所。新增公共停车泊位1000个。']);
        const second = await importReport(ledger, null, { analysis: analyzeText(changed) });
        assert.deepEqual(second, { reportId: first.reportId, report: 'updated', created: 1, updated: 0, unchanged: 5, stale: 1 });
        assert.equal((await byText(ledger, first.reportId, '新增公共停车泊位800个')).stale, true);
        assert.equal((await byText(ledger, first.reportId, '新增公共停车泊位1000个')).stale, false);
      }));

    it('a year an office gives is stored as given, and a corrected year turns the items, keeping what people added', () =>
      dialect.withLedger(async (ledger) => {
        const inferred = await importReport(ledger, null, { analysis: await analyzeNews() });
        assert.deepEqual((await getReport(ledger, inferred.reportId))?.given, []);
        const gdp = await byText(ledger, inferred.reportId, GDP);
        assert.equal(gdp.kind, 'achievement', 'read as the 2024 report, 2023 is last year');
        const supervisor = await createUser(ledger, null, { username: '督查室', passwordHash: 'scrypt$1', role: 'supervisor' });
        const unit = await createUnit(ledger, null, { name: '市发改委' });
        await assign(ledger, supervisor.id, { commitmentId: gdp.id, leadUnitId: unit.id, confirmed: true });
        await addProgress(ledger, supervisor.id, { commitmentId: gdp.id, unitId: unit.id, reportedOn: '2023-06-30', value: 5.8, note: '上半年' });

        const corrected = await importReport(ledger, null, { analysis: await analyzeNews({ year: 2023 }), year: 2023 });
        assert.equal(corrected.reportId, inferred.reportId, 'the same file is the same report');
        assert.equal(corrected.report, 'updated');
        assert.equal(corrected.stale, 0, 'no item lost to a change of kind');
        const report = await getReport(ledger, inferred.reportId);
        assert.equal(report?.year, 2023);
        assert.deepEqual(report?.given, ['year']);
        const now = await getCommitmentDetail(ledger, gdp.id);
        assert.equal(now?.commitment.kind, 'target');
        assert.equal(now?.commitment.deadline, '2023-12-31');
        assert.equal(now?.assignment?.leadUnitId, unit.id);
        assert.deepEqual(now?.progress.map((p) => p.value), [5.8]);
        assert.equal((await all(ledger, inferred.reportId)).length, (await analyzeNews()).extraction.commitments.length, 'never duplicated');

        // an import without the year keeps the year given before
        await importReport(ledger, null, { analysis: await analyzeNews({ year: 2023 }) });
        assert.deepEqual(await getReport(ledger, inferred.reportId).then((r) => [r?.year, r?.given]), [2023, ['year']]);
      }));

    it('a year given that another report of the government holds is refused, and nothing changes', () =>
      dialect.withLedger(async (ledger) => {
        const held = await importReport(ledger, null, { analysis: await analyzeNews({ year: 2023 }), year: 2023, bytes: Buffer.from('another copy') });
        const news = await importReport(ledger, null, { analysis: await analyzeNews() });
        await assert.rejects(importReport(ledger, null, { analysis: await analyzeNews({ year: 2023 }), year: 2023 }), /DUPLICATE|already stored/);
        assert.equal((await getReport(ledger, news.reportId))?.year, 2024);
        assert.equal((await getReport(ledger, held.reportId))?.year, 2023);
      }));

    it('refuses a report that names no region or year unless the import gives them', () =>
      dialect.withLedger(async (ledger) => {
        const analysis = analyzeText('全年实施重点项目80个。');
        await assert.rejects(importReport(ledger, null, { analysis }), /INCOMPLETE|region/);
        const done = await importReport(ledger, null, { analysis, region: '青岭县', level: 'county', year: 2025 });
        assert.equal(done.report, 'created');
      }));
  });
}
