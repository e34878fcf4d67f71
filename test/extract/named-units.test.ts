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
