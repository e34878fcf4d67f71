/** The ledger: commitments with filters, search, sorting, pages, bulk assignment and exports. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, get, query } from '../api';
import { levelAcross, reportDocument, reportList, reportTitle, unitList } from '../data';
import { formatDate, formatGoal } from '../format';
import { INDICATOR_NAMES, KIND_LABELS, KINDS, REVIEW_LABELS, STATUS_LABELS, STATUSES, indicatorName } from '../labels';
import { navigate } from '../router';
import { ErrorBox, FormResult, isSupervisor, KindBadge, Loading, PageTitle, StatusBadge, UnitSelect, useAsync, useSession } from '../ui';
import type { CommitmentListItem, Level, Unit } from '../types';

const PAGE = 50;
const FILTERS = ['report', 'kind', 'section', 'unit', 'status', 'deadlineFrom', 'deadlineTo', 'indicator', 'reviewState', 'q', 'sort', 'order'] as const;
type Filter = (typeof FILTERS)[number];

/** One filter of the ledger: a labelled list whose first choice means "any"; `onOpen` when the list is about to open. */
function FilterSelect(props: {
  label: string;
  any: string;
  value: string;
  options: readonly (readonly [value: string, text: string])[];
  onChange: (value: string) => void;
  disabled?: boolean;
  onOpen?: () => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} disabled={props.disabled} onFocus={props.onOpen} onMouseDown={props.onOpen} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{props.any}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The ledger's page of items; `selectable`: a box on each row and one for the page (the office's bulk actions). */
function LedgerTable(props: {
  items: CommitmentListItem[];
  page: number;
  selectable: boolean;
  selected: Set<number>;
  setSelected: (s: Set<number>) => void;
  levelOf: Map<number, Level | undefined>;
}) {
  const { items, page, selectable, selected, setSelected, levelOf } = props;
  const allOnPage = items.length > 0 && items.every((i) => selected.has(i.id));
  const toggle = (id: number) => {
    const s = new Set(selected);
    if (s.has(id)) s.delete(id);
    else s.add(id);
    setSelected(s);
  };
  return (
    <div class="table-wrap">
      <table class="ledger">
        <caption class="visually-hidden">任务台账，第 {page + 1} 页</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" class="check">
                <input
                  type="checkbox"
                  aria-label="全选本页"
                  checked={allOnPage}
                  onChange={() => setSelected(allOnPage ? new Set() : new Set(items.map((i) => i.id)))}
                />
              </th>
            ) : null}
            <th scope="col">编号</th>
            <th scope="col">类型</th>
            <th scope="col" class="wide">
              内容
            </th>
            <th scope="col">目标值</th>
            <th scope="col">期限</th>
            <th scope="col">章节</th>
            <th scope="col">牵头单位</th>
            <th scope="col">状态</th>
            <th scope="col">审核</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => {
            return (
              <tr key={c.id}>
                {selectable ? (
                  <td class="check">
                    <input type="checkbox" aria-label={`选择第 ${c.id} 项`} checked={selected.has(c.id)} onChange={() => toggle(c.id)} />
                  </td>
                ) : null}
                <td class="num">{c.id}</td>
                <td>
                  <KindBadge kind={c.kind} />
                </td>
                <td class="wide">
                  <a href={`#/commitments/${c.id}`}>{c.text}</a>
                  {c.indicator ? <span class="indicator">{indicatorName(c.indicator, levelOf.get(c.reportId))}</span> : null}
                </td>
                <td class="num">{formatGoal(c)}</td>
                <td class="nowrap">{formatDate(c.assignment?.deadline ?? c.deadline ?? c.period)}</td>
                <td class="section-cell">{c.section ?? ''}</td>
                <td>
                  {c.assignment?.leadUnitName ?? <span class="muted">未分工</span>}
                  {c.assignment?.leadUnitName && !c.assignment.confirmed ? <span class="muted">（待确认）</span> : null}
                </td>
                <td>
                  <StatusBadge status={c.status.status} />
                </td>
                <td>{REVIEW_LABELS[c.reviewState]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The office's actions on the chosen items: one lead unit (and deadline) for all, or merge them into one. */
function BulkActions(props: {
  shown: boolean;
  items: CommitmentListItem[];
  selected: Set<number>;
  setSelected: (s: Set<number>) => void;
  units: Unit[];
  onAssigned: () => void;
}) {
  const { shown, items, selected, setSelected, units, onAssigned } = props;
  const [bulkUnit, setBulkUnit] = useState('');
  const [bulkDeadline, setBulkDeadline] = useState('');
  const [bulkMessage, setBulkMessage] = useState('');
  const [bulkError, setBulkError] = useState<unknown>(null);
  const bulkAssign = async (e: Event) => {
    e.preventDefault();
    setBulkError(null);
    setBulkMessage('');
    try {
      const r = await api<{ assignments: unknown[] }>('POST', '/api/assignments/bulk', {
        items: [...selected].map((commitmentId) => ({ commitmentId, leadUnitId: Number(bulkUnit), confirmed: true, ...(bulkDeadline ? { deadline: bulkDeadline } : {}) })),
      });
      const unitName = units.find((u) => u.id === Number(bulkUnit))?.name ?? '';
      setBulkMessage(`已将 ${r.assignments.length} 项交由${unitName}牵头。`);
      setSelected(new Set());
      onAssigned();
    } catch (err) {
      setBulkError(err);
    }
  };

  /** 合并: the selected items, one document's, into one item over their words (the office corrects its fields after). */
  const merge = async () => {
    setBulkError(null);
    setBulkMessage('');
    const chosen = items.filter((i) => selected.has(i.id));
    try {
      const merged = await api<{ id: number }>('POST', '/api/commitments/merge', { items: chosen.map(({ id, version }) => ({ id, version })), kind: chosen[0]!.kind });
      navigate(`/commitments/${merged.id}`);
    } catch (err) {
      setBulkError(err);
    }
  };

  return (
    <>
      {shown ? (
        <form class="bulk card" onSubmit={bulkAssign} aria-label="批量分工">
          <strong>已选 {selected.size} 项</strong>
          <label>
            牵头单位
            <UnitSelect required units={units} value={bulkUnit} onChange={setBulkUnit} none="请选择" />
          </label>
          <label>
            完成时限（可不填）
            <input type="date" value={bulkDeadline} onChange={(e) => setBulkDeadline(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">
            批量分工
          </button>
          <button type="button" onClick={merge} disabled={selected.size < 2 || items.filter((i) => selected.has(i.id)).length !== selected.size} title="同一文件中实为一项承诺的几项合为一项">
            合并为一项
          </button>
          <button type="button" class="link-button" onClick={() => setSelected(new Set())}>
            取消选择
          </button>
        </form>
      ) : null}
      <FormResult error={bulkError} failed="分工未保存" done={bulkMessage} />
    </>
  );
}

function Pager({ page, pages, go }: { page: number; pages: number; go: (page: number) => void }) {
  return (
    <nav class="pager" aria-label="分页">
      <button type="button" disabled={page === 0} onClick={() => go(page - 1)}>
        上一页
      </button>
      <span>
        第 {page + 1} / {pages} 页
      </span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => go(page + 1)}>
        下一页
      </button>
    </nav>
  );
}

export function LedgerPage({ query: q }: { query: URLSearchParams }) {
  const { user } = useSession();
  const f = Object.fromEntries(FILTERS.map((k) => [k, q.get(k) ?? ''])) as Record<Filter, string>;
  const page = Math.max(0, Number(q.get('page') ?? 0) || 0);
  const key = q.toString();
  const [search, setSearch] = useState(f.q);

  const set = (changes: Partial<Record<Filter | 'page', string>>) => {
    const next = new URLSearchParams(q);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    navigate(`/ledger?${next.toString()}`, true);
  };

  const data = useAsync(
    () =>
      get(
        `/api/commitments${query({
          report: f.report,
          kind: f.kind,
          section: f.section,
          unit: f.unit,
          status: f.status,
          deadlineFrom: f.deadlineFrom,
          deadlineTo: f.deadlineTo,
          indicator: f.indicator,
          reviewState: f.reviewState,
          q: f.q,
          sort: f.sort,
          order: f.order,
          limit: PAGE,
          offset: page * PAGE,
        })}`,
      ),
    [key],
  );
  const reports = useAsync(reportList, []);
  const levelOf = useMemo(() => new Map((reports.data ?? []).map((r) => [r.id, r.government?.level])), [reports.data]);
  const units = useAsync(() => unitList(), []);
  // the section headings come with the report's document: loaded when the list is first opened (or a section is chosen)
  const [wantSections, setWantSections] = useState(Boolean(f.section));
  const sections = useAsync(
    async () => (f.report && wantSections ? (await reportDocument(Number(f.report))).structure.sections.map((s) => s.heading) : f.section ? [f.section] : []),
    [f.report, wantSections],
  );
  const [selected, setSelected] = useState<Set<number>>(new Set());
  useEffect(() => setSelected(new Set()), [key]);

  const items = data.data?.items ?? [];
  const exportQuery = query({ report: f.report });
  const total = data.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const indicatorOptions = useMemo(() => {
    const level = levelAcross(reports.data ?? []);
    return Object.keys(INDICATOR_NAMES).map((id) => [id, indicatorName(id, level)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1], 'zh-CN'));
  }, [reports.data]);

  return (
    <section>
      <PageTitle sub="筛选、搜索、排序；勾选后批量明确牵头单位；导出任务分解表。">任务台账</PageTitle>
      <form
        class="filters card"
        aria-label="筛选条件"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: search.trim() });
        }}
      >
        <FilterSelect label="报告" any="全部报告" value={f.report} onChange={(report) => set({ report, section: '' })} options={(reports.data ?? []).map((r) => [String(r.id), reportTitle(r)])} />
        <FilterSelect label="类型" any="全部类型" value={f.kind} onChange={(kind) => set({ kind })} options={KINDS.map((k) => [k, KIND_LABELS[k]])} />
        <FilterSelect
          label="章节"
          any={f.report ? '全部章节' : '（先选报告）'}
          value={f.section}
          onChange={(section) => set({ section })}
          options={(sections.data ?? []).map((s) => [s, s])}
          disabled={!f.report}
          onOpen={() => setWantSections(true)}
        />
        <FilterSelect label="责任单位" any="全部单位" value={f.unit} onChange={(unit) => set({ unit })} options={(units.data ?? []).map((u) => [String(u.id), u.name])} />
        <FilterSelect label="状态" any="全部状态" value={f.status} onChange={(status) => set({ status })} options={STATUSES.map((s) => [s, STATUS_LABELS[s]])} />
        <FilterSelect label="指标" any="全部指标" value={f.indicator} onChange={(indicator) => set({ indicator })} options={indicatorOptions} />
        <label>
          期限自
          <input type="date" value={f.deadlineFrom} onChange={(e) => set({ deadlineFrom: e.currentTarget.value })} />
        </label>
        <label>
          期限至
          <input type="date" value={f.deadlineTo} onChange={(e) => set({ deadlineTo: e.currentTarget.value })} />
        </label>
        <FilterSelect label="审核" any="全部" value={f.reviewState} onChange={(reviewState) => set({ reviewState })} options={Object.entries(REVIEW_LABELS)} />
        <label>
          排序
          <select
            value={`${f.sort}:${f.order}`}
            onChange={(e) => {
              const [sort = '', order = ''] = e.currentTarget.value.split(':');
              set({ sort, order });
            }}
          >
            <option value=":">报告顺序</option>
            <option value="deadline:asc">期限由近到远</option>
            <option value="deadline:desc">期限由远到近</option>
            <option value="updated:desc">最近修改</option>
            <option value="id:asc">编号</option>
          </select>
        </label>
        <div class="search">
          <label>
            搜索
            <input type="search" value={search} placeholder="事项或章节中的文字" onInput={(e) => setSearch(e.currentTarget.value)} />
          </label>
          <button type="submit">搜索</button>
          {key ? (
            <button type="button" class="link-button" onClick={() => navigate('/ledger', true)}>
              清除筛选
            </button>
          ) : null}
        </div>
      </form>

      <div class="toolbar">
        <a class="button" href={`/api/exports/tasks.xlsx${exportQuery}`} download>
          导出任务分解表（Excel）
        </a>
        <a class="button" href={`/api/exports/ledger.csv${exportQuery}`} download>
          导出台账（CSV）
        </a>
        <span class="muted" role="status" aria-live="polite">
          {data.loading ? '正在查询…' : `共 ${total} 项`}
        </span>
      </div>

      <BulkActions
        shown={isSupervisor(user) && selected.size > 0}
        items={items}
        selected={selected}
        setSelected={setSelected}
        units={units.data ?? []}
        onAssigned={data.reload}
      />

      {data.error ? <ErrorBox error={data.error} /> : null}
      {!data.data && !data.error ? <Loading what="台账" /> : null}
      {data.data ? (
        items.length === 0 ? (
          <p class="empty">没有符合条件的事项。</p>
        ) : (
          <LedgerTable items={items} page={page} selectable={isSupervisor(user)} selected={selected} setSelected={setSelected} levelOf={levelOf} />
        )
      ) : null}
      {total > PAGE ? <Pager page={page} pages={pages} go={(p) => set({ page: String(p) })} /> : null}
    </section>
  );
}
