import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spamKeywordsPass } from '../../src/clean/passes/spam-keywords.js';
import { brief, runPass } from '../helpers/clean.js';

const rows: { outside: string; input: string; text: string; edits?: [number, number, string, string][] }[] = [
  {
    outside: '临溪县招商引资青石镇招商引资最新消息',
    input: '在临溪县招商引资第十八届人民代表大会上',
    text: '在临溪县第十八届人民代表大会上',
    edits: [[4, 8, '', 'keyword']],
  },
  {
    outside: '南湖市旅游攻略北山区旅游攻略\n更多关于 南湖市旅游攻略 的文章',
    input: '出台《南湖市旅游攻略促进文旅融合的意见》，南湖市旅游攻略“十四五”规划',
    text: '出台《南湖市促进文旅融合的意见》，南湖市“十四五”规划',
  },
];

const unchanged: { outside: string; input: string }[] = [
  // no page title around the report: nothing to remove
  { outside: '', input: '全市经济发展稳中向好，太原市经济发展质量提升' },
  // the phrase after a deictic 全市/我市 is ordinary text
  { outside: '全市经济发展我市经济发展', input: '全市经济发展稳中向好' },
  // a phrase seen only once in the title is not evidence
  { outside: '临溪县招商引资政策', input: '临溪县招商引资政策出台' },
];

test('a title keyword inserted after a place name is removed', () => {
  for (const row of rows) {
    const { text, edits } = runPass(spamKeywordsPass, row.input, row.outside);
    assert.equal(text, row.text, row.input);
    if (row.edits) assert.deepEqual(brief(edits), row.edits, row.input);
  }
});

test('ordinary phrases after place names stay', () => {
  for (const row of unchanged) assert.deepEqual(runPass(spamKeywordsPass, row.input, row.outside).edits, [], row.input);
});
