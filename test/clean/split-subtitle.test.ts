import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineBreaksPass } from '../../src/clean/passes/line-breaks.js';
import { assertEditsPointAtOriginal, runPass } from '../helpers/clean.js';

/**
 * The date line under a report's title, split in two by a page layout or a PDF column: the date and place, then
 * the session. The halves become one line, so the date, the congress and the region read together. Rows are
 * [input, cleaned text].
 */
const rows: [string, string][] = [
  [
    '政府工作报告\n\n2024年2月9日在临溪县\n\n第十五届人民代表大会第一次会议上\n\n县长 王某某',
    '政府工作报告\n\n2024年2月9日在临溪县第十五届人民代表大会第一次会议上\n\n县长 王某某',
  ],
  [
    '政府工作报告\n——2019年1月23日在临溪市第十四届人民代表大会第\n四次会议上\n市长 王某某',
    '政府工作报告\n——2019年1月23日在临溪市第十四届人民代表大会第四次会议上\n市长 王某某',
  ],
];

/** Lines that look like halves and are not. */
const unchanged: string[] = [
  // a whole date line, then the speaker
  '——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n县长 王某某\n各位代表：',
  // a page's time stamp above the session
  '2024年2月17日 10:26\n\n第十五届人民代表大会第一次会议上',
];

test('a date line split in two is one line', () => {
  for (const [input, expected] of rows) {
    const { text, edits } = runPass(lineBreaksPass, input);
    assert.equal(text, expected);
    assertEditsPointAtOriginal(input, edits);
  }
});

test('a whole date line or a time stamp is not joined', () => {
  for (const input of unchanged) assert.equal(runPass(lineBreaksPass, input).text, input);
});
