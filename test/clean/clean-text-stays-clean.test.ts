import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repair } from '../helpers/repair.js';

// Correct simplified work-report text written for this test, with rare but correct words and place names.
const paragraphs = [
  '过去一年，我们坚持稳中求进工作总基调，夯实发展基础，纾困惠企政策落地见效，新增减税降费十二亿元。' +
    '汾河流域生态保护修复持续推进，晋祠泉域水位稳步回升，盂县、娄烦县山区道路全线贯通。',
  '坚持有机旱作农业发展方向，建设高标准农田八万亩，粮食总产量稳定在二十亿斤以上。' +
    '深入开展雾霾治理，全年优良天数比例提高五个百分点，雾霾天气明显减少。',
  '发挥政府投资撬动作用，锚定高质量发展目标，推动成渝地区双城经济圈合作项目落地。' +
    '赓续红色血脉，踔厉奋发、笃行不怠，蹚出一条资源型地区转型发展的新路。',
  '加强忻州至太原城际铁路沿线规划，完善雄忻高铁配套设施；巩固拓展脱贫攻坚成果，防止规模性返贫。' +
    '全面加强政府自身建设，严禁懒政怠政，坚决整治形式主义、官僚主义。',
  // Rare standard characters standing alone in real words and names (a function word written inside some of them),
  // names outside the standard set the dictionary never saw, a place name of two such characters.
  '推广稻虾共作、稻鱼共生模式，做强钒钛新材料产业，沅江、澧水流域综合治理有序推进。' +
    '坚决破除烦苛之弊，鄌郚镇、凤翙路口改造完工，昌晟公司新建厂房投产。',
];

test('correct simplified work-report text gets no character repairs', () => {
  for (const paragraph of paragraphs) assert.deepEqual(repair(paragraph).edits, [], paragraph);
});
