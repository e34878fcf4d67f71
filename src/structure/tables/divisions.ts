import { areaList } from '@vant/area-data';
import { ETHNIC_GROUPS } from './ethnic-groups.js';

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

let index: Map<string, Division[]> | undefined;

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

/** The divisions with this exact name or short form (several counties share names across provinces). */
export function divisionsNamed(name: string): Division[] {
  index ??= build();
  return index.get(name) ?? [];
}

/** A division name ends in one of these (GB/T 2260); 自治区/自治州 end in 区/州. */
const NAME_ENDS = new Set(['省', '市', '县', '区', '州', '盟', '旗']);
/** Names are this long at most (宁夏回族自治区, 黔东南苗族侗族自治州 and the like). */
const NAME_MAX = 12;

/**
 * Every division named in `text` by its full name, with how often and where first: at each name ending the longest
 * known name ending there (…宜昌市西陵区 counts 宜昌市 and 西陵区). Two-character names (沛县, 和县) are left to the
 * places that say a name stands there, being too often two ordinary characters.
 */
export function divisionsIn(text: string): Map<string, { count: number; first: number }> {
  index ??= build();
  const found = new Map<string, { count: number; first: number }>();
  for (let i = 0; i < text.length; i++) {
    if (!NAME_ENDS.has(text[i])) continue;
    for (let length = Math.min(NAME_MAX, i + 1); length >= 3; length--) {
      const name = text.slice(i + 1 - length, i + 1);
      if (!index.has(name)) continue;
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
  /** The short names by their first two characters, longest first. */
  byStart: Map<string, string[]>;
  /** The characters a short name can start with (most characters of a text are not). */
  firsts: Set<string>;
}
let shortIndex: ShortIndex | undefined;

function buildShort(): ShortIndex {
  index ??= build();
  const names = new Map<string, string>();
  const levels = new Map<string, Level>();
  for (const divisions of index.values()) {
    for (const d of divisions) {
      if (d.level === 'county') continue;
      const short = (SHORT_FORM.exec(d.name)?.[1] ?? d.name).replace(/(?:省|市|地区|盟)$/, '');
      if (short.length < 2 || short === d.name) continue;
      if (names.has(short) && levels.get(short) === 'province') continue;
      names.set(short, d.name);
      levels.set(short, d.level);
    }
  }
  const byStart = new Map<string, string[]>();
  for (const short of names.keys()) byStart.set(short.slice(0, 2), [...(byStart.get(short.slice(0, 2)) ?? []), short]);
  for (const shorts of byStart.values()) shorts.sort((a, b) => b.length - a.length);
  return { names, byStart, firsts: new Set([...names.keys()].map((short) => short[0])) };
}

/** Provinces and cities named short in `text`, with how often and where first, by full name. */
export function shortNamesIn(text: string): Map<string, { count: number; first: number }> {
  shortIndex ??= buildShort();
  const { names, byStart, firsts } = shortIndex;
  const found = new Map<string, { count: number; first: number }>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (!firsts.has(text[i])) continue;
    const short = byStart.get(text.slice(i, i + 2))?.find((s) => text.startsWith(s, i));
    if (!short) continue;
    const name = names.get(short)!;
    const seen = found.get(name);
    if (seen) seen.count++;
    else found.set(name, { count: 1, first: i });
    i += short.length - 1;
  }
  return found;
}
