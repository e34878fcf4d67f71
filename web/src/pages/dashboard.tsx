/** 领导驾驶舱: red/amber/green, status by section and by unit, deadlines ahead, overdue, scorecards. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, query } from '../api';
import { Chart } from '../chart';
import { ledgerRecords, reportDocument, reportList, reportTitle } from '../data';
import { addDays, daysBetween, excerpt, formatDate, formatShare, todayLocal } from '../format';
import { RAG_COLORS, RAG_LABELS, RAG_OF, STATUS_COLORS, STATUS_LABELS, type Rag } from '../labels';
import { navigate } from '../router';
import { ErrorBox, Loading, PageTitle, Show, StatusBadge, useAsync } from '../ui';
import type { LedgerRecord, Report, Scorecard, StatusCode } from '../types';

type ScorecardData = { today: string; year: number; scorecards: Scorecard[] };

const TRACKED: StatusCode[] = ['done', 'on_track', 'at_risk', 'behind', 'overdue', 'missed', 'no_data'];
const RAGS: Rag[] = ['green', 'amber', 'red', 'none'];

interface Tracked {
  id: number;
  text: string;
  status: StatusCode;
  due?: string;
  unit: string;
}
function stacked(groups: Map<string, Record<StatusCode, number>>, horizontal: boolean) {
  const names = [...groups.keys()];
  const category = { type: 'category', data: names.map((n) => excerpt(n, 14)), axisLabel: { interval: 0 } };
  const value = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: horizontal ? 150 : 40, right: 20, top: 40, bottom: horizontal ? 20 : 60, containLabel: false },
    xAxis: horizontal ? value : { ...category, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: TRACKED.map((s) => ({
      name: STATUS_LABELS[s],
      type: 'bar',
      stack: 'all',
      itemStyle: { color: STATUS_COLORS[s] },
      data: names.map((n) => groups.get(n)![s]),
    })),
  };
}

const zero = (): Record<StatusCode, number> => ({ on_track: 0, at_risk: 0, behind: 0, done: 0, overdue: 0, missed: 0, no_data: 0, not_tracked: 0 });

function Board({ report, records, sections, cards }: { report: Report; records: Map<number, LedgerRecord>; sections?: Map<number, string>; cards?: ScorecardData }) {
  const [horizon, setHorizon] = useState<30 | 90>(30);
  const today = todayLocal();
  const tracked = useMemo(
    () =>
      [...records.values()]
        .filter((r) => r.status && r.status.code !== 'not_tracked' && r.reviewState !== 'rejected' && !r.stale)
        .map((r): Tracked => ({ id: r.id, text: r.text, status: r.status!.code as StatusCode, due: r.dueDate ?? undefined, unit: r.leadUnit?.name ?? '未分工' })),
    [records],
  );
  const computed = useMemo(() => {
    const rag: Record<Rag, number> = { green: 0, amber: 0, red: 0, none: 0, untracked: 0 };
    const byUnit = new Map<string, Record<StatusCode, number>>();
    for (const i of tracked) {
      rag[RAG_OF[i.status]]++;
      if (!byUnit.has(i.unit)) byUnit.set(i.unit, zero());
      byUnit.get(i.unit)![i.status]++;
    }
    const units = new Map([...byUnit.entries()].sort((a, b) => sum(b[1]) - sum(a[1])).slice(0, 25));
    const overdue = tracked.filter((i) => i.status === 'overdue').sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
    return { rag, byUnit: units, overdue };
  }, [tracked]);
  const bySection = useMemo(() => {
    if (!sections) return undefined;
    const m = new Map<string, Record<StatusCode, number>>();
    for (const i of tracked) {
      const sec = sections.get(i.id) ?? '（无章节）';
      if (!m.has(sec)) m.set(sec, zero());
      m.get(sec)![i.status]++;
    }
    return m;
  }, [tracked, sections]);
  const upcoming = useMemo(() => {
    const until = addDays(today, horizon);
    return tracked.filter((i) => i.due && i.due >= today && i.due <= until && i.status !== 'done').sort((a, b) => a.due!.localeCompare(b.due!));
  }, [tracked, horizon]);
  const count30 = tracked.filter((i) => i.due && i.due >= today && i.due <= addDays(today, 30) && i.status !== 'done').length;
  const total = tracked.length;
  const ragOption = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        label: { formatter: '{b}\n{c}' },
        data: RAGS.map((r) => ({ name: RAG_LABELS[r], value: computed.rag[r], itemStyle: { color: RAG_COLORS[r] } })),
      },
    ],
  };
  const cardList = (cards?.scorecards ?? []).slice().sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999));
  const scoreOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 150, right: 30, top: 10, bottom: 20 },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', inverse: true, data: cardList.slice(0, 20).map((c) => c.unitName) },
    series: [{ name: '得分', type: 'bar', data: cardList.slice(0, 20).map((c) => c.score ?? 0), itemStyle: { color: '#1565c0' } }],
  };
  return (
    <>
      <p class="muted">
        统计日：{formatDate(today)}；纳入督办 {total} 项（成绩类表述和已剔除的事项不计）。
      </p>
      <div class="rag-cards" role="list" aria-label="红黄绿灯">
        {RAGS.map((r) => (
          <div class={`rag-card rag-${r}`} role="listitem" key={r}>
            <div class="rag-num">{computed.rag[r]}</div>
            <div class="rag-label">{RAG_LABELS[r]}</div>
            <div class="rag-sub">
              {r === 'green' ? '进度正常、已完成' : r === 'amber' ? '存在风险、进度滞后' : r === 'red' ? '已逾期、未完成' : '本周期未报送'}
              {total ? `（${formatShare(computed.rag[r] / total)}）` : ''}
            </div>
          </div>
        ))}
        <div class="rag-card rag-due" role="listitem">
          <div class="rag-num">{count30}</div>
          <div class="rag-label">30 天内到期</div>
          <div class="rag-sub">尚未完成</div>
        </div>
      </div>
      <div class="grid-2">
        <section class="card">
          <h2>红黄绿灯</h2>
          <Chart option={ragOption} label={RAGS.map((r) => `${RAG_LABELS[r]}${computed.rag[r]}项`).join('，')} />
        </section>
        <section class="card">
          <h2>状态明细</h2>
          <table class="compact">
            <thead>
              <tr>
                <th scope="col">状态</th>
                <th scope="col">事项数</th>
              </tr>
            </thead>
            <tbody>
              {TRACKED.map((s) => (
                <tr key={s}>
                  <td>
                    <a href={`#/ledger?${query({ report: report.id, status: s }).slice(1)}`}>
                      <StatusBadge status={s} />
                    </a>
                  </td>
                  <td class="num">{tracked.filter((i) => i.status === s).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section class="card">
        <h2>按章节</h2>
        {bySection ? <Chart size="l" option={stacked(bySection, true)} label={`各章节事项状态，共 ${bySection.size} 个章节`} /> : <Loading what="章节数据" />}
      </section>
      <section class="card">
        <h2>按牵头单位</h2>
        <Chart size="l" option={stacked(computed.byUnit, true)} label={`各牵头单位事项状态，共 ${computed.byUnit.size} 个单位`} />
      </section>
      <div class="grid-2">
        <section class="card">
          <h2>即将到期</h2>
          <div class="segmented" role="group" aria-label="期限范围">
            <button type="button" aria-pressed={horizon === 30} onClick={() => setHorizon(30)}>
              30 天内
            </button>
            <button type="button" aria-pressed={horizon === 90} onClick={() => setHorizon(90)}>
              90 天内
            </button>
          </div>
          {upcoming.length === 0 ? <p class="empty">{horizon} 天内没有到期的未完成事项。</p> : null}
          <ul class="due-list">
            {upcoming.slice(0, 50).map((item) => (
              <li key={item.id}>
                <span class="due">{formatDate(item.due)}</span> <a href={`#/commitments/${item.id}`}>{excerpt(item.text, 40)}</a> <span class="muted">{item.unit}</span>{' '}
                <StatusBadge status={item.status} />
              </li>
            ))}
          </ul>
          {upcoming.length > 50 ? <p class="muted">另有 {upcoming.length - 50} 项，请在台账中按期限筛选。</p> : null}
        </section>
        <section class="card">
          <h2>逾期事项</h2>
          {computed.overdue.length === 0 ? <p class="empty">没有逾期事项。</p> : <p class="muted">共 {computed.overdue.length} 项，逾期最久的在前。</p>}
          <ul class="due-list">
            {computed.overdue.slice(0, 50).map((e) => (
              <li key={e.id}>
                <span class="late">逾期 {e.due ? daysBetween(e.due, today) : 0} 天</span> <a href={`#/commitments/${e.id}`}>{excerpt(e.text, 40)}</a> <span class="muted">{e.unit}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section class="card">
        <h2>单位考核{cards ? `（${cards.year}年）` : ''}</h2>
        {!cards ? (
          <Loading what="单位考核" />
        ) : cardList.length === 0 ? (
          <p class="empty">还没有分工到单位的事项。</p>
        ) : (
          <>
            <Chart size="l" option={scoreOption} label={`单位得分：${cardList.slice(0, 5).map((c) => `${c.unitName}${c.score ?? '无'}分`).join('，')}`} />
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">排名</th>
                    <th scope="col">单位</th>
                    <th scope="col">承担</th>
                    <th scope="col">已完成</th>
                    <th scope="col">完成率</th>
                    <th scope="col">按时率</th>
                    <th scope="col">逾期</th>
                    <th scope="col">报送及时率</th>
                    <th scope="col">得分</th>
                    <th scope="col">等次</th>
                  </tr>
                </thead>
                <tbody>
                  {cardList.map((c) => (
                    <tr key={c.unitId}>
                      <td class="num">{c.rank ?? ''}</td>
                      <td>
                        <a href={`#/ledger?${query({ report: report.id, unit: c.unitId }).slice(1)}`}>{c.unitName}</a>
                      </td>
                      <td class="num">{c.assigned}</td>
                      <td class="num">{c.done}</td>
                      <td class="num">{formatShare(c.completionRate)}</td>
                      <td class="num">{formatShare(c.onTimeRate)}</td>
                      <td class="num">{c.overdue}</td>
                      <td class="num">{formatShare(c.reportingTimeliness)}</td>
                      <td class="num">{c.score ?? '—'}</td>
                      <td>{c.grade ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <a class="button" href={`/api/scorecards${query({ report: report.id, format: 'csv' })}`} download>
                导出年度考核表（CSV）
              </a>
            </p>
          </>
        )}
      </section>
    </>
  );
}

const sum = (r: Record<StatusCode, number>) => Object.values(r).reduce((a, b) => a + b, 0);

export function DashboardPage({ reportId }: { reportId: string | null }) {
  const reports = useAsync(reportList, []);
  const chosen = reportId ? Number(reportId) : reports.data?.[0]?.id;
  // first what the cards and lists need (one request); then sections and scorecards, so the page is usable early
  const records = useAsync(async () => (chosen === undefined ? undefined : ledgerRecords(chosen)), [chosen]);
  const [more, setMore] = useState<{ sections?: Map<number, string>; cards?: ScorecardData; error?: unknown }>({});
  useEffect(() => {
    setMore({});
    if (chosen === undefined || !records.data) return;
    let live = true;
    get<ScorecardData>(`/api/scorecards${query({ report: chosen })}`).then(
      (cards) => live && setMore((m) => ({ ...m, cards })),
      (error) => live && setMore((m) => ({ ...m, error })),
    );
    reportDocument(chosen).then(
      (doc) => live && setMore((m) => ({ ...m, sections: new Map(doc.items.map((i) => [i.id, i.section ?? '（无章节）'])) })),
      (error) => live && setMore((m) => ({ ...m, error })),
    );
    return () => {
      live = false;
    };
  }, [chosen, records.data]);
  const report = reports.data?.find((r) => r.id === chosen);
  return (
    <section>
      <PageTitle>领导驾驶舱</PageTitle>
      <Show value={reports} what="报告">
        {(list) =>
          list.length === 0 ? (
            <p class="empty">
              还没有报告。<a href="#/import">导入一份政府工作报告</a>
            </p>
          ) : (
            <>
              <label class="inline">
                报告
                <select value={String(chosen ?? '')} onChange={(e) => navigate(`/dashboard?report=${e.currentTarget.value}`, true)}>
                  {list.map((r) => (
                    <option key={r.id} value={String(r.id)}>
                      {reportTitle(r)}
                    </option>
                  ))}
                </select>
              </label>
              {more.error ? <ErrorBox error={more.error} /> : null}
              {report ? <Show value={records} what="驾驶舱数据">{(d) => (d ? <Board report={report} records={d} sections={more.sections} cards={more.cards} /> : null)}</Show> : null}
            </>
          )
        }
      </Show>
    </section>
  );
}
