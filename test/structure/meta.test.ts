import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';

const meta = (text: string) => structure(clean({ text })).meta;

const rows: { input: string; expected: Record<string, unknown> }[] = [
  {
    input: '政府工作报告\n\n——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n县长　周明远\n\n各位代表：\n\n一、2023年工作回顾',
    expected: { region: '临溪县', level: 'county', year: 2024, date: '2024-01-16', session: '第十八届人民代表大会第四次会议', speaker: '县长 周明远' },
  },
  {
    // a prefecture-level city found in GB/T 2260, with its province
    input: '——2022年1月8日在石家庄市第十四届人民代表大会第一次会议上\n\n各位代表：\n\n现在，我代表市人民政府报告工作。',
    expected: { region: '石家庄市', level: 'city', parent: '河北省', year: 2022, date: '2022-01-08' },
  },
  {
    input: '——二〇二三年一月十二日在江西省第十四届人民代表大会第一次会议上\n\n各位代表：',
    expected: { region: '江西省', level: 'province', year: 2023, date: '2023-01-12' },
  },
  {
    // no date line: national from its congress, the year from the review heading
    input: '各位代表：\n\n现在，我代表国务院，向大会报告政府工作。\n\n一、2019年工作回顾\n\n全国经济运行总体平稳。',
    expected: { region: '全国', level: 'national', year: 2020 },
  },
  {
    // no date line, no heading: the year the review of last year talks about, plus one
    input: '各位代表：\n\n我代表国务院，向大会报告政府工作。刚刚过去的１９８４年，全国经济形势很好。1984年粮食增产。\n\n今年要继续努力。',
    expected: { region: '全国', level: 'national', year: 1985 },
  },
];

test('report metadata comes from the text', () => {
  for (const { input, expected } of rows) {
    const got = meta(input) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) assert.equal(got[k], v, `${k} of ${input.slice(0, 30)}`);
  }
});

test('no year is invented where the text gives none', () => {
  assert.equal(meta('各位代表：\n\n全县上下团结一心。').year, undefined);
});

test('fields a reader gives replace the inferred ones, are sure and no longer warned about; a field given as undefined is not given', () => {
  const text = '1月16日上午，青岭市第十五届人民代表大会第四次会议开幕，市长代表市人民政府作政府工作报告。报告回顾了去年的工作。';
  const inferred = structure(clean({ text })).meta;
  const corrected = structure(clean({ text }), { year: 2023, region: undefined }).meta;
  assert.equal(corrected.year, 2023);
  assert.equal(corrected.confidence.year, 'high');
  assert.equal(corrected.region, inferred.region);
  assert.equal(corrected.confidence.region, inferred.confidence.region);
  assert.ok(!corrected.warnings.some((w) => w.field === 'year'));
  const moved = structure(clean({ text }), { region: '绵阳市' }).meta;
  assert.deepEqual([moved.region, moved.level, moved.parent, moved.confidence.level], ['绵阳市', 'city', '四川省', 'high']);
  assert.equal(structure(clean({ text }), { region: '江南省' }).meta.level, inferred.level);
});
