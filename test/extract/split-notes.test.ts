import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowsOf, tasksOf, type Row } from '../helpers/split.js';

/** [a split's text, its tasks as text, lead, cooperating] */
const cases: [name: string, text: string, expected: Row[]][] = [
  [
    'a bracketed note after each task, the heading above left out',
    '一、稳住经济增长\n（一）全年实施重点项目150个。（牵头单位：县发改局；配合单位：县财政局、各乡镇人民政府）\n（二）新建溪南物流园。（牵头单位：县商务局）\n',
    [
      ['全年实施重点项目150个', ['县发改局'], ['县财政局', '各乡镇人民政府']],
      ['新建溪南物流园', ['县商务局'], []],
    ],
  ],
  [
    'short keys in square brackets, other names of the cooperating list',
    '1.改造农村公路50公里【牵头：县交通运输局；配合：各乡镇人民政府】\n2.新建公办幼儿园2所。（牵头单位：县教育局；协办单位：县财政局）\n3.建成城东体育公园。（牵头部门：县文旅局；参与单位：县住建局）\n',
    [
      ['改造农村公路50公里', ['县交通运输局'], ['各乡镇人民政府']],
      ['新建公办幼儿园2所', ['县教育局'], ['县财政局']],
      ['建成城东体育公园', ['县文旅局'], ['县住建局']],
    ],
  ],
  [
    'a 责任单位 line under each task, a blank line between',
    '一、主要预期目标\n\n1.地区生产总值增长6%左右。\n\n责任单位：县发改局\n\n2.城乡居民收入稳步增长，农民收入增速快于城镇居民。\n\n责任单位：县人社局、县农业农村局\n',
    [
      ['地区生产总值增长6%左右', ['县发改局'], []],
      ['城乡居民收入稳步增长，农民收入增速快于城镇居民', ['县人社局', '县农业农村局'], []],
    ],
  ],
  [
    'labelled lines under a task: 牵头单位 and 配合单位 on lines of their own',
    '（一）扩大有效投资\n1.全年新开工亿元以上项目80个。\n牵头单位：县发改局\n配合单位：县财政局、县自然资源局\n2.争取专项债券资金10亿元。\n牵头单位：县财政局\n',
    [
      ['全年新开工亿元以上项目80个', ['县发改局'], ['县财政局', '县自然资源局']],
      ['争取专项债券资金10亿元', ['县财政局'], []],
    ],
  ],
  [
    'units by what they do, without a label',
    '1.加快溪南物流园建设（县商务局牵头，县自然资源局、县住建局配合）\n2.推动消费持续恢复。（县发改局、县商务局牵头，县财政局等按职责分工负责）\n3.促进房地产市场平稳健康发展。（县住建局、县金融办牵头）\n',
    [
      ['加快溪南物流园建设', ['县商务局'], ['县自然资源局', '县住建局']],
      ['推动消费持续恢复', ['县发改局', '县商务局'], ['县财政局']],
      ['促进房地产市场平稳健康发展', ['县住建局', '县金融办'], []],
    ],
  ],
  [
    'notes in running text: two tasks on a line, a note without brackets',
    '1.新建幼儿园3所（牵头单位：县教育局）；改造老旧小区20个（牵头单位：县住建局）。\n2.办好县域职业教育。牵头单位：县教育局；配合单位：县人社局。\n',
    [
      ['新建幼儿园3所', ['县教育局'], []],
      ['改造老旧小区20个', ['县住建局'], []],
      ['办好县域职业教育', ['县教育局'], ['县人社局']],
    ],
  ],
  [
    'a task of two paragraphs before its note',
    '1.实施城市更新行动。\n完成老旧小区改造30个，新建停车泊位2000个。\n（牵头单位：县住建局）\n2.新建乡镇卫生院2所。（牵头单位：县卫健委）\n',
    [
      ['实施城市更新行动。完成老旧小区改造30个，新建停车泊位2000个', ['县住建局'], []],
      ['新建乡镇卫生院2所', ['县卫健委'], []],
    ],
  ],
  [
    'labels in square brackets; a list of units alone in brackets closing its task; a bracket about the text is none',
    '1.建成县档案馆。【牵头单位】县档案局【配合单位】县财政局\n2.全年实施重点项目150个（县发改局、县财政局）\n3.新建幼儿园3所（含民办园）。\n',
    [
      ['建成县档案馆', ['县档案局'], ['县财政局']],
      ['全年实施重点项目150个', ['县发改局', '县财政局'], []],
    ],
  ],
  [
    'an excerpt cut inside a task\'s units: that task is none (its units are not all there)',
    '1.新建幼儿园3所。（牵头单位：县教育局）\n2.改造老旧小区20个。（牵头单位：县住建局；配合单位：县财',
    [['新建幼儿园3所', ['县教育局'], []]],
  ],
  [
    'no task where units are mentioned without a label, or a label names no unit',
    '各牵头单位要切实履行牵头责任，各责任单位要根据职责分工抓好落实。\n（一）做好宣传工作（配合：做好政策解读）\n',
    [],
  ],
];

test('tasks and their units from the notes after them', () => {
  for (const [name, text, expected] of cases) assert.deepEqual(rowsOf(tasksOf(text)), expected, name);
});
