import { memo, packageFile } from './package-data.js';

/**
 * Characters that follow a figure written in digits: the single-character words the jieba dictionary (dict.txt in
 * @node-rs/jieba) tags m (numerals and the words counted with them: 万, 元, 年, 月, 日, 倍, 吨) or q (measure words,
 * 量词: 个, 家, 份, 名, 座). A rare character right after a digit stands for one of these far more often than for
 * anything else (1妜27日 is 1月27日).
 */
const figureWords = memo(() => {
  const codes = new Set<number>();
  for (const [, word] of packageFile('@node-rs/jieba/dict.txt').matchAll(/^(\S) \d+ [mq]$/gmu)) {
    if (word!.length === 1) codes.add(word!.charCodeAt(0));
  }
  return codes;
});

/** Whether the character with this UTF-16 code is a word that follows a figure (see above). */
export const followsFigures = (code: number): boolean => figureWords().has(code);

/**
 * One-character names of units of measurement written with their multiplier (瓩 = 千瓦, 兛 = 千克, 粁 = 千米), as
 * texts before 1977 wrote them: the 1977 notice on unifying the characters of unit names (关于部分计量单位名称统一
 * 用字的通知) retired them for the two-character names. After a figure they are meant, not swapped (7,000瓩).
 */
const UNIT_CHARACTERS = '瓩瓸瓱兛兡兝兞粁粍糎竏呎吋哩浬';

export const isUnitCharacter = (character: string): boolean => UNIT_CHARACTERS.includes(character);
