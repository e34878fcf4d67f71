import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract } from '../../src/extract/index.js';

/** The milestones of a page (no report sections), read as a report of 2025. */
function milestones(text: string): string[] {
  return extract(structure(clean({ text }), { year: 2025 }))
    .commitments.filter((c) => c.kind === 'milestone')
    .map((c) => c.text);
}

/**
 * [what the row shows, a page in the style of 民生实事 news and report pages (our own text), the milestones]: where a
 * list ends, and the sentences among or after its entries that are no entry of it.
 */
const rows: [string, string, string[]][] = [
  [
    'entries after the colon in the opening paragraph end the list with it: the next numbered part is no entry',
    '（五）办好民生实事\n\n2025年，县政府将办好以下民生实事：建成县第二人民医院；开工建设城东污水处理厂。\n\n（六）统筹发展和安全，全力建设平安江南',
    ['建成县第二人民医院', '开工建设城东污水处理厂'],
  ],
  [
    '…nor a remark on the list after it',
    '今年的十件实事分别是：一是建成县第二人民医院；二是开通城乡公交专线。\n\n县政府负责人表示，十件实事将逐项明确牵头单位，年底前由人大代表测评。',
    ['建成县第二人民医院', '开通城乡公交专线'],
  ],
  [
    'entries that go on in sentences of the same paragraph stay the list’s',
    '据介绍，十件民生实事包括：一是新建村文化室10个；改造农村危房1000户。二是建设滨江路小游园。三是实现农场垃圾收运全覆盖。',
    ['建设滨江路小游园', '实现农场垃圾收运全覆盖'],
  ],
  [
    '…and in a copy with a line after every sentence',
    '据介绍，十件民生实事包括：一是新建村文化室10个；改造农村危房1000户。\n二是建设滨江路小游园。\n三是实现农场垃圾收运全覆盖。\n\n县政府负责人表示，年底前由人大代表测评。',
    ['建设滨江路小游园', '实现农场垃圾收运全覆盖'],
  ],
  [
    'entries on lines of their own after the opener stay the list’s, as before',
    '2025年县政府民生实事项目：\n\n1.建成县第二人民医院。\n2.开通城乡公交专线。',
    ['建成县第二人民医院', '开通城乡公交专线'],
  ],
  [
    'a sentence said to those who carry the list out is a remark, not an entry',
    '2025年县政府民生实事项目：\n\n1.建成县第二人民医院。\n2.开通城乡公交专线。\n\n各责任单位要按照“一个项目、一名领导”的要求，确保民生实事项目按期完成。',
    ['建成县第二人民医院', '开通城乡公交专线'],
  ],
  [
    '…also after who asks it of them',
    '2025年县政府民生实事项目：\n\n1.建成县第二人民医院。\n2.开通城乡公交专线。\n\n县政府要求，各有关部门年内全面完成。',
    ['建成县第二人民医院', '开通城乡公交专线'],
  ],
];

test('where a list ends, and what among it is no entry', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(milestones(text), expected, what);
});
