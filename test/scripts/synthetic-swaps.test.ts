import { test } from 'node:test';
import assert from 'node:assert/strict';
import { swapCharacters, swapsOf } from '../../scripts/synthetic-swaps.js';

const text = '过去一年，全县上下坚持稳中求进工作总基调，统筹发展和安全，较好完成了全年目标任务。新建改造农村公路一百二十公里。';

test('the same seed gives the same swaps, each one code for one, where the text differs', () => {
  const first = swapCharacters(text, 7, 5);
  assert.deepEqual(swapCharacters(text, 7, 5), first);
  assert.equal(first.text.length, text.length);
  assert.ok(first.swaps.length > 0);
  const at = new Set(first.swaps.map((s) => s.at));
  for (let i = 0; i < text.length; i++) assert.equal(first.text[i] !== text[i], at.has(i), `offset ${i}`);
  for (const swap of first.swaps) assert.ok(swapsOf(swap.original, swap.family).includes(swap.swapped), swap.swapped);
});

test('each family swaps the way dirty copies do', () => {
  assert.ok(swapsOf('新', 'lookalike').includes('噺')); // 口 + 新
  assert.ok(swapsOf('服', 'homophone').includes('垺')); // read fu, outside GB 2312
  assert.ok(!swapsOf('新', 'homophone').includes('芯')); // a standard character reads as a typo
  assert.deepEqual(swapsOf('发', 'traditional'), ['發']);
});
