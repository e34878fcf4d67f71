/**
 * Comparison: one indicator's targets and results across governments or years — each target (from its year's report)
 * with the next report's preliminary figure and the bulletin's final one, as the ledger's verification kept them —
 * as a chart and a table, missed targets marked in both.
 */
import { useMemo } from 'preact/hooks';
import { get, query } from '../api';
import { Chart } from '../chart';
import { levelAcross, reportList } from '../data';
import { formatGoal, formatNumber, formatValue } from '../format';
import { INDICATOR_NAMES, indicatorName } from '../labels';
import { navigate } from '../router';
import { PageTitle, Show, useAsync, VerdictBadge } from '../ui';
import type { DatasetRow } from '../types';

/** The colour missed targets are marked with (the verdict badge's). */
const MISSED = '#c62828';

/** A target's one figure for the chart: a range's middle. */
const goalValue = (r: DatasetRow) => (r.low !== null && r.high !== null ? (r.low + r.high) / 2 : (r.low ?? r.high ?? undefined));
/** The result the verdict is from: the bulletin's, else the next report's. */
const resultOf = (r: DatasetRow) => r.final ?? r.preliminary;

/** A target of its report's year, not of a plan period (到2025年). */
const annual = (r: DatasetRow) => r.deadline === null || r.deadline.startsWith(String(r.year));

/** One row per government and year: its first target of the indicator for that year, else its first at all. */
function byGovernmentYear(rows: DatasetRow[]): DatasetRow[] {
  const seen = new Map<string, DatasetRow>();
  for (const r of rows) {
    const key = `${r.government}|${r.year}`;
    const kept = seen.get(key);
    if (!kept || (!annual(kept) && annual(r))) seen.set(key, r);
  }
  return [...seen.values()].sort((a, b) => a.government.localeCompare(b.government, 'zh-CN') || a.year - b.year);
}

/** A result's value for the chart, a missed target's drawn red. */
function resultPoint(r: DatasetRow | undefined, marked: object = {}) {
  const value = r ? (resultOf(r)?.value ?? null) : null;
  return r?.verdict === 'missed' && value !== null ? { value, ...marked, itemStyle: { color: MISSED } } : value;
}

const axes = (rows: DatasetRow[], categories: string[]) => ({
  tooltip: { trigger: 'axis' },
  legend: { type: 'scroll', top: 0 },
  grid: { left: 60, right: 20, top: 40, bottom: 30 },
  xAxis: { type: 'category', data: categories },
  yAxis: { type: 'value', name: rows.find((r) => r.unit)?.unit ?? '', axisLabel: { formatter: (v: number) => formatNumber(v) } },
});

/** One year: the governments side by side, a bar for the target and one for the result. */
const acrossGovernments = (rows: DatasetRow[]) => ({
  ...axes(rows, rows.map((r) => r.government)),
  series: [
    { name: '目标', type: 'bar', data: rows.map((r) => goalValue(r) ?? null) },
    { name: '实际', type: 'bar', data: rows.map((r) => resultPoint(r)) },
  ],
});

/** Several years: each government's targets (dashed) and results over the years. */
function acrossYears(rows: DatasetRow[], years: number[], governments: string[]) {
  const at = (government: string, year: number) => rows.find((r) => r.government === government && r.year === year);
  return {
    ...axes(rows, years.map((y) => `${y}年`)),
    series: governments.flatMap((government) => [
      { name: `${government} 目标`, type: 'line', lineStyle: { type: 'dashed' }, data: years.map((y) => { const r = at(government, y); return r ? (goalValue(r) ?? null) : null; }) },
      { name: `${government} 实际`, type: 'line', data: years.map((y) => resultPoint(at(government, y), { symbolSize: 12 })) },
    ]),
  };
}

export function ComparePage({ query: q }: { query: URLSearchParams }) {
  const indicator = q.get('indicator') ?? 'gdp_growth';
  const year = Number(q.get('year')) || undefined;
  const go = (changes: { indicator?: string; year?: number | undefined }) => navigate(`/compare${query({ indicator, year, ...changes })}`, true);
  const data = useAsync(() => Promise.all([reportList(), get(`/api/compare${query({ indicator })}`)]).then(([reports, { rows }]) => ({ reports, rows })), [indicator]);
  // the indicator as the reports on the page word it: a national page 国内生产总值, one across levels 生产总值
  const level = data.data ? levelAcross(data.data.reports) : 'mixed';
  const options = useMemo(() => Object.keys(INDICATOR_NAMES).map((id) => [id, indicatorName(id, level)] as const).sort((a, b) => a[1].localeCompare(b[1], 'zh-CN')), [level]);
  return (
    <section>
      <PageTitle sub="同一指标：各地的目标与实际，或一地历年的目标与实际。目标取自当年报告；实际取自核验记录：当年统计公报的最终数，没有时为次年报告的预计数。未实现的目标标为红色。">指标比较</PageTitle>
      <label class="inline">
        指标
        <select value={indicator} onChange={(e) => go({ indicator: e.currentTarget.value })}>
          {options.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <Show value={data} what="指标数据">
        {({ rows: all }) => {
          const every = byGovernmentYear(all);
          const rows = every.filter((r) => year === undefined || r.year === year);
          const name = indicatorName(indicator, level);
          const yearChoice = (
            <label class="inline">
              年份
              <select value={year === undefined ? '' : String(year)} onChange={(e) => go({ year: Number(e.currentTarget.value) || undefined })}>
                <option value="">历年（各地逐年比较）</option>
                {[...new Set(every.map((r) => r.year))].sort((a, b) => b - a).map((y) => (
                  <option key={y} value={String(y)}>
                    {y}年（各地比较）
                  </option>
                ))}
              </select>
            </label>
          );
          if (rows.length === 0) return <>{yearChoice}<p class="empty">台账中还没有“{name}”的目标。</p></>;
          const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
          const governments = [...new Set(rows.map((r) => r.government))];
          const missed = rows.filter((r) => r.verdict === 'missed').length;
          const option = years.length === 1 ? acrossGovernments(rows) : acrossYears(rows, years, governments);
          return (
            <>
              {yearChoice}
              <section class="card">
                <Chart option={option} label={`${name}：${governments.length} 个地区，${years.length} 个年份的目标与实际，${missed} 项未实现`} />
              </section>
              <div class="table-wrap">
                <table class="compare">
                  <thead>
                    <tr>
                      <th scope="col">地区</th>
                      <th scope="col">年份</th>
                      <th scope="col">目标</th>
                      <th scope="col">预计数（次年报告）</th>
                      <th scope="col">最终数（统计公报）</th>
                      <th scope="col">核验结论</th>
                      <th scope="col">目标原文</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.commitmentId} class={r.verdict === 'missed' ? 'missed' : undefined}>
                        <td>{r.government}</td>
                        <td>{r.year}年</td>
                        <td class="num">{formatGoal(r) || '—'}</td>
                        <td class="num">{formatValue(r.preliminary?.value, r.preliminary?.unit) || '—'}</td>
                        <td class="num">{formatValue(r.final?.value, r.final?.unit) || '—'}</td>
                        <td>{r.verdict ? <VerdictBadge verdict={r.verdict} /> : <span class="muted">未核验</span>}</td>
                        <td>
                          <a href={`#/commitments/${r.commitmentId}`}>{r.text}</a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Show>
    </section>
  );
}
