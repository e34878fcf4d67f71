import { test } from 'node:test';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

/**
 * Where the region's name stands: a zone's committee names its report with the year between name and title
 * (某某新区2025年政府工作报告); a session named after 经 (经县人大会议票决: "by the county's congress") has no place
 * 经县. Texts are our own, in the style of zone portals and 民生实事 news.
 */
const rows: MetaRow[] = [
  {
    input: '临溪新区2025年政府工作报告（摘登）\n今年新区地区生产总值增长6%左右。',
    expected: { region: '临溪新区', level: 'county' },
  },
  {
    input: '青岭经济技术开发区2024年度政府工作报告\n各位代表：',
    expected: { region: '青岭经济技术开发区', level: 'county' },
  },
  {
    input: '长阳县2024年十大民生实事项目出炉\n日前，经县十六届人大三次会议票决，2024年长阳县十大民生实事项目正式确定。',
    expected: { region: '长阳县', level: 'county' },
  },
];

test('a zone\'s report title and a session after 经 name the region right', () => {
  checkMetaRows(rows);
});
