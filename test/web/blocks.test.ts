/** A long document drawn in blocks of whole lines (web/src/highlight.ts inBlocks): the text unchanged, marks whole. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inBlocks, segments } from '../../web/src/highlight.js';

const item = (id: number, start: number, end: number) => ({ id, span: { start, end } });
const line = (i: number) => `（${i}）新增停车泊位${1000 + i}个以上，${(i % 12) + 1}月底前完成第${i}号道路改造。\n`;
const report = (lines: number) => Array.from({ length: lines }, (_, i) => line(i)).join('');
/** Every third line marked from its first character to its 。 */
const marks = (text: string) => {
  const out = [];
  for (let at = 0, i = 0; at < text.length; i++) {
    const end = text.indexOf('\n', at);
    if (i % 3 === 0) out.push(item(i, at, end - 1));
    at = end + 1;
  }
  return out;
};

describe('inBlocks', () => {
  const cases: [name: string, text: string, items: ReturnType<typeof item>[], blocks: number | 'many'][] = [
    ['a short text is one block', '今年新建学校3所。\n改造老旧小区20个。\n', [item(1, 0, 8)], 1],
    ['a long text without a line break stays one block', '新建学校3所，'.repeat(1000), [item(1, 0, 6)], 1],
    ['a report of 600 lines is many blocks', report(600), marks(report(600)), 'many'],
  ];
  for (const [name, text, items, expected] of cases) {
    it(name, () => {
      const parts = segments(text, items);
      const blocks = inBlocks(parts);
      if (expected === 'many') assert.ok(blocks.length > 5, `${blocks.length} blocks`);
      else assert.equal(blocks.length, expected);
      // the text unchanged, in order, with the same marks
      assert.equal(blocks.flat().map((p) => p.text).join(''), text);
      assert.deepEqual(blocks.flat().filter((p) => p.item), parts.filter((p) => p.item));
      for (const p of blocks.flat()) assert.equal(text.slice(p.start, p.end), p.text);
      // every block but the last ends a line, and none runs far past the block size
      for (const b of blocks.slice(0, -1)) assert.ok(b.at(-1)!.text.endsWith('\n'));
      if (expected === 'many') for (const b of blocks) assert.ok(b.reduce((n, p) => n + p.text.length, 0) < 2000 + 100);
    });
  }

  it('a mark across a line break is never split', () => {
    // the mark crosses the block size with a line break inside it; the block closes at the next break outside it
    const text = `${'一'.repeat(1995)}建成\n物流园。\n${'二'.repeat(50)}\n`;
    const parts = segments(text, [item(7, 1995, 2002)]);
    const blocks = inBlocks(parts);
    const marked = blocks.flat().filter((p) => p.item);
    assert.deepEqual(marked.map((p) => p.text), ['建成\n物流园。']);
    assert.equal(blocks.flat().map((p) => p.text).join(''), text);
    assert.equal(blocks.length, 2);
    assert.equal(blocks[1][0].text, `${'二'.repeat(50)}\n`);
  });
});
