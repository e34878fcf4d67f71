/**
 * The year-end self-assessment's share of the target reached and its source, one short case each: every op, ranges,
 * 左右, ceilings (逆向指标), percentage-point targets, a fall reported against a growth target, missing results.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selfAssessment, type AssessedTarget } from '../../src/loop/index.js';

type Target = AssessedTarget['target'];
const target = (fields: Partial<Target>): Target => ({ id: 1, text: '目标', ...fields });
const final = (low: number, unit: string, text = '全年') => ({ verdict: 'achieved' as const, final: { text: `${text}${low}${unit}`, low, unit } });

const cases: { name: string; input: AssessedTarget; share: string; source?: string; verdict?: string }[] = [
  { name: 'at least, over', input: { target: target({ low: 70, unit: '亿元', op: 'at_least' }), verification: final(92, '亿元') }, share: '完成目标任务的131.4%' },
  { name: 'exact figure, short', input: { target: target({ low: 80, unit: '个' }), verification: { verdict: 'missed', final: { text: '实施重点项目72个', low: 72, unit: '个' } } }, share: '完成目标任务的90.0%', verdict: 'missed' },
  { name: 'growth rate: share and points', input: { target: target({ indicator: 'gdp_growth', low: 6, unit: '%', op: 'about' }), verification: final(7.9, '%') }, share: '完成目标任务的131.7%；高于目标1.9个百分点' },
  { name: '左右, just short, in points', input: { target: target({ indicator: 'gdp_growth', low: 5.5, unit: '%', op: 'about' }), verification: final(5.3, '%') }, share: '完成目标任务的96.4%；低于目标0.2个百分点' },
  { name: 'range: measured from its floor', input: { target: target({ low: 6, high: 6.5, unit: '%' }), verification: final(6.3, '%') }, share: '完成目标任务的105.0%；高于目标0.3个百分点' },
  { name: 'ceiling: target ÷ result', input: { target: target({ indicator: 'surveyed_unemployment', low: 5.5, unit: '%', op: 'at_most' }), verification: final(5, '%') }, share: '控制在目标以内；低于控制目标0.5个百分点' },
  { name: 'lower-is-better indicator over its ceiling', input: { target: target({ indicator: 'cpi', low: 3, unit: '%', op: 'about' }), verification: final(3.2, '%') }, share: '超出控制目标；高于控制目标0.2个百分点' },
  { name: 'ceiling not a rate: the 逆向指标 share', input: { target: target({ low: 35, unit: '微克/立方米', op: 'at_most' }), verification: final(28, '微克/立方米') }, share: '控制在目标以内；按逆向指标计完成目标任务的125.0%' },
  { name: 'ceiling range: its top', input: { target: target({ low: 3, high: 3.5, unit: '%', op: 'at_most' }), verification: final(3.5, '%') }, share: '控制在目标以内；与目标持平' },
  { name: 'ceiling, result zero: no ratio, points only', input: { target: target({ indicator: 'cpi', low: 3, unit: '%' }), verification: final(0, '%') }, share: '控制在目标以内；低于控制目标3.0个百分点' },
  { name: 'percentage-point target', input: { target: target({ low: 0.2, unit: '个百分点' }), verification: final(0.3, '个百分点') }, share: '完成目标任务的150.0%；高于目标0.1个百分点' },
  { name: 'a fall against a growth target: points only', input: { target: target({ text: '进出口总额增长5%', low: 5, unit: '%' }), verification: { verdict: 'missed', final: { text: '进出口总额比上年下降2.1%', low: 2.1, unit: '%' } } }, share: '低于目标7.1个百分点' },
  { name: 'a fall to a level is the level reached', input: { target: target({ text: '居民消费价格涨幅控制在4%左右', indicator: 'cpi', low: 4, unit: '%', op: 'about' }), verification: { verdict: 'achieved', final: { text: '居民消费价格涨幅回落到2.6%', low: 2.6, unit: '%' } } }, share: '控制在目标以内；低于控制目标1.4个百分点' },
  { name: 'reduction target: a larger reduction is more', input: { target: target({ text: '单位地区生产总值能耗下降3%', indicator: 'energy_intensity', low: 3, unit: '%' }), verification: final(3.6, '%', '能耗下降') }, share: '完成目标任务的120.0%；高于目标0.6个百分点' },
  { name: 'mass in another unit (20万吨, 4.2亿斤)', input: { target: target({ indicator: 'grain_output', low: 200000, unit: '吨', op: 'at_least' }), verification: final(420000000, '斤') }, share: '完成目标任务的105.0%' },
  { name: 'preliminary where no final', input: { target: target({ low: 100, unit: '个' }), verification: { verdict: 'achieved', preliminary: { text: '建成120个', low: 120, unit: '个' } } }, share: '完成目标任务的120.0%', source: '次年报告（预计数）' },
  { name: 'missed in words: no figure', input: { target: target({ indicator: 'grain_output', low: 21, unit: '万吨' }), verification: { verdict: 'missed', preliminary: { text: '粮食生产目标没有完成' } } }, share: '', source: '次年报告（预计数）', verdict: 'missed' },
  { name: 'not verified: the unit’s progress', input: { target: target({ low: 800, unit: '个' }), progress: { reportedOn: '2024-12-20', value: 860 } }, share: '完成目标任务的107.5%', source: '牵头单位报送进展（2024年12月20日）', verdict: 'achieved' },
  { name: 'not mentioned: the unit’s progress, short after its deadline', input: { target: target({ low: 800, unit: '个', deadline: '2024-12-31' }), verification: { verdict: 'not_mentioned' }, progress: { reportedOn: '2024-12-20', value: 600 } }, share: '完成目标任务的75.0%', source: '牵头单位报送进展（2024年12月20日）', verdict: 'missed' },
  { name: 'the unit’s progress, short before its deadline: not yet', input: { target: target({ low: 800, unit: '个', deadline: '2025-12-31' }), progress: { reportedOn: '2024-12-20', value: 600 } }, share: '完成目标任务的75.0%', source: '牵头单位报送进展（2024年12月20日）', verdict: 'in_progress' },
  { name: 'nothing at all', input: { target: target({ low: 800, unit: '个' }) }, share: '', source: '', verdict: 'no_result' },
  { name: 'a target without a figure', input: { target: target({}), verification: { verdict: 'not_mentioned' } }, share: '', source: '', verdict: 'not_mentioned' },
];

for (const c of cases) {
  test(`self-assessment: ${c.name}`, () => {
    const [row] = selfAssessment([c.input], { today: '2025-01-20' });
    assert.equal(row!.shareText, c.share);
    if (c.source !== undefined) assert.equal(row!.sourceLabel, c.source);
    else assert.equal(row!.sourceLabel, '统计公报（最终数）');
    assert.equal(row!.verdict, c.verdict ?? c.input.verification?.verdict);
  });
}

test('self-assessment: rows keep their order, lead unit and the target as stated', () => {
  const rows = selfAssessment([
    { target: target({ id: 7, text: '新建幼儿园3所', low: 3, unit: '所' }), leadUnit: '县教育局', verification: final(3, '所') },
    { target: target({ id: 9, text: '地区生产总值增长6%左右', low: 6, unit: '%', op: 'about' }) },
  ]);
  assert.deepEqual(
    rows.map((r) => [r.seq, r.commitmentId, r.goal, r.leadUnit, r.result, r.verdictLabel]),
    [
      [1, 7, '3所', '县教育局', '3所', '已实现'],
      [2, 9, '6%左右', '', '', '暂无结果'],
    ],
  );
});
