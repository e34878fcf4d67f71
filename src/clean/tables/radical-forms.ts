/**
 * Radical forms written differently as a part than as a character (Unicode's CJK Radicals Supplement and the
 * Kangxi radical equivalents, reduced by hand to the forms the decomposition table uses). Unifying them lets
 * shapes be compared: 偠's part written 西/女 is 要 written 覀/女; 囷 (囗 + 禾) is 和 (禾 + 口) rearranged.
 */
const RADICAL_FORMS: Readonly<Record<string, string>> = {
  忄: '心', '⺗': '心',
  氵: '水', '⺡': '水', '氺': '水',
  亻: '人', '⺅': '人',
  扌: '手', '⺘': '手',
  纟: '糸', 糹: '糸', '⺯': '糸',
  钅: '金', 釒: '金', '⻐': '金',
  讠: '言', 訁: '言', '⻈': '言',
  饣: '食', 飠: '食', '⻠': '食',
  '⺮': '竹',
  艹: '艸', '⺿': '艸', '⻀': '艸',
  礻: '示', '⺬': '示',
  衤: '衣', '⻂': '衣',
  犭: '犬', '⺨': '犬',
  灬: '火', '⺣': '火',
  囗: '口',
  覀: '西', '⻃': '西',
  '⻊': '足', '𧾷': '足',
  牜: '牛', '⺧': '牛',
  刂: '刀', '⺉': '刀',
  攵: '攴', '⺙': '攴',
  '⻌': '辵', '⻍': '辵', 辶: '辵',
  '⺼': '肉',
};

/** The character a radical form stands for (忄 → 心); any other part unchanged. */
export const radicalForm = (part: string): string => RADICAL_FORMS[part] ?? part;

/** The 214 Kangxi radicals (U+2F00–U+2FD5, as the Han characters Unicode's NFKC maps them to). */
const KANGXI_RADICALS = new Set(Array.from({ length: 0x2fd6 - 0x2f00 }, (_, k) => String.fromCharCode(0x2f00 + k).normalize('NFKC')));

/** Whether a part is one of the Kangxi radicals, written as a character or as a radical form (山, 氵). */
export const isKangxiRadical = (part: string): boolean => KANGXI_RADICALS.has(radicalForm(part));
