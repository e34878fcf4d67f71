import { memo, packageFile } from './package-data.js';

/**
 * Characters that follow a figure written in digits: the single-character words the jieba dictionary (dict.txt in
 * @node-rs/jieba) tags m (numerals and the words counted with them: 万, 元, 年, 月, 日, 倍, 吨) or q (measure words,
 * 量词: 个, 家, 份, 名, 座). A rare character right after a digit stands for one of these far more often than for
 * anything else (1妜27日 is 1月27日).
 */
const figureWords = memo(() => {
  const codes = new Set<number>([...COUNTED_OTHERWISE].map((word) => word.charCodeAt(0)));
  for (const [, word] of packageFile('@node-rs/jieba/dict.txt').matchAll(/^(\S) \d+ [mq]$/gmu)) {
    if (word!.length === 1) codes.add(word!.charCodeAt(0));
  }
  return codes;
});

/**
 * Measure words that the jieba dictionary, giving each word one tag, tags by another use (条, 项, 人, 处, 期: n; 件,
 * 栋, 轮: zg; 所: c; 间: f; 起, 例: v; 届: d; 宗: nr; 本: r), though a figure is counted with them as often as with
 * 个 (10条道路, 4000人, 3所学校, 第2届): the 量词 of 现代汉语 grammars that counted things in a report take.
 */
const COUNTED_OTHERWISE = '条项人处期件栋轮所间起例届宗本头班';

/** Whether the character with this UTF-16 code is a word that follows a figure (see above). */
export const followsFigures = (code: number): boolean => figureWords().has(code);

/**
 * One-character names of units of measurement written with their multiplier (瓩 = 千瓦, 兛 = 千克, 粁 = 千米), as
 * texts before 1977 wrote them: the 1977 notice on unifying the characters of unit names (关于部分计量单位名称统一
 * 用字的通知) retired them for the two-character names. After a figure they are meant, not swapped (7,000瓩).
 */
const UNIT_CHARACTERS = '瓩瓸瓱兛兡兝兞粁粍糎竏呎吋哩浬';

export const isUnitCharacter = (character: string): boolean => UNIT_CHARACTERS.includes(character);
