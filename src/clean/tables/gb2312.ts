import iconv from 'iconv-lite';
import { jsonForm, prebuilt } from '../../prebuilt.js';

/**
 * The 6,763 Han characters of GB 2312-80, the standard simplified character set (rows 16–87 of the
 * 94×94 code table, decoded with iconv-lite). A character in it is a normal simplified character even when
 * it also serves as a traditional form elsewhere (著, 乾, 覆), so the traditional pass leaves it alone.
 */
const characters = prebuilt('gb2312', () => {
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  return new Set(iconv.decode(Buffer.from(bytes), 'gb2312').replace(/[^\p{Script=Han}]/gu, ''));
}, jsonForm((set: Set<string>) => [...set].join(''), (characters: string) => new Set(characters)));

export const isGb2312 = (character: string): boolean => characters().has(character);
