/** 领导驾驶舱: red/amber/green, status by section and by unit, deadlines ahead, overdue, scorecards. */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { get, query } from '../api';
import { Chart } from '../chart';
import { reportList } from '../data';
import { addDays, excerpt, formatDate, formatShare } from '../format';
import { RAG_COLORS, RAG_LABELS, STATUS_COLORS, STATUS_LABELS } from '../labels';
import { navigate } from '../router';
import { isSupervisor, PageTitle, ReportChoice, Show, StatusBadge, useAsync, useSession } from '../ui';
import type { DashboardData, DashboardEntry, Report, Scorecard, Tally, TrackedStatus } from '../types';

const NOT_RATED_NOTE = '年中尚无可评定的指标（没有到期事项、也没有应报送的进展）的单位暂不评定，不排名。';

const TRACKED: TrackedStatus[] = ['done', 'pending_closure', 'on_track', 'at_risk', 'behind', 'overdue', 'missed', 'no_data'];
const RAGS: ('green' | 'amber' | 'red' | 'none')[] = ['green', 'amber', 'red', 'none'];
const NO_SECTION = '（无章节）';

function stacked(groups: { name: string; tally: Tally }[], horizontal: boolean) {
  const category = { type: 'category', data: groups.map((g) => excerpt(g.name, 14)), axisLabel: { interval: 0 } };
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
      data: groups.map((g) => g.tally.statuses[s]),
    })),
  };
}

/** Scorecards in rank order; units not rated yet (no basis for any rate) last. */
const ranked = (cards: Scorecard[]) => cards.slice().sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unitId - b.unitId);

/** The lights as cards: each colour's count and share, the items due within 30 days, the requests waiting. */
function RagCards({ data }: { data: DashboardData }) {
  const rag = data.overall.rag;
  const total = data.overall.total;
  return (
    <div class="rag-cards" role="list" aria-label="红黄绿灯">
      {RAGS.map((r) => (
        <div class={`rag-card rag-${r}`} role="listitem" key={r}>
          <div class="rag-num">{rag[r]}</div>
          <div class="rag-label">{RAG_LABELS[r]}</div>
          <div class="rag-sub">
            {r === 'green' ? '进度正常、已完成、待审核办结' : r === 'amber' ? '存在风险、进度滞后' : r === 'red' ? '已逾期、未完成' : '本周期未报送'}
            {total ? `（${formatShare(rag[r] / total)}）` : ''}
          </div>
        </div>
      ))}
      <div class="rag-card rag-due" role="listitem">
        <div class="rag-num">{data.due30.count}</div>
        <div class="rag-label">30 天内到期</div>
        <div class="rag-sub">尚未完成</div>
      </div>
      <a class="rag-card rag-due rag-requests" role="listitem" href="#/requests?state=pending">
        <div class="rag-num">{data.pendingRequests}</div>
        <div class="rag-label">待审批</div>
        <div class="rag-sub">办结、延期、调整申请</div>
      </a>
    </div>
  );
}

/** The lights as a pie, and each tracked status's count linking to the ledger filtered by it. */
function Lights({ report, data }: { report: Report; data: DashboardData }) {
  const rag = data.overall.rag;
  const ragOption = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        label: { formatter: '{b}\n{c}' },
        data: RAGS.map((r) => ({ name: RAG_LABELS[r], value: rag[r], itemStyle: { color: RAG_COLORS[r] } })),
      },
    ],
  };
  return (
    <div class="grid-2">
      <section class="card">
        <h2>红黄绿灯</h2>
        <Chart option={ragOption} label={RAGS.map((r) => `${RAG_LABELS[r]}${rag[r]}项`).join('，')} />
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
                <td class="num">{data.overall.statuses[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** Items by their date or lateness (`lead`), text, lead unit and status; what the list leaves out, in the ledger. */
function DueList({ list, lead, more }: { list: DashboardData['overdue']; lead: (item: DashboardEntry) => ComponentChildren; more: ComponentChildren }) {
  return (
    <>
      <ul class="due-list">
        {list.items.map((item) => (
          <li key={item.id}>
            {lead(item)} <a href={`#/commitments/${item.id}`}>{excerpt(item.text, 40)}</a> <span class="muted">{item.unitName ?? '未分工'}</span> <StatusBadge status={item.status} />
          </li>
        ))}
      </ul>
      {list.count > list.items.length ? (
        <p class="muted">
          另有 {list.count - list.items.length} 项，
          {more}。
        </p>
      ) : null}
    </>
  );
}

function Upcoming({ report, data }: { report: Report; data: DashboardData }) {
  const [horizon, setHorizon] = useState<30 | 90>(30);
  const today = data.today;
  const upcoming = horizon === 30 ? data.due30 : data.due90;
  return (
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
      {upcoming.count === 0 ? <p class="empty">{horizon} 天内没有到期的未完成事项。</p> : null}
      <DueList
        list={upcoming}
        lead={(item) => <span class="due">{formatDate(item.due)}</span>}
        more={<a href={`#/ledger?${query({ report: report.id, deadlineFrom: today, deadlineTo: addDays(today, horizon), sort: 'deadline', order: 'asc' }).slice(1)}`}>在台账中按期限查看</a>}
      />
    </section>
  );
}

function Overdue({ report, data }: { report: Report; data: DashboardData }) {
  return (
    <section class="card">
      <h2>逾期事项</h2>
      {data.overdue.count === 0 ? <p class="empty">没有逾期事项。</p> : <p class="muted">共 {data.overdue.count} 项（逾期未完成的任务和到期未达成的目标），逾期最久的在前。</p>}
      <DueList
        list={data.overdue}
        lead={(e) => <span class="late">逾期 {e.daysLate ?? 0} 天</span>}
        more={<a href={`#/ledger?${query({ report: report.id, status: 'overdue' }).slice(1)}`}>在台账中按状态查看</a>}
      />
    </section>
  );
}

/** 单位考核: the scores as bars (units rated so far), the scorecards as a table, and its CSV. */
function Scorecards({ report, data }: { report: Report; data: DashboardData }) {
  const cardList = ranked(data.scorecards);
  // a unit not rated yet has no bar (not a bar at 0)
  const rated = cardList.filter((c) => c.score !== undefined).slice(0, 20);
  const scoreOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 150, right: 30, top: 10, bottom: 20 },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', inverse: true, data: rated.map((c) => c.unitName) },
    series: [{ name: '得分', type: 'bar', data: rated.map((c) => c.score), itemStyle: { color: '#1565c0' } }],
  };
  return (
    <section class="card">
      <h2>单位考核（{data.year}年）</h2>
      {cardList.length === 0 ? (
        <p class="empty">还没有分工到单位的事项。</p>
      ) : (
        <>
          {rated.length ? (
            <Chart size="l" option={scoreOption} label={`单位得分：${rated.slice(0, 5).map((c) => `${c.unitName}${c.score}分`).join('，')}`} />
          ) : (
            <p class="muted">{NOT_RATED_NOTE}</p>
          )}
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
                  <th scope="col">延期次数</th>
                  <th scope="col">报送及时率</th>
                  <th scope="col">得分</th>
                  <th scope="col">等次</th>
                </tr>
              </thead>
              <tbody>
                {cardList.map((c) => (
                  <tr key={c.unitId}>
                    <td class="num">{c.rank ?? '—'}</td>
                    <td>
                      <a href={`#/ledger?${query({ report: report.id, unit: c.unitId }).slice(1)}`}>{c.unitName}</a>
                    </td>
                    <td class="num">{c.assigned}</td>
                    <td class="num">{c.done}</td>
                    <td class="num">{formatShare(c.completionRate)}</td>
                    <td class="num">{formatShare(c.onTimeRate)}</td>
                    <td class="num">{c.overdue}</td>
                    <td class="num">{c.extensions}</td>
                    <td class="num">{formatShare(c.reportingTimeliness)}</td>
                    <td class="num">{c.score ?? '—'}</td>
                    <td>{c.grade ?? '暂不评定'}</td>
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
  );
}

function Board({ report, data }: { report: Report; data: DashboardData }) {
  const bySection = useMemo(() => data.bySection.map((t) => ({ name: t.section ?? NO_SECTION, tally: t })), [data]);
  const byUnit = useMemo(() => data.byUnit.slice(0, 25).map((t) => ({ name: t.unitName, tally: t })), [data]);
  return (
    <>
      <p class="muted">
        统计日：{formatDate(data.today)}；纳入督办 {data.overall.total} 项（成绩类表述和已剔除的事项不计，共 {data.notTracked} 项）。
      </p>
      <RagCards data={data} />
      <Lights report={report} data={data} />
      <section class="card">
        <h2>按章节</h2>
        <Chart size="l" option={stacked(bySection, true)} label={`各章节事项状态，共 ${bySection.length} 个章节`} />
      </section>
      <section class="card">
        <h2>按牵头单位</h2>
        <Chart size="l" option={stacked(byUnit, true)} label={`各牵头单位事项状态，共 ${byUnit.length} 个单位`} />
      </section>
      <div class="grid-2">
        <Upcoming report={report} data={data} />
        <Overdue report={report} data={data} />
      </div>
      <Scorecards report={report} data={data} />
    </>
  );
}

export function DashboardPage({ reportId }: { reportId: string | null }) {
  const { user } = useSession();
  const reports = useAsync(reportList, []);
  const chosen = reportId ? Number(reportId) : reports.data?.[0]?.id;
  // everything the page draws comes in one request, computed by the server in one pass
  const data = useAsync(async () => (chosen === undefined ? undefined : get(`/api/dashboard${query({ report: chosen })}`)), [chosen]);
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
              <ReportChoice label="报告" inline reports={list} value={String(chosen ?? '')} onChange={(id) => navigate(`/dashboard?report=${id}`, true)} />
              {chosen !== undefined && isSupervisor(user) ? (
                <a class="button" href={`/api/exports/notice.docx${query({ report: chosen })}`} download>
                  生成上月督查通报（Word）
                </a>
              ) : null}
              {report ? <Show value={data} what="驾驶舱数据">{(d) => (d ? <Board report={report} data={d} /> : null)}</Show> : null}
            </>
          )
        }
      </Show>
    </section>
  );
}
