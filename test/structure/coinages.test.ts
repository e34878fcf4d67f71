import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMetaRows, metaOf, type MetaRow } from '../helpers/meta.js';

// Words coined at a known time bound the year of a text that uses them (no report says 新时代文明实践 before 2019):
// a bound, not a year. Texts written for these tests in the style of excerpts of reports' plan parts.

const bounded: MetaRow[] = [
  {
    // an excerpt naming no year: none is guessed from its words
    input: '全面推进乡村振兴，新建新时代文明实践站30个。',
    expected: { year: undefined },
    warnings: ['year-missing'],
  },
  {
    // a year the words allow stands
    input: '2019年，全县将新建新时代文明实践站30个。',
    expected: { year: 2019 },
    noWarnings: ['year-era-conflict'],
  },
  {
    // a year before the words were coined is flagged
    input: '2015年，全县新建新时代文明实践站30个，今年将再建20个。',
    expected: { year: 2016 },
    confidence: { year: 'low' },
    warnings: ['year-era-conflict'],
  },
  {
    // a word coined after the meeting cited: the meeting's likely year is ruled out
    input: '深入贯彻党的十九大精神，新建新时代文明实践站30个。',
    expected: { year: undefined },
  },
];

const boundSaid: [input: string, bound: string | undefined][] = [
  ['全面推进乡村振兴，新建新时代文明实践站30个。', '不早于2019年'],
  ['深入推进供给侧结构性改革，新建标准化厂房10万平方米。', '不早于2016年'],
  // a word said before in another sense bounds nothing
  ['建设社会主义新农村，新建村级活动场所30个。', undefined],
  ['今年全县将新建学校5所。', undefined],
];

test('the words of a text bound its year', () => checkMetaRows(bounded));
test('a missing year says the bound its words give', () => {
  for (const [input, bound] of boundSaid) {
    const missing = metaOf(input).warnings.find((w) => w.ruleId === 'year-missing');
    assert.ok(missing, `year-missing for ${input}`);
    if (bound) assert.ok(missing.reason.includes(bound), `${missing.reason} says ${bound}`);
    else assert.ok(!missing.reason.includes('不早于'), `${missing.reason} says no bound`);
  }
});
