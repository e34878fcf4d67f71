import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract } from '../../src/extract/index.js';
import { pick } from '../helpers/extract.js';

/** The targets and milestones of a page (no report sections), read as a report of 2025. */
function listed(text: string) {
  return extract(structure(clean({ text }), { year: 2025 }))
    .commitments.filter((c) => c.kind === 'target' || c.kind === 'milestone')
    .map((c) => pick(c, ['kind', 'text', 'low', 'unit', 'deadline']));
}

/** [what the row shows, a page in the style of 民生实事 lists (our own text), the items expected] */
const rows: [string, string, Record<string, unknown>[]][] = [
  [
    'entries on one line keep their own times: one due by 国庆 does not make the next one so',
    '今年县政府将办好十件民生实事：国庆前建成县体育中心全民健身馆；为60岁以上老年人免费体检不少于3万人次；新建城市书房5个。',
    [
      { kind: 'milestone', text: '国庆前建成县体育中心全民健身馆', deadline: '2025-09-30' },
      { kind: 'target', text: '为60岁以上老年人免费体检不少于3万人次', low: 30000, unit: '人次', deadline: '2025-12-31' },
      { kind: 'target', text: '新建城市书房5个', low: 5, unit: '个', deadline: '2025-12-31' },
    ],
  ],
  [
    'a heading naming the list passes the report year to its entries; each quantity a target, a deliverable part without one a milestone',
    '2025年江南县民生实事项目\n\n一、新建社区食堂20个；建成县城第二水厂。\n二、为80周岁以上老年人发放高龄津贴。',
    [
      { kind: 'target', text: '新建社区食堂20个', low: 20, unit: '个', deadline: '2025-12-31' },
      { kind: 'milestone', text: '建成县城第二水厂', deadline: '2025-12-31' },
      { kind: 'milestone', text: '为80周岁以上老年人发放高龄津贴', deadline: '2025-12-31' },
    ],
  ],
  [
    'a sentence promising the list opens it, entries on one line after 这十件实事是：',
    '会上确定2025年为民兴办10件实事。这十件实事是：1.改造农村危旧房1200户。2.启动城东污水处理厂扩建工程。',
    [
      { kind: 'target', text: '改造农村危旧房1200户', low: 1200, unit: '户', deadline: '2025-12-31' },
      { kind: 'milestone', text: '启动城东污水处理厂扩建工程', deadline: '2025-12-31' },
    ],
  ],
  [
    'an open-ended part is a task, and so is completing what was set elsewhere; a quantified part gives only its targets',
    '今年，我们将继续办好十件实事：\n1、加快推进县医院迁建工程建设。\n2、完成上级下达的年度节能减排任务。\n3、建成乡镇卫生院3所，启动县妇幼保健院建设。',
    [{ kind: 'target', text: '建成乡镇卫生院3所', low: 3, unit: '所', deadline: '2025-12-31' }],
  ],
  [
    'a heading naming the year opens the numbered entries under it; an entry\'s title is no item; a part opening open-ended may go on to a deliverable of its own',
    '2025年\n江南这样干\n1、补齐医疗短板。推进县医院迁建工程，完成县中医院整体搬迁。\n2、扩大养老服务。新建养老服务中心3家。',
    [
      { kind: 'milestone', text: '完成县中医院整体搬迁', deadline: '2025-12-31' },
      { kind: 'target', text: '新建养老服务中心3家', low: 3, unit: '家', deadline: '2025-12-31' },
    ],
  ],
  [
    'entries on one line: a short one followed by the next entry is an entry, not a title',
    '今年确定兴办5件实事。这5件实事是：1.建成城南水厂。2.完成滨河公园改造工程。',
    [
      { kind: 'milestone', text: '建成城南水厂', deadline: '2025-12-31' },
      { kind: 'milestone', text: '完成滨河公园改造工程', deadline: '2025-12-31' },
    ],
  ],
  [
    'a part whose figure was stripped from the copy is no item',
    '2025年江南县民生实事项目\n\n一、新建城市书房处；建成县城第二水厂。',
    [{ kind: 'milestone', text: '建成县城第二水厂', deadline: '2025-12-31' }],
  ],
  [
    'a sentence among the entries that speaks of the list is a remark, not an entry',
    '江南县2025年十件民生实事公布\n\n日前，县政府公布了2025年十件民生实事。这是县政府连续第9年公开承诺办理民生实事。\n\n' +
      '一、建成县城第二水厂。\n\n县政府要求，各责任单位明确时限，确保各项实事于年底前全部完成。',
    [{ kind: 'milestone', text: '建成县城第二水厂', deadline: '2025-12-31' }],
  ],
  [
    'without a list, a deliverable needs an explicit time to be a milestone',
    '今年，全县将启动城东污水处理厂扩建工程，7月底前建成滨河绿道。',
    [{ kind: 'milestone', text: '7月底前建成滨河绿道', deadline: '2025-07-31' }],
  ],
  [
    'an entry followed by the note naming its unit is a whole entry, not the title of one',
    '江南县十大民生实事项目出炉\n日前，2025年江南县十大民生实事项目正式确定。具体如下：\n1.新建幼儿园3所（责任单位：县教育局）\n2.开通县城至西山景区旅游公交专线\n（责任单位：县交通运输局）',
    [
      { kind: 'target', text: '新建幼儿园3所', low: 3, unit: '所', deadline: '2025-12-31' },
      { kind: 'milestone', text: '开通县城至西山景区旅游公交专线', deadline: '2025-12-31' },
    ],
  ],
  [
    'a table flattened with pipes: its header row names columns, its time column gives each row its deadline',
    '江南区2025年民生实事项目\n序号|项目名称|主要内容|责任单位|完成时限\n1|学前教育|新增幼儿园学位1200个，新增托位300个|区教委|2025年9月\n2|环境治理|完成南湖调蓄工程主体建设|区水务局|2025年6月',
    [
      { kind: 'target', text: '1|学前教育|新增幼儿园学位1200个', low: 1200, unit: '个', deadline: '2025-09-30' },
      { kind: 'target', text: '新增托位300个|区教委|2025年9月', low: 300, unit: '个', deadline: '2025-09-30' },
      { kind: 'milestone', text: '2|环境治理|完成南湖调蓄工程主体建设|区水务局|2025年6月', deadline: '2025-06-30' },
    ],
  ],
  [
    'a remark that the units are to finish the list delivers nothing',
    '2025年我县为民办理的十件实事正式公布：①新建公办幼儿园2所；②建成城南污水处理厂。县政府要求，各责任单位要按时全面完成。',
    [
      { kind: 'target', text: '新建公办幼儿园2所', low: 2, unit: '所', deadline: '2025-12-31' },
      { kind: 'milestone', text: '建成城南污水处理厂', deadline: '2025-12-31' },
    ],
  ],
];

test('lists pass their year to their entries: quantities are targets, deliverables milestones, open-ended parts tasks', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(listed(text), expected, what);
});
