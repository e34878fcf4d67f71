/** Indicator names as the report words them: the national accounts' 国内生产总值, a region's 地区生产总值. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { indicatorName } from '../../web/src/labels.js';
import { levelAcross } from '../../web/src/data.js';
import type { Report } from '../../web/src/types.js';

const cases: [string, Parameters<typeof indicatorName>[1], string][] = [
  ['gdp_growth', 'national', '国内生产总值增速'],
  ['gdp_total', 'national', '国内生产总值'],
  ['gdp_growth', 'province', '地区生产总值增速'],
  ['gdp_growth', 'county', '地区生产总值增速'],
  ['gdp_growth', undefined, '地区生产总值增速'],
  ['gdp_growth', 'mixed', '生产总值增速'],
  ['gdp_per_capita', 'national', '人均国内生产总值'],
];

it('an indicator is named as a report of its level words it', () => {
  for (const [id, level, name] of cases) assert.equal(indicatorName(id, level), name, `${id} ${String(level)}`);
});

it('a page over reports of one level words indicators as they do; over several, neutrally', () => {
  const report = (id: number, level: 'national' | 'county') => ({ id, year: 2024, name: 'x', government: { id, region: 'x', level } }) as unknown as Report;
  assert.equal(levelAcross([report(1, 'national'), report(2, 'national')]), 'national');
  assert.equal(levelAcross([report(1, 'national'), report(2, 'county')]), 'mixed');
  assert.equal(levelAcross([]), 'mixed');
});
