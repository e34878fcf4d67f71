import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionsOf } from '../../src/structure/sections.js';
import { sentencesOf } from '../../src/structure/sentences.js';

const rows: { input: string; sentences: string[]; clauses: string[] }[] = [
  {
    input: '全年地区生产总值增长6.2%，一般公共预算收入增长7.5%。新增就业4100人！',
    sentences: ['全年地区生产总值增长6.2%，一般公共预算收入增长7.5%。', '新增就业4100人！'],
    clauses: ['全年地区生产总值增长6.2%，', '一般公共预算收入增长7.5%。', '新增就业4100人！'],
  },
  {
    // a paragraph break ends a sentence even without a mark
    input: '建成通车\n六是脱贫攻坚取得决定性胜利；160个贫困村全部退出',
    sentences: ['建成通车', '六是脱贫攻坚取得决定性胜利；160个贫困村全部退出'],
    clauses: ['建成通车', '六是脱贫攻坚取得决定性胜利；', '160个贫困村全部退出'],
  },
  {
    // a deleted comma after a percentage: two clauses; a percentage followed by 以上 or 的 continues
    input: '地区生产总值年均增长6.6%总量迈上4千亿元台阶，覆盖率达到90%以上的乡镇，比重由22.5%提高到23.5%',
    sentences: ['地区生产总值年均增长6.6%总量迈上4千亿元台阶，覆盖率达到90%以上的乡镇，比重由22.5%提高到23.5%'],
    clauses: ['地区生产总值年均增长6.6%', '总量迈上4千亿元台阶，', '覆盖率达到90%以上的乡镇，', '比重由22.5%提高到23.5%'],
  },
];

test('sentences and clauses, with spans into the text', () => {
  for (const row of rows) {
    const { paragraphs } = sectionsOf(row.input);
    const { sentences, clauses } = sentencesOf(row.input, paragraphs);
    assert.deepEqual(sentences.map((s) => row.input.slice(s.start, s.end)), row.sentences);
    assert.deepEqual(clauses.map((c) => row.input.slice(c.start, c.end)), row.clauses);
  }
});

test('inside the plan, a sentence on last year turns to it; one that turns back to this year at its end leaves the plan to go on', () => {
  const text = [
    '一、2023年工作回顾',
    '过去一年，全县新增就业5200人。',
    '二、2024年工作安排',
    '去年新建农村文化活动中心18个，今年将再建20个。城镇新增就业5000人。',
    '去年全县新增就业5200人。城镇调查失业率为4.8%。',
  ].join('\n');
  const { paragraphs } = sectionsOf(text);
  const { sentences } = sentencesOf(text, paragraphs);
  assert.deepEqual(
    sentences.slice(2).map((s) => [text.slice(s.start, s.end), s.role]),
    [
      ['二、2024年工作安排', 'annual_tasks'],
      ['去年新建农村文化活动中心18个，今年将再建20个。', 'review_last_year'],
      ['城镇新增就业5000人。', 'annual_tasks'],
      ['去年全县新增就业5200人。', 'review_last_year'],
      ['城镇调查失业率为4.8%。', 'review_last_year'],
    ],
  );
});
