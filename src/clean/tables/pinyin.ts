/**
 * The letters of Hanyu Pinyin as written in annotations such as 簡(jiǎn)稱(chēng): plain Latin letters,
 * ü, and the tone-marked vowels. Source: GB/T 16159 (汉语拼音正词法基本规则) and the Pinyin scheme's tone marks.
 */
export const TONE_MARKED_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
export const PINYIN_LETTERS = `a-zü${TONE_MARKED_VOWELS}`;
