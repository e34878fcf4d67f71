import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, report } from '../helpers/extract.js';

test('units named after a task are kept on its items (task-split documents)', () => {
  const body =
    '全年实施重点项目120个，上半年开工建设溪南物流园。（牵头单位：县发改局；责任单位：县商务局、各乡镇人民政府）新建幼儿园3所。（牵头单位：县教育局）';
  const items = itemsOf(report('二、2024年工作安排', body));
  assert.deepEqual(
    items.map((c) => [c.text, c.lead_units, c.units]),
    [
      ['全年实施重点项目120个', ['县发改局'], ['县商务局', '各乡镇人民政府']],
      ['上半年开工建设溪南物流园', ['县发改局'], ['县商务局', '各乡镇人民政府']],
      ['新建幼儿园3所', ['县教育局'], undefined],
    ],
  );
});

test('the ways task-split documents name the units: brackets, short keys, 责任单位 alone (the first listed leads)', () => {
  const rows: [string, [string, string[] | undefined, string[] | undefined][]][] = [
    ['改造农村公路50公里【牵头：县交通运输局；配合：各乡镇人民政府】', [['改造农村公路50公里', ['县交通运输局'], ['各乡镇人民政府']]]],
    ['6月底前建成县人民医院新院区。（责任单位：县卫健委，县发改局）', [['6月底前建成县人民医院新院区', ['县卫健委'], ['县发改局']]]],
    ['新增停车泊位500个（责任单位：县城管局）', [['新增停车泊位500个', ['县城管局'], undefined]]],
    ['新建公办幼儿园2所。（牵头单位：县教育局；协办单位：县财政局）', [['新建公办幼儿园2所', ['县教育局'], ['县财政局']]]],
  ];
  for (const [body, expected] of rows) {
    assert.deepEqual(itemsOf(report('二、2024年工作安排', body)).map((c) => [c.text, c.lead_units, c.units]), expected, body);
  }
});
