/**
 * A 分工方案 imported against its report (app/split.ts, ledger/splits.ts), on every database: each layout's
 * tasks matched to the report's items and their units, leaders and times proposed on them; a task matching nothing
 * becomes an item of its own with its span in the split; unknown unit names listed, created once or mapped as an
 * alias; a confirmed assignment kept by a proposal and replaced by the office's confirmation; the same split
 * again adds nothing; a re-import of the report leaves the split's items alone; bad decisions write nothing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { testDialects } from './dialects.js';
import { assign, getAssignment, getCommitment, latestAuditId, listCommitments, listUnits, type Ledger } from '../../src/ledger/index.js';
import { importBytes } from '../../src/app/import.js';
import { choicesOf, commitSplit, splitPlanFor } from '../../src/app/split.js';
import { readSplitFixture, splitFixture, withSplitReport } from '../helpers/split-ledger.js';

/** What the ledger holds for an item: its text, then its assignment's lead, cooperating units, leader, deadline, confirmed. */
type Held = [text: string, lead: string | undefined, cooperating: string[], leader: string | undefined, deadline: string | undefined, confirmed: boolean];

async function held(ledger: Ledger, commitmentId: number): Promise<Held> {
  const units = new Map((await listUnits(ledger)).map((u) => [u.id, u.name]));
  const c = (await getCommitment(ledger, commitmentId))!;
  const a = await getAssignment(ledger, commitmentId);
  return [c.text, a?.leadUnitId === undefined ? undefined : units.get(a.leadUnitId), (a?.cooperatingUnitIds ?? []).map((u) => units.get(u)!), a?.leader, a?.deadline, a?.confirmed ?? false];
}

/** [fixture, for each task: the report items it matched (or, matched to none, its own item) as held after the proposal] */
const layouts: [file: string, tasks: Held[][]][] = [
  [
    'notes.txt', // （牵头单位：…；配合单位：…） after each task
    [
      [['地区生产总值增长6%左右', '县发展和改革局', ['县统计局'], undefined, undefined, false]],
      [['一般公共预算收入增长5%', '县财政局', ['县税务局'], undefined, undefined, false]],
      [
        ['全年实施重点项目130个', '县发展和改革局', ['县财政局', '县自然资源局'], undefined, '2025-12-31', false],
        ['完成投资160亿元以上', '县发展和改革局', ['县财政局', '县自然资源局'], undefined, '2025-12-31', false],
      ],
      [['上半年开工建设青岭物流园', '县商务局', ['县自然资源局'], undefined, '2025-06-30', false]],
      [['新增公共停车泊位2000个', '县住房和城乡建设局', ['县公安局'], undefined, undefined, false]],
      // no such item in the report: the split's own, its units unknown to the ledger
      [['建设县域数字化应急指挥平台', undefined, [], undefined, undefined, false]],
    ],
  ],
  [
    'lines.txt', // 责任单位 lines, the first listed leads
    [
      [['新建高标准农田3万亩', '县农业农村局', ['县财政局', '县自然资源局'], undefined, undefined, false]],
      [['10月底前完成15个乡镇污水处理设施提标改造', '县住房和城乡建设局', ['县生态环境局'], undefined, '2025-10-31', false]],
      [
        ['城镇新增就业4200人以上', '县人力资源和社会保障局', ['县财政局'], undefined, undefined, false],
        ['城镇登记失业率控制在4%以内', '县人力资源和社会保障局', ['县财政局'], undefined, undefined, false],
      ],
      [['新建改建农村公路120公里', '县交通运输局', ['县财政局'], undefined, undefined, false]],
    ],
  ],
  [
    'pairs.txt', // 责任领导 / 责任单位 pairs
    [
      [['新建城区公办幼儿园3所', '县教育局', [], '副县长 李某', undefined, false]],
      [['改造老旧小区40个', '县住房和城乡建设局', [], '副县长 王某', undefined, false]],
      [['为65岁以上老年人免费体检不少于3万人次', '县卫生健康局', [], '副县长 李某', undefined, false]],
    ],
  ],
  [
    'leaders.txt', // tasks under their leader's heading
    [
      [['年底前建成县城北环路', '县交通运输局', [], '副县长 王某', '2025-12-31', false]],
      [['粮食产量稳定在4.5亿斤以上', '县农业农村局', [], '副县长 王某', undefined, false]],
      [['国庆前建成县体育中心全民健身馆', '县文化和旅游局', ['县住房和城乡建设局'], '副县长 李某', '2025-09-30', false]],
      [['深化“一件事一次办”改革，推动政务服务事项全程网办', '县行政审批局', [], '副县长 李某', undefined, false]],
    ],
  ],
  [
    'table.txt', // a table: 序号/重点工作任务/牵头单位/配合单位/责任领导/完成时限
    [
      [
        ['完成投资160亿元以上', '县发展和改革局', ['县财政局'], '常务副县长赵某', '2025-12-31', false],
        ['全年实施重点项目130个', '县发展和改革局', ['县财政局'], '常务副县长赵某', '2025-12-31', false],
      ],
      [['新建改建农村公路120公里', '县交通运输局', ['县财政局', '县自然资源局'], '副县长 王某', '2025-11-30', false]],
      [['启动县城第二水厂建设', undefined, ['县住房和城乡建设局'], '副县长 王某', '2025-12-31', false]],
    ],
  ],
];

for (const dialect of await testDialects()) {
  describe(`a split imported against its report (${dialect.name})`, { skip: dialect.skip }, () => {
    for (const [file, expected] of layouts) {
      it(`${file}: each task's items, and the units, leader and time proposed on them`, () =>
        dialect.withLedger(async (ledger) => {
          const reportId = await withSplitReport(ledger);
          const { bytes, read } = await readSplitFixture(file);
          const { plan } = await splitPlanFor(ledger, reportId, read.tasks);
          const result = await commitSplit(ledger, null, { reportId, read, bytes, choices: choicesOf(plan), units: [], confirmed: false });
          const got: Held[][] = [];
          for (const [i, task] of plan.tasks.entries()) {
            const ids = task.matches.map((m) => m.commitmentId);
            if (ids.length === 0) {
              const own = (await listCommitments(ledger, { reportId, text: task.text })).items.filter((c) => c.splitId === result.splitId);
              assert.equal(own.length, 1, `task ${i} became one item of its own`);
              assert.equal(read.source.text.slice(own[0]!.span.start, own[0]!.span.end), task.text, 'its span is in the split');
              ids.push(own[0]!.id);
            }
            got.push(await Promise.all(ids.map((id) => held(ledger, id))));
          }
          assert.deepEqual(got, expected);
          assert.equal(result.created, plan.tasks.filter((t) => t.matches.length === 0).length);
        }));
    }

    it('unknown names are listed; created, a name and its short form are one unit; mapped, a name becomes an alias', () =>
      dialect.withLedger(async (ledger) => {
        const reportId = await withSplitReport(ledger);
        const { bytes, read } = await readSplitFixture('notes.txt');
        const { plan } = await splitPlanFor(ledger, reportId, read.tasks);
        assert.deepEqual(plan.units.filter((u) => u.unitId === undefined).map((u) => u.name), ['县应急管理局', '县数据局']);
        // 县发改局 finds 县发展和改革局 without an alias
        assert.equal(plan.units.find((u) => u.name === '县发改局')?.unitId, (await listUnits(ledger)).find((u) => u.name === '县发展和改革局')?.id);
        const statistics = (await listUnits(ledger)).find((u) => u.name === '县统计局')!;
        const result = await commitSplit(ledger, null, {
          reportId, read, bytes, choices: choicesOf(plan), confirmed: true,
          units: [{ name: '县应急管理局', create: true }, { name: '县应急局', create: true }, { name: '县数据局', unitId: statistics.id }],
        });
        assert.deepEqual([result.unitsCreated, result.aliasesAdded, result.unknownUnits], [['县应急管理局'], ['县数据局'], []]);
        const own = (await listCommitments(ledger, { reportId, text: '应急指挥平台' })).items;
        assert.deepEqual(await held(ledger, own[0]!.id), ['建设县域数字化应急指挥平台', '县应急管理局', ['县统计局'], undefined, undefined, true]);
        assert.deepEqual((await listUnits(ledger)).find((u) => u.id === statistics.id)?.aliases, ['县数据局']);
      }));

    it('a proposal keeps what the office confirmed; the office confirming replaces it', () =>
      dialect.withLedger(async (ledger) => {
        const reportId = await withSplitReport(ledger);
        const units = await listUnits(ledger);
        const gdp = (await listCommitments(ledger, { reportId, text: '地区生产总值增长6%左右' })).items[0]!;
        const finance = units.find((u) => u.name === '县财政局')!.id;
        await assign(ledger, null, { commitmentId: gdp.id, leadUnitId: finance, confirmed: true });
        const { bytes, read } = await readSplitFixture('notes.txt');
        const { plan } = await splitPlanFor(ledger, reportId, read.tasks);
        const proposed = await commitSplit(ledger, null, { reportId, read, bytes, choices: choicesOf(plan), units: [], confirmed: false });
        assert.equal(proposed.kept, 1);
        assert.equal((await held(ledger, gdp.id))[1], '县财政局');
        const confirmed = await commitSplit(ledger, null, { reportId, read, bytes, choices: choicesOf(plan), units: [], confirmed: true });
        assert.equal(confirmed.kept, 0);
        assert.deepEqual(await held(ledger, gdp.id), ['地区生产总值增长6%左右', '县发展和改革局', ['县统计局'], undefined, undefined, true]);
        assert.equal(confirmed.splitId, proposed.splitId, 'the same file is the same split');
      }));

    it('the same split again adds nothing; a re-import of the report leaves the split’s items alone', () =>
      dialect.withLedger(async (ledger) => {
        const reportId = await withSplitReport(ledger);
        const { bytes, read } = await readSplitFixture('table.txt');
        const first = await splitPlanFor(ledger, reportId, read.tasks);
        const once = await commitSplit(ledger, null, { reportId, read, bytes, choices: choicesOf(first.plan), units: [], confirmed: true });
        assert.equal(once.created, 1);
        const audit = await latestAuditId(ledger);
        // planned again, the item the split added is the task's match
        const second = await splitPlanFor(ledger, reportId, read.tasks);
        assert.equal(second.plan.tasks[2]!.matches[0]?.score, 1);
        const twice = await commitSplit(ledger, null, { reportId, read, bytes, choices: choicesOf(second.plan), units: [], confirmed: true });
        assert.deepEqual([twice.created, twice.assigned, await latestAuditId(ledger)], [0, 0, audit]);
        const report = await importBytes(ledger, null, { bytes: splitFixture('report.txt'), name: 'report.txt', region: '青岭县', level: 'county', year: 2025 });
        assert.equal(report.stale, 0);
        const own = (await listCommitments(ledger, { reportId, text: '第二水厂' })).items;
        assert.deepEqual(own.map((c) => [c.stale, c.splitId]), [[false, once.splitId]]);
      }));

    it('an item matched to two tasks, or of another report, is refused and nothing is written', () =>
      dialect.withLedger(async (ledger) => {
        const reportId = await withSplitReport(ledger);
        const { bytes, read } = await readSplitFixture('notes.txt');
        const { plan } = await splitPlanFor(ledger, reportId, read.tasks);
        const audit = await latestAuditId(ledger);
        const twice = choicesOf(plan).map((c, i) => (i === 1 ? { commitmentIds: plan.tasks[0]!.matches.map((m) => m.commitmentId) } : c));
        await assert.rejects(commitSplit(ledger, null, { reportId, read, bytes, choices: twice, units: [], confirmed: true }), /matched to two tasks/);
        const elsewhere = choicesOf(plan).map((c, i) => (i === 0 ? { commitmentIds: [999_999] } : c));
        await assert.rejects(commitSplit(ledger, null, { reportId, read, bytes, choices: elsewhere, units: [], confirmed: true }), /not an item of report/);
        assert.equal(await latestAuditId(ledger), audit);
      }));
  });
}
