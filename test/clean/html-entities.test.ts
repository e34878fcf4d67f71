/** HTML character references left in copied text (src/clean/passes/html-entities.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { htmlEntitiesPass } from '../../src/clean/passes/html-entities.js';
import { assertEditsPointAtOriginal, assertPassLeaves, assertPassRows, type PassCase } from '../helpers/clean.js';

const cases: PassCase[] = [
  { input: '编制&ldquo;十五五&rdquo;规划', text: '编制“十五五”规划', edits: [[2, 9, '“', 'artifact'], [12, 19, '”', 'artifact']] },
  { input: '请予审议。&nbsp;&nbsp;', text: '请予审议。  ', edits: [[5, 11, ' ', 'artifact'], [11, 17, ' ', 'artifact']] },
  { input: '&#20840;市增长6%', text: '全市增长6%', edits: [[0, 8, '全', 'artifact']] },
  { input: '&#x5168;市', text: '全市', edits: [[0, 8, '全', 'artifact']] },
  // escaped twice by a careless page: one edit for the whole run
  { input: '&amp;ldquo;新质生产力&amp;rdquo;', text: '“新质生产力”', edits: [[0, 11, '“', 'artifact'], [16, 27, '”', 'artifact']] },
  { input: '研发投入&amp;成果转化', text: '研发投入&成果转化', edits: [[4, 9, '&', 'artifact']] },
];

// Not references: no semicolon, or a name HTML does not know.
const unchanged = ['R&D经费投入强度', '研发&转化', '&nosuchentity;不改', '增长6%&'];

test('HTML character references become the characters they name', () => {
  assertPassRows(htmlEntitiesPass, cases);
});

test('an ampersand that starts no complete reference stays', () => {
  assertPassLeaves(htmlEntitiesPass, unchanged);
});

test('in the whole chain, later passes see the decoded characters (a full-width digit named by reference)', () => {
  const input = '政府工作报告\n\n各位代表：\n\n增长&#65302;%左右，完成&ldquo;十项民生实事&rdquo;。';
  const cleaned = clean({ text: input });
  assert.ok(cleaned.text.includes('增长6%左右，完成“十项民生实事”。'), cleaned.text);
  assertEditsPointAtOriginal(input, cleaned.edits);
});
