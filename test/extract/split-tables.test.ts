import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowsOf, tasksOf, type Row } from '../helpers/split.js';

const TITLE = '青岭县2025年重点工作任务分解表\n\n';
/** One cell a line with a blank line between, as Word tables and pages with a paragraph per cell come out. */
const cellLines = (cells: string[]) => cells.join('\n\n') + '\n';

/** [layout, the table as text, its tasks as text, lead, cooperating, leaders, deadline] */
const cases: [name: string, text: string, expected: Row[]][] = [
  [
    'a row a line, cells split by tabs (a web page), an empty cell kept in its place',
    '序号\t重点工作任务\t牵头单位\t配合单位\t责任领导\t完成时限\n' +
      '1\t新建改建农村公路120公里\t县交通运输局\t县财政局、县自然资源局\t副县长 王某\t2025年11月30日前\n' +
      '2\t建成城北污水处理厂\t县住建局\t\t副县长 李某\t6月底前\n' +
      '3\t推进数字乡村试点\t\t县数据局\t副县长 李某\t年底前\n',
    [
      ['新建改建农村公路120公里', ['县交通运输局'], ['县财政局', '县自然资源局'], ['副县长 王某'], '2025-11-30'],
      ['建成城北污水处理厂', ['县住建局'], [], ['副县长 李某'], '2025-06-30'],
      ['推进数字乡村试点', [], ['县数据局'], ['副县长 李某'], '2025-12-31'],
    ],
  ],
  [
    'a row a line, columns aligned with spaces (a text copy), a row without its 配合单位',
    '序号    重点工作任务              牵头单位        配合单位              完成时限\n' +
      '1       新建改建农村公路120公里   县交通运输局    县财政局、县自然资源局  11月底前\n' +
      '2       建成城北污水处理厂        县住建局                              6月底前\n',
    [
      ['新建改建农村公路120公里', ['县交通运输局'], ['县财政局', '县自然资源局'], [], '2025-11-30'],
      ['建成城北污水处理厂', ['县住建局'], [], [], '2025-06-30'],
    ],
  ],
  [
    'one cell a line: several units in a cell, one a line; a 责任单位 column leads whole',
    cellLines(['序号', '民生实事', '责任单位', '完成时限', '1', '启动建设城东河道综合治理工程。', '县水务局', '县住建局', '12月底前', '2', '新建2座人行天桥。', '县住建局', '9月投入使用']),
    [
      ['启动建设城东河道综合治理工程', ['县水务局', '县住建局'], [], [], '2025-12-31'],
      ['新建2座人行天桥', ['县住建局'], [], [], '2025-09-30'],
    ],
  ],
  [
    'one cell a line: two unit columns, the second cell of units cooperating',
    cellLines(['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '1', '推进数字乡村试点。', '县农业农村局', '县数据局', '县供销社', '年底前']),
    [['推进数字乡村试点', ['县农业农村局'], ['县数据局', '县供销社'], [], '2025-12-31']],
  ],
  [
    'a row with two tasks beside one merged 责任单位 cell, each with its time',
    cellLines(['序号', '民生实事', '责任单位', '完成时限', '5', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', '12月底前', '6', '迁建县政务服务中心。', '县政务服务中心', '12月底前']),
    [
      ['开工建设县老年养护楼', ['县民政局'], [], [], '2025-05-31'],
      ['开工建设老年大学', ['县民政局'], [], [], '2025-12-31'],
      ['迁建县政务服务中心', ['县政务服务中心'], [], [], '2025-12-31'],
    ],
  ],
  [
    'a header of two rows: 责任单位 over 牵头单位 and 配合单位',
    '序号\t工作任务\t责任单位\t完成时限\n牵头单位\t配合单位\n1\t新建改建农村公路120公里\t县交通运输局\t县财政局\t2025年11月30日前\n',
    [['新建改建农村公路120公里', ['县交通运输局'], ['县财政局'], [], '2025-11-30']],
  ],
  [
    'a task cell of two paragraphs',
    cellLines(['序号', '工作任务', '牵头单位', '完成时限', '1', '实施城市更新行动，', '改造老旧小区30个', '县住建局', '年底前']),
    [['实施城市更新行动，改造老旧小区30个', ['县住建局'], [], [], '2025-12-31']],
  ],
  [
    'a 具体目标 column kept out of the task',
    cellLines(['序号', '工作任务', '具体目标', '牵头单位', '完成时限', '1', '推进数字乡村试点', '建设益农信息社20个', '县农业农村局', '长期坚持']),
    [['推进数字乡村试点', ['县农业农村局'], [], [], null]],
  ],
  [
    'a 责任单位 column before the task; a section heading row before the first row',
    cellLines(['序号', '责任单位', '工作任务', '完成时限', '一、民生实事', '1', '县住建局', '新建2座人行天桥。', '9月底前']),
    [['新建2座人行天桥', ['县住建局'], [], [], '2025-09-30']],
  ],
  [
    'a column luoshi does not read (类别) kept out of the task, in a row a line and a cell a line; 责任人 a leader',
    '序号\t类别\t重点工作\t责任单位\t责任人\t完成时间\n1\t项目建设\t新建改建农村公路120公里\t县交通运输局\t李某\t11月底前\n\n' +
      cellLines(['序号', '类别', '重点工作', '责任单位', '完成时间', '1', '项目建设', '建成城北污水处理厂', '县住建局', '6月底前']),
    [
      ['新建改建农村公路120公里', ['县交通运输局'], [], ['李某'], '2025-11-30'],
      ['建成城北污水处理厂', ['县住建局'], [], [], '2025-06-30'],
    ],
  ],
  [
    'a row without units shares the row above (a merged cell); the last row of an excerpt cut before its units is none',
    cellLines(['序号', '工作任务', '责任单位', '完成时限', '1', '新建2座人行天桥。', '县住建局', '9月底前', '2', '改造人行道5公里。', '10月底前', '3', '城区再新建1个农贸市场。']),
    [
      ['新建2座人行天桥', ['县住建局'], [], [], '2025-09-30'],
      ['改造人行道5公里', ['县住建局'], [], [], '2025-10-31'],
    ],
  ],
  [
    'the last row of an excerpt cut inside its units is none',
    cellLines(['序号', '工作任务', '责任单位', '完成时限', '1', '新建2座人行天桥。', '县住建局', '9月底前', '2', '改造人行道5公里。', '县住建局', '县城']),
    [['新建2座人行天桥', ['县住建局'], [], [], '2025-09-30']],
  ],
  [
    'the table ends: the notice after it (抄送, a signature and date, a share bar) gives no task nor unit',
    cellLines(['序号', '工作任务', '责任单位', '1', '建成城北污水处理厂。', '县住建局', '抄送：县委办公室，县人大常委会办公室。', '青岭县人民政府办公室', '2025年3月1日印发', '分享到：']),
    [['建成城北污水处理厂', ['县住建局'], [], [], null]],
  ],
  [
    'a line closing the notice after the table is no cut cell: the last row stays',
    cellLines(['序号', '工作任务', '责任单位', '1', '建成城北污水处理厂。', '县住建局', '（此件公开发布）']),
    [['建成城北污水处理厂', ['县住建局'], [], [], null]],
  ],
];

test('tasks from tables: a row a line or a cell a line, merged cells, two-row headers, the end of the table', () => {
  for (const [name, text, expected] of cases) assert.deepEqual(rowsOf(tasksOf(TITLE + text), true, true), expected, name);
});

test('a table of cells one a line in a page whose paragraphs are apart by blank lines', () => {
  const text =
    '各乡镇人民政府，县政府各部门：\n\n现将任务分解表印发给你们，请认真抓好落实。\n\n青岭县人民政府办公室\n\n2025年2月20日\n\n' +
    '序号\n民生实事\n责任单位\n完成时限\n1\n新建2座人行天桥。\n县住建局\n9月投入使用\n2\n启动县图书馆新馆建设。\n县文旅局\n县代建中心\n12月底前\n';
  assert.deepEqual(rowsOf(tasksOf(text), true, true), [
    ['新建2座人行天桥', ['县住建局'], [], [], '2025-09-30'],
    ['启动县图书馆新馆建设', ['县文旅局', '县代建中心'], [], [], '2025-12-31'],
  ]);
});

test('prose around a table keeps its own notes', () => {
  const text =
    TITLE +
    '一、重点项目\n1.全年实施重点项目150个。（牵头单位：县发改局）\n二、民生实事\n' +
    cellLines(['序号', '民生实事', '责任单位', '完成时限', '1', '新建2座人行天桥。', '县住建局', '9月底前']) +
    '三、其他工作\n2.深化“放管服”改革。（牵头单位：县政务服务中心）\n';
  assert.deepEqual(rowsOf(tasksOf(text)), [
    ['全年实施重点项目150个', ['县发改局'], []],
    ['新建2座人行天桥', ['县住建局'], []],
    ['深化“放管服”改革', ['县政务服务中心'], []],
  ]);
});
