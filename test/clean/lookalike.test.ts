import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  { input: '市第┿四届人民代表大会', text: '市第十四届人民代表大会', edits: [[2, 3, '┿', '十', 'lookalike']] },
  { input: '推动┅体化发展', text: '推动一体化发展', edits: [[2, 3, '┅', '一', 'lookalike']] },
  { input: '坚持㈣个不摘', text: '坚持四个不摘', edits: [[2, 3, '㈣', '四', 'lookalike']] },
  { input: '建设Φ部城市群', text: '建设中部城市群', edits: [[2, 3, 'Φ', '中', 'lookalike']] },
  { input: '发案率同比丅降', text: '发案率同比下降', edits: [[5, 6, '丅', '下', 'lookalike']] },
  // a rare Han form the dictionary never saw needs no word (领导下 is none, and a comma follows)
  { input: '在党委领导丅,全面推进', text: '在党委领导下,全面推进', edits: [[5, 6, '丅', '下', 'lookalike']] },
  { input: '网丄办理', text: '网上办理', edits: [[1, 2, '丄', '上', 'lookalike']] },
  // Kangxi radicals are the same glyph as the Han character (common in text taken from PDFs).
  { input: '⼈民群众', text: '人民群众', edits: [[0, 1, '⼈', '人', 'lookalike']] },
];

// Box lines, Greek in formulas and enclosed list numbers that start a heading are what they are.
const unchanged = ['────────', '管径Φ=3.5mm', '㈠加强组织领导', 'α、β两类指标'];

test('look-alike symbols between Han characters become the Han character', () => {
  assertRepairs(cases);
});

test('symbols used as symbols stay', () => {
  assertUnrepaired(unchanged);
});
