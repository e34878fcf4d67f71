import { areaList } from '@vant/area-data';
import { ETHNIC_GROUPS } from './ethnic-groups.js';
import { prebuilt, stringMapForm } from '../../prebuilt.js';

/**
 * China's administrative divisions by GB/T 2260 code, from @vant/area-data (province_list, city_list,
 * county_list): which names are provinces, prefecture-level cities and county-level units, and their parents.
 */
export type Level = 'national' | 'province' | 'city' | 'county';

export interface Division {
  name: string;
  level: Exclude<Level, 'national'>;
  code: string;
  /** The parent division's name (a county's city, a city's province). */
  parent?: string;
}

/** The four municipalities directly under the central government report at province level. */
const MUNICIPALITY_CODES = new Set(['110000', '120000', '310000', '500000']);

/**
 * Entries of the table that are not governments with a people's congress (development zones, industrial parks,
 * management and demonstration areas, the generic 城区/郊区/东区 of address pickers): never a report's region, and
 * words of ordinary text.
 */
const NOT_A_GOVERNMENT = /开发区|高新区|工业园区|产业园区|管委会|管理区|示范区|实验区|直辖县级行政区划|^(?:城区|矿区|郊区|[东南西北中]区)$/;
/**
 * Governments whose names are also ordinary words (加快老城区污水管网建设, 中心城区和新城区): a mention is theirs only
 * where the text names their parent too (洛阳市老城区). Own analysis of the table's names against report text.
 */
export const ORDINARY_WORD_NAMES: ReadonlySet<string> = new Set(['老城区', '新城区']);
/** Taiwan, Hong Kong and Macao (codes 71, 81, 82) have no 政府工作报告 of this kind; their entries are left out. */
const OUTSIDE_THE_SYSTEM = /^(?:71|81|82)/;

/**
 * An autonomous prefecture, county or banner is written short, without its peoples: 临夏回族自治州 → 临夏州,
 * 长阳土家族自治县 → 长阳县.
 */
const PEOPLES = `(?:各族|(?:${ETHNIC_GROUPS.join('|')})族?)`;
const AUTONOMOUS = new RegExp(`^(.{2,}?)${PEOPLES}+自治(州|县|旗)$`);
/** …and in running text a province or prefecture goes without its peoples and ending: 宁夏, 西藏, 临夏. */
const SHORT_FORM = new RegExp(`^(.{2,}?)${PEOPLES}*自治(?:区|州)$`);

function build(): Map<string, Division[]> {
  const byName = new Map<string, Division[]>();
  const put = (name: string, d: Division) => byName.set(name, [...(byName.get(name) ?? []), d]);
  const add = (d: Division) => {
    if (NOT_A_GOVERNMENT.test(d.name) || OUTSIDE_THE_SYSTEM.test(d.code)) return;
    put(d.name, d);
    const short = AUTONOMOUS.exec(d.name);
    if (short) put(short[1] + short[2], d);
  };
  const { province_list, city_list, county_list } = areaList;
  for (const [code, name] of Object.entries(province_list)) add({ name, level: 'province', code });
  for (const [code, name] of Object.entries(city_list)) {
    const province = province_list[`${code.slice(0, 2)}0000`];
    if (MUNICIPALITY_CODES.has(`${code.slice(0, 2)}0000`)) continue; // 北京市 the city is 北京市 the province
    add({ name, level: 'city', code, parent: province });
  }
  for (const [code, name] of Object.entries(county_list)) {
    const city = city_list[`${code.slice(0, 4)}00`] ?? province_list[`${code.slice(0, 2)}0000`];
    add({ name, level: 'county', code, parent: city });
  }
  return byName;
}

/** The table by name, built at build time (src/prebuilt.ts): reading GB/T 2260's 3,000 names into it took a report's first analysis 25 ms. */
const index = prebuilt('divisions', build, stringMapForm<Division[]>());

/** The divisions with this exact name or short form (several counties share names across provinces). */
export function divisionsNamed(name: string): Division[] {
  return index().get(name) ?? [];
}

/** Two characters as one number, to look them up without making a string. */
const pairCode = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/** The lengths of the full names (three characters or more) ending in each pair of characters, longest first. */
let endings: Map<number, number[]> | undefined;
function lengthsByEnding(byName: Map<string, Division[]>): Map<number, number[]> {
  const lengths = new Map<number, number[]>();
  for (const name of byName.keys()) {
    if (name.length < 3 || name.length > NAME_MAX || !NAME_ENDS[name.charCodeAt(name.length - 1)]) continue;
    const key = pairCode(name, name.length - 2);
    const list = lengths.get(key) ?? [];
    if (!list.includes(name.length)) list.push(name.length);
    lengths.set(key, list);
  }
  for (const list of lengths.values()) list.sort((a, b) => b - a);
  return lengths;
}

/** A division name ends in one of these (GB/T 2260); 自治区/自治州 end in 区/州. By character code, as the scan asks at every character. */
const NAME_ENDS = codeSet('省市县区州盟旗');

/** A set of characters as a table by UTF-16 code. */
function codeSet(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
/** Names are this long at most (宁夏回族自治区, 黔东南苗族侗族自治州 and the like). */
const NAME_MAX = 12;

/**
 * Every division named in `text` by its full name, with how often and where first: at each name ending the longest
 * known name ending there (…宜昌市西陵区 counts 宜昌市 and 西陵区). Two-character names (沛县, 和县) are left to the
 * places that say a name stands there, being too often two ordinary characters.
 */
export function divisionsIn(text: string): Map<string, { count: number; first: number }> {
  const byName = index();
  endings ??= lengthsByEnding(byName);
  const found = new Map<string, { count: number; first: number }>();
  for (let i = 1; i < text.length; i++) {
    if (!NAME_ENDS[text.charCodeAt(i)]) continue;
    // only the lengths of the names ending in these two characters are tried (全市, 城市 and 市场 end none)
    for (const length of endings.get(pairCode(text, i - 1)) ?? []) {
      if (length > i + 1) continue;
      const name = text.slice(i + 1 - length, i + 1);
      if (!byName.has(name)) continue;
      const seen = found.get(name);
      if (seen) seen.count++;
      else found.set(name, { count: 1, first: i + 1 - length });
      break;
    }
  }
  return found;
}

/** Province and city names written without their ending in running text (遵义 for 遵义市, 宁夏 for 宁夏回族自治区). */
interface ShortIndex {
  /** Short name → the full name it stands for (a province before a city of the same short name). */
  names: Map<string, string>;
  /** The short names by their first two characters (as pairCode), longest first. */
  byStart: Map<number, string[]>;
  /** The characters a short name can start with (most characters of a text are not), by code. */
  firsts: Uint8Array;
}
let shortIndex: ShortIndex | undefined;

function buildShort(): ShortIndex {
  const names = new Map<string, string>();
  const levels = new Map<string, Level>();
  for (const divisions of index().values()) {
    for (const d of divisions) {
      if (d.level === 'county') continue;
      const short = (SHORT_FORM.exec(d.name)?.[1] ?? d.name).replace(/(?:省|市|地区|盟)$/, '');
      if (short.length < 2 || short === d.name) continue;
      if (names.has(short) && levels.get(short) === 'province') continue;
      names.set(short, d.name);
      levels.set(short, d.level);
    }
  }
  const byStart = new Map<number, string[]>();
  for (const short of names.keys()) byStart.set(pairCode(short, 0), [...(byStart.get(pairCode(short, 0)) ?? []), short]);
  for (const shorts of byStart.values()) shorts.sort((a, b) => b.length - a.length);
  return { names, byStart, firsts: codeSet([...names.keys()].map((short) => short[0])) };
}

/** Provinces and cities named short in `text`, with how often and where first, by full name. */
export function shortNamesIn(text: string): Map<string, { count: number; first: number }> {
  shortIndex ??= buildShort();
  const { names, byStart, firsts } = shortIndex;
  const found = new Map<string, { count: number; first: number }>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (!firsts[text.charCodeAt(i)]) continue;
    const short = byStart.get(pairCode(text, i))?.find((s) => text.startsWith(s, i));
    if (!short) continue;
    const name = names.get(short)!;
    const seen = found.get(name);
    if (seen) seen.count++;
    else found.set(name, { count: 1, first: i });
    i += short.length - 1;
  }
  return found;
}
