/** Comparison: one indicator across governments or years — targets (from each year's report) and results. */
import { useMemo } from 'preact/hooks';
import { get, query } from '../api';
import { Chart } from '../chart';
import { levelAcross, reportList } from '../data';
import { formatGoal, formatNumber, formatValue } from '../format';
import { INDICATOR_NAMES, indicatorName } from '../labels';
import { navigate } from '../router';
import { PageTitle, Show, useAsync } from '../ui';
import type { CommitmentWithStatus, Report } from '../types';

interface Row {
  region: string;
  year: number;
  target?: CommitmentWithStatus;
  result?: CommitmentWithStatus;
}

async function load(indicator: string) {
  const [reports, items] = await Promise.all([
    reportList(),
    (async () => {
      const out: CommitmentWithStatus[] = [];
      for (let offset = 0; offset < 5000; offset += 500) {
        const page = await get<{ items: CommitmentWithStatus[]; total: number }>(`/api/commitments${query({ indicator, limit: 500, offset })}`);
        out.push(...page.items);
        if (out.length >= page.total || page.items.length === 0) break;
      }
      return out;
    })(),
  ]);
  return { reports, items };
}

function rowsOf(reports: Report[], items: CommitmentWithStatus[]): Row[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const rows = new Map<string, Row>();
  const row = (region: string, year: number) => {
    const k = `${region}|${year}`;
    if (!rows.has(k)) rows.set(k, { region, year });
    return rows.get(k)!;
  };
  for (const c of items) {
    const r = byId.get(c.reportId);
    if (!r || c.stale || c.reviewState === 'rejected') continue;
    const region = r.government?.region ?? `报告${r.id}`;
    if (c.kind === 'target') {
      const year = Number((c.deadline ?? String(r.year)).slice(0, 4));
      if (year !== r.year) continue; // a plan-period target, not this year's
      const x = row(region, year);
      x.target ??= c;
    } else if (c.kind === 'achievement') {
      const year = Number((c.period ?? String(r.year - 1)).slice(0, 4));
      if (!Number.isFinite(year) || (c.period && c.period.length > 4 && c.period.includes('-'))) continue;
      const x = row(region, year);
      x.result ??= c;
    }
  }
  return [...rows.values()].sort((a, b) => a.region.localeCompare(b.region, 'zh-CN') || a.year - b.year);
}

export function ComparePage({ query: q }: { query: URLSearchParams }) {
  const indicator = q.get('indicator') ?? 'gdp_growth';
  const data = useAsync(() => load(indicator), [indicator]);
  // the indicator as the reports on the page word it: a national page 国内生产总值, one across levels 生产总值
  const level = data.data ? levelAcross(data.data.reports) : 'mixed';
  const options = useMemo(() => Object.keys(INDICATOR_NAMES).map((id) => [id, indicatorName(id, level)] as const).sort((a, b) => a[1].localeCompare(b[1], 'zh-CN')), [level]);
  return (
    <section>
      <PageTitle sub="同一指标：各地的目标与实际，或一地历年的目标与实际。目标取自当年报告，实际取自次年报告的回顾。">指标比较</PageTitle>
      <label class="inline">
        指标
        <select value={indicator} onChange={(e) => navigate(`/compare?indicator=${e.currentTarget.value}`, true)}>
          {options.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <Show value={data} what="指标数据">
        {({ reports, items }) => {
          const rows = rowsOf(reports, items);
          if (rows.length === 0) return <p class="empty">台账中还没有“{indicatorName(indicator, level)}”的目标或结果。</p>;
          const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
          const regions = [...new Set(rows.map((r) => r.region))];
          const valueOf = (c?: CommitmentWithStatus) => (c ? (c.low !== undefined && c.high !== undefined ? (c.low + c.high) / 2 : (c.low ?? c.high)) : undefined);
          const unit = items.find((c) => c.unit)?.unit ?? '';
          const option = {
            tooltip: { trigger: 'axis' },
            legend: { type: 'scroll', top: 0 },
            grid: { left: 60, right: 20, top: 40, bottom: 30 },
            xAxis: { type: 'category', data: years.map((y) => `${y}年`) },
            yAxis: { type: 'value', name: unit, axisLabel: { formatter: (v: number) => formatNumber(v) } },
            series: regions.flatMap((region) => [
              { name: `${region} 目标`, type: 'line', lineStyle: { type: 'dashed' }, data: years.map((y) => valueOf(rows.find((r) => r.region === region && r.year === y)?.target) ?? null) },
              { name: `${region} 实际`, type: 'line', data: years.map((y) => valueOf(rows.find((r) => r.region === region && r.year === y)?.result) ?? null) },
            ]),
          };
          return (
            <>
              <section class="card">
                <Chart option={option} label={`${indicatorName(indicator, level)}：${regions.length} 个地区，${years.length} 个年份的目标与实际`} />
              </section>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">地区</th>
                      <th scope="col">年份</th>
                      <th scope="col">目标</th>
                      <th scope="col">实际</th>
                      <th scope="col">目标原文</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={`${r.region}${r.year}`}>
                        <td>{r.region}</td>
                        <td>{r.year}年</td>
                        <td class="num">{r.target ? formatGoal(r.target) : '—'}</td>
                        <td class="num">{r.result && r.result.low !== undefined ? formatValue(r.result.low, r.result.unit) : '—'}</td>
                        <td>{r.target ? <a href={`#/commitments/${r.target.id}`}>{r.target.text}</a> : r.result ? <a href={`#/commitments/${r.result.id}`}>{r.result.text}</a> : ''}</td>
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
