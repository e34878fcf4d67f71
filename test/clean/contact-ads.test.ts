import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strayMarkersPass } from '../../src/clean/passes/stray-markers.js';
import { runPass } from '../helpers/clean.js';

/**
 * An advertisement a spam site put on a line of its own with a contact handle instead of a web address: the line
 * goes with its break. A sentence naming a 政务微信 keeps its line. Rows are our own.
 */
const rows: [input: string, text: string][] = [
  ['增长8%。\n【代开发票 全网最低 联系QQ 20241234 日赚300元】\n今年要新建学校5所。', '增长8%。\n今年要新建学校5所。'],
  ['新增就业1万人。\n加微信 abc6688 领取红包\n报告提出，', '新增就业1万人。\n报告提出，'],
  ['开通政务微信，受理群众诉求1.2万件。\n新建学校5所。', '开通政务微信，受理群众诉求1.2万件。\n新建学校5所。'],
  ['关注微信公众号了解更多', '关注微信公众号了解更多'],
];

test('a line advertising a contact handle is removed, a sentence naming one is not', () => {
  for (const [input, text] of rows) assert.equal(runPass(strayMarkersPass, input).text, text, input);
});
