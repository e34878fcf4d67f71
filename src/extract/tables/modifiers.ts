/**
 * Words around a number that qualify it, and the op each gives (the op list of the gold format,
 * spec/gold-format.md "op"; the words are those of work reports: 不少于3所, 控制在4.5%以内, 2000多名, 向3000家目标奋进).
 */
import type { Op } from '../quantity/index.js';

/** Before the number. 控制在 is at_most for a target; the extractor decides for achievements (it is then exact). */
export const PREFIX_OPS: ReadonlyMap<string, Op> = new Map<string, Op>([
  ['不少于', 'at_least'], ['不低于', 'at_least'], ['至少', 'at_least'], ['超过', 'at_least'], ['超', 'at_least'],
  ['突破', 'at_least'], ['逾', 'at_least'], ['多于', 'at_least'], ['高于', 'at_least'], ['大于', 'at_least'],
  // a new level reached: 总量迈上4千亿元台阶, 跃上1.4万亿斤新台阶
  ['迈上', 'at_least'], ['跃上', 'at_least'], ['跨上', 'at_least'], ['站上', 'at_least'], ['迈过', 'at_least'],
  ['不超过', 'at_most'], ['不高于', 'at_most'], ['低于', 'at_most'], ['少于', 'at_most'], ['小于', 'at_most'],
  ['控制在', 'at_most'],
  ['约', 'about'], ['大约', 'about'], ['近', 'about'], ['将近', 'about'], ['接近', 'about'],
]);

/** After the number and its unit. 左右/上下 decide over any prefix (控制在3%左右 is about). */
export const SUFFIX_OPS: ReadonlyMap<string, Op> = new Map<string, Op>([
  ['以上', 'at_least'], ['及以上', 'at_least'],
  ['以下', 'at_most'], ['以内', 'at_most'], ['之内', 'at_most'],
  ['左右', 'about'], ['上下', 'about'],
]);

/** Between the number and its multiplier or unit: 2000多名, 200余万株, 1万余人 are at_least. */
export const INFIX_AT_LEAST: ReadonlySet<string> = new Set(['多', '余']);

/** "向 N … 迈进/奋进" aims at N: about. The goal word follows within a few characters (向3000家目标奋进). */
export const TOWARD_BEFORE: ReadonlySet<string> = new Set(['向', '朝']);
export const TOWARD_AFTER: readonly string[] = ['迈进', '奋进', '挺进'];
export const TOWARD_WINDOW = 6;

/** Marks joining the two ends of a range: 8%-8.5%, 6.0%—6.5%, 6%－6.5%, 8%至8.5%, 10到15个, 3~5个. */
export const RANGE_CONNECTORS: ReadonlySet<string> = new Set(['-', '－', '—', '–', '~', '～', '至', '到']);
