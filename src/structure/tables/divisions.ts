import { areaList } from '@vant/area-data';

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

let index: Map<string, Division[]> | undefined;

function build(): Map<string, Division[]> {
  const byName = new Map<string, Division[]>();
  const add = (d: Division) => byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
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

/** The divisions with this exact name (several counties share names across provinces). */
export function divisionsNamed(name: string): Division[] {
  index ??= build();
  return index.get(name) ?? [];
}
