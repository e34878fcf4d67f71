/**
 * Time grows linearly with the input: each case is run on a small and a large input (8 or 20 times the small one)
 * and the ratio of the times is printed beside the ratio of the sizes. A quadratic step shows as the square (64 or
 * 400 times). The inputs are the hostile shapes that once were slow: a report line by line and on one endless
 * line, a figure repeated outside any section and in a plan section, a quantity pattern repeated.
 * Timings belong here, not in the tests: a test that times itself fails when the suite runs on two busy cores.
 *
 *   node --import tsx scripts/bench-linear.ts
 */
import { analyze } from '../src/analyze.js';
import { findQuantities } from '../src/extract/quantity/index.js';
import type { Source } from '../src/read/index.js';

const source = (text: string): Source => ({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: 'bench', bytes: text.length });

/** The best of a few runs, in milliseconds: timing noise only ever adds. */
function fastest(work: () => unknown, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

interface Case {
  name: string;
  small: string;
  large: string;
  /** How many times the small input the large one is. */
  times: number;
  run: (text: string) => unknown;
}

const frame = (body: string) =>
  `临溪县人民政府工作报告\n\n——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n${body}\n二、2024年工作安排\n\n${body}`;
const mix =
  '全县地区生产总值增长6.5%左右，一般公共预算收入增长5%以上。新建幼儿园3所，改扩建中小学5所。' +
  '7月底前完成城区老旧小区供热管网改造，年底前建成污水处理厂二期工程。增长8%-8.5%；粮食产量稳定在30万吨以上。加快推进乡村振兴。\n';
const oneLine = mix.replace('\n', '');
const analysis = (text: string) => analyze(source(text));
const plan = (unit: string, n: number) => `二、2024年工作安排\n${unit.repeat(n)}`;

const CASES: Case[] = [
  { name: 'analysis: a report, line by line', small: frame(mix.repeat(60)), large: frame(mix.repeat(480)), times: 8, run: analysis },
  { name: 'analysis: a report on one line', small: frame(oneLine.repeat(60)), large: frame(oneLine.repeat(480)), times: 8, run: analysis },
  { name: 'analysis: "增长8%-" outside any section', small: '增长8%-'.repeat(1250), large: '增长8%-'.repeat(10_000), times: 8, run: analysis },
  { name: 'analysis: "增长8%-" in a plan section', small: plan('增长8%-', 125), large: plan('增长8%-', 1000), times: 8, run: analysis },
  { name: 'analysis: "增长8%，" in a plan section', small: plan('增长8%，', 125), large: plan('增长8%，', 1000), times: 8, run: analysis },
  ...['增长8%-', '一', '1,', '“四个', '向3000家'].map((unit) => ({
    name: `quantities: "${unit}" repeated`,
    small: unit.repeat(500),
    large: unit.repeat(10_000),
    times: 20,
    run: findQuantities,
  })),
];

console.log('linear time: the large input is N times the small one; its time should be about N times too (quadratic: N²)');
let worst = 0;
for (const c of CASES) {
  fastest(() => c.run(c.small), 3); // warm up the compiler on the same shapes
  fastest(() => c.run(c.large), 1);
  const ratio = fastest(() => c.run(c.large), 3) / Math.max(fastest(() => c.run(c.small), 5), 0.05);
  const perSize = ratio / c.times;
  worst = Math.max(worst, perSize);
  console.log(`  ${c.name}: ${c.times}× the input took ${ratio.toFixed(1)}× as long (${perSize.toFixed(2)} per unit of size; linear ≈ 1, quadratic ≈ ${c.times})`);
}
console.log(`  worst: ${worst.toFixed(2)} per unit of size — ${worst < 3 ? 'linear' : 'NOT linear'} (limit 3, for noise)`);
