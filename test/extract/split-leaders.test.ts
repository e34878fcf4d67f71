import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowsOf, tasksOf, type Row } from '../helpers/split.js';

/** [layout, text, tasks as text, lead, cooperating, leaders] */
const cases: [name: string, text: string, expected: Row[]][] = [
  [
    'tasks grouped under headings naming their leader (title then name, name then title, 常务, 同志)',
    '一、县长 周立群（2项）\n1.地区生产总值增长6%左右。（牵头单位：县发改局）\n' +
      '二、常务副县长 吴海涛\n2.完成县城供水管网改造40公里。（牵头单位：县水务局）\n' +
      '三、郑晓雯副县长负责的工作\n3.新建乡镇卫生院2所。（牵头单位：县卫健委）\n' +
      '四、冯立同志（副县长）\n4.新建城东公园。（牵头单位：县住建局）\n',
    [
      ['地区生产总值增长6%左右', ['县发改局'], [], ['县长 周立群']],
      ['完成县城供水管网改造40公里', ['县水务局'], [], ['常务副县长 吴海涛']],
      ['新建乡镇卫生院2所', ['县卫健委'], [], ['副县长 郑晓雯']],
      ['新建城东公园', ['县住建局'], [], ['副县长 冯立']],
    ],
  ],
  [
    'labelled pairs under each task: 责任领导 and 责任单位',
    '1.全年新开工亿元以上项目80个。\n\n责任领导：赵明远\n\n责任单位：县发改局\n\n2.新增城镇就业岗位1200个。\n\n责任领导：钱红、孙立新\n\n责任单位：县人社局\n',
    [
      ['全年新开工亿元以上项目80个', ['县发改局'], [], ['赵明远']],
      ['新增城镇就业岗位1200个', ['县人社局'], [], ['钱红', '孙立新']],
    ],
  ],
  [
    'a task before the first leader heading has no leader; a task naming its own keeps it',
    '1.深化“放管服”改革。（牵头单位：县政务服务中心）\n一、副县长 王某\n2.新建幼儿园3所。（牵头单位：县教育局；责任领导：李某）\n3.改造老旧小区20个。（牵头单位：县住建局）\n',
    [
      ['深化“放管服”改革', ['县政务服务中心'], [], []],
      ['新建幼儿园3所', ['县教育局'], [], ['李某']],
      ['改造老旧小区20个', ['县住建局'], [], ['副县长 王某']],
    ],
  ],
];

test('leaders: headings over their tasks, labelled lines, notes', () => {
  for (const [name, text, expected] of cases) assert.deepEqual(rowsOf(tasksOf(text), true), expected, name);
});
