import { DATE_DIGITS } from './tables/meta-cues.js';

/** 2021 / 二〇二一 / 二o二四 / 十二 / 二十三 / 一百 / 一百零五 → a number (the numbers of dates, terms, sessions, anniversaries). */
export function numberOf(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('百')) {
    const [hundreds, rest] = s.split('百');
    return (hundreds ? DATE_DIGITS[hundreds] : 1) * 100 + (rest ? numberOf(rest.replace(/^零/, '')) : 0);
  }
  if (!s.includes('十')) return Number([...s].map((c) => DATE_DIGITS[c] ?? 0).join(''));
  const [tens, ones] = s.split('十');
  return (tens ? DATE_DIGITS[tens] : 1) * 10 + (ones ? DATE_DIGITS[ones] : 0);
}
