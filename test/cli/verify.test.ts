import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Io } from '../../src/cli/index.js';

let dir: string;
after(() => rm(dir, { recursive: true, force: true }));

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

/** Documents we wrote in the style of a county's: its 2023 targets, its 2024 report, its 2023 bulletin. */
const documents: Record<string, string> = {
  'plan-2023.txt': '——2023年1月12日在临溪县第十八届人民代表大会第三次会议上\n\n二、2023年工作安排\n\n主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅控制在3%左右。\n',
  'report-2024.txt': '——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n全年地区生产总值增长5.3%（预计数）。\n',
  'bulletin-2023.txt':
    '临溪县2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长4.9%。全年居民消费价格比上年上涨0.4%。\n',
  'bulletin-2021.txt': '临溪县2021年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1702130万元，比上年增长6.1%。\n',
};
const path = (name: string) => join(dir, name);
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'luoshi-verify-'));
  for (const [name, text] of Object.entries(documents)) await writeFile(path(name), text);
});

type Verdict = { verdict: string; source: string | null; preliminary?: { low: number } | null; final?: { low: number } | null; differ?: boolean };

test('verify against a report and a bulletin, told from the documents in any order: the final decides, both are kept', async () => {
  for (const results of [['report-2024.txt', 'bulletin-2023.txt'], ['bulletin-2023.txt', 'report-2024.txt']]) {
    const io = capture();
    assert.equal(await run(['verify', path('plan-2023.txt'), ...results.map(path)], io), 0, io.err);
    const out = JSON.parse(io.out) as { sources: { kind: string; covers?: number }[]; verdicts: Verdict[] };
    assert.deepEqual(out.sources.map((s) => s.kind).sort(), ['bulletin', 'report']);
    assert.deepEqual(
      out.verdicts.map((v) => [v.verdict, v.source, v.preliminary?.low ?? null, v.final?.low ?? null, v.differ]),
      [
        ['missed', 'bulletin', 5.3, 4.9, true],
        ['achieved', 'bulletin', null, 0.4, undefined],
      ],
    );
  }
});

test('verify against a bulletin alone keeps the contract: target, result, verdict, and the source', async () => {
  const io = capture();
  assert.equal(await run(['verify', path('plan-2023.txt'), path('bulletin-2023.txt'), '--format', 'json'], io), 0, io.err);
  const out = JSON.parse(io.out) as { results: { kind: string; covers: number }; verdicts: (Verdict & { target: { text: string }; result: { low: number } })[] };
  assert.deepEqual([out.results.kind, out.results.covers], ['bulletin', 2023]);
  assert.deepEqual(out.verdicts.map((v) => [v.target.text, v.result.low, v.verdict, v.source, 'final' in v]), [
    ['地区生产总值增长5.5%左右', 4.9, 'missed', 'bulletin', false],
    ['居民消费价格涨幅控制在3%左右', 0.4, 'achieved', 'bulletin', false],
  ]);
});

test('the Markdown table shows the preliminary and the final side by side', async () => {
  const io = capture();
  assert.equal(await run(['verify', path('plan-2023.txt'), path('report-2024.txt'), path('bulletin-2023.txt'), '--format', 'md'], io), 0, io.err);
  assert.match(io.out, /^\| 目标 \| 次年报告（预计） \| 统计公报（最终） \| 结论 \| 两者不同 \|/);
  assert.match(io.out, /增长5\.3%（5\.3%） \| [^|]*4\.9%（4\.9%） \| 未实现 \| 是 \|/);
});

test('two documents of one kind are refused; one of another year is named on stderr', async () => {
  const twice = capture();
  assert.equal(await run(['verify', path('plan-2023.txt'), path('bulletin-2023.txt'), path('bulletin-2021.txt')], twice), 2);
  assert.match(twice.err, /^luoshi verify: [^\n]*bulletin-2021\.txt: wrong usage \(a second bulletin[^\n]*\)\n$/);
  const other = capture();
  assert.equal(await run(['verify', path('plan-2023.txt'), path('bulletin-2021.txt')], other), 0);
  assert.match(other.err, /bulletin-2021\.txt is 2021年的统计公报, not 2023年的统计公报/);
  const alone = capture();
  assert.equal(await run(['verify', path('plan-2023.txt')], alone), 2);
});
