/** One commitment: fields, source sentence, assignment, progress with evidence, chart, verification, history. */
import { useMemo, useState } from 'preact/hooks';
import { api, ApiFailure, get } from '../api';
import { Chart } from '../chart';
import { reportDocument, unitList } from '../data';
import { formatDate, formatDateTime, formatGoal, formatNumber, formatValue, localizeDates } from '../format';
import { sentenceAround } from '../highlight';
import { AUDIT_ACTIONS, INDICATOR_NAMES, KIND_LABELS, REQUEST_STATE_LABELS, REVIEW_LABELS, SECTION_ROLE_LABELS, WORK_STATE_LABELS, indicatorName } from '../labels';
import { ProgressForm } from '../progress-form';
import { ReplacementLinks, SplitItemForm } from './split-item';
import { DecisionForm, RequestForm, RequestLine } from '../requests';
import { type Async, ErrorBox, FormResult, isSupervisor, KindBadge, PageTitle, Show, StatusBadge, UnitSelect, useAsync, useSession, VerdictBadge } from '../ui';
import { CycleFields, cycleWords } from '../reporting-cycle';
import type { ChangeRequest, CommitmentDetail, Evidence, ReportDocument, ReportingCycle, Unit, User } from '../types';

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <ul class="evidence">
      {evidence.map((e, i) => (
        <li key={i}>
          {e.kind === 'link' && e.value && /^https?:\/\//i.test(e.value) ? (
            <a href={e.value} target="_blank" rel="noopener noreferrer">
              证据链接：{e.value}
            </a>
          ) : e.kind === 'file' ? (
            e.value?.startsWith('/api/') ? (
              <a href={e.value} download={e.name}>
                证据文件：{e.name}
              </a>
            ) : (
              <span>证据文件：{e.name}</span>
            )
          ) : (
            <span>证据：{e.value}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Reported values against the trajectory: the assignment's schedule, else linear from the baseline to the goal (a rate: the goal line). */
function ProgressChart({ d, start }: { d: CommitmentDetail; start: string }) {
  const c = d.commitment;
  const goal = c.low ?? c.high;
  const deadline = d.assignment?.deadline ?? c.deadline;
  const points = d.progress.filter((p) => p.value !== undefined).map((p) => [p.reportedOn, p.value!] as [string, number]);
  const option = useMemo(() => {
    const rate = /%|百分点|‰/.test(c.unit ?? '');
    let trajectory: [string, number][] = [];
    if (d.assignment?.schedule?.length) trajectory = d.assignment.schedule.map((s) => [s.date, s.value]);
    else if (goal !== undefined && deadline) trajectory = rate || c.op === 'at_most' ? [[start, goal], [deadline, goal]] : [[start, c.baseline ?? 0], [deadline, goal]];
    return {
      tooltip: { trigger: 'axis' },
      // the legend above the plot, the axis labels below it: they never meet, on a phone either
      legend: { data: ['填报数值', rate ? '目标值' : '目标进度'], top: 0, left: 'center' },
      grid: { left: 60, right: 24, top: 56, bottom: 32, containLabel: false },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: c.unit ?? '', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: [
        { name: '填报数值', type: 'line', data: points, symbolSize: 8, itemStyle: { color: '#1565c0' } },
        { name: rate ? '目标值' : '目标进度', type: 'line', data: trajectory, lineStyle: { type: 'dashed' }, itemStyle: { color: '#8d6e63' }, symbol: 'none' },
      ],
    };
  }, [d]);
  if (goal === undefined || c.kind !== 'target') return null;
  return (
    <section class="card">
      <h2>数值与目标进度</h2>
      {points.length === 0 ? <p class="muted">尚无填报数值。</p> : null}
      <Chart option={option} label={`填报数值与目标进度：目标${formatGoal(c)}，期限${formatDate(deadline)}；已填报 ${points.length} 次`} />
    </section>
  );
}

function AssignmentForm({ d, units, onSaved }: { d: CommitmentDetail; units: Unit[]; onSaved: () => void }) {
  const a = d.assignment;
  const [lead, setLead] = useState(a?.leadUnitId ? String(a.leadUnitId) : '');
  const [coop, setCoop] = useState<string[]>((a?.cooperatingUnitIds ?? []).map(String));
  const [leader, setLeader] = useState(a?.leader ?? '');
  const [deadline, setDeadline] = useState(a?.deadline ?? d.commitment.deadline ?? '');
  const [cycle, setCycle] = useState<ReportingCycle | undefined>(a?.reportingCycle);
  const settings = useAsync(() => get('/api/settings'), []);
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setOk('');
    try {
      await api('PUT', `/api/commitments/${d.commitment.id}/assignment`, {
        leadUnitId: lead ? Number(lead) : null,
        cooperatingUnitIds: coop.map(Number).filter((u) => u !== Number(lead)),
        leader: leader.trim() || null,
        deadline: deadline || null,
        reportingCycle: cycle ?? null,
        confirmed: true,
        ...(a ? { version: a.version } : {}),
      });
      setOk('分工已保存。');
      onSaved();
    } catch (err) {
      setError(err instanceof ApiFailure && err.code === 'VERSION_CONFLICT' ? new Error('分工已被他人修改，页面已刷新为最新内容，请核对后重新保存。') : err);
      if (err instanceof ApiFailure && err.code === 'VERSION_CONFLICT') onSaved();
    }
  };
  return (
    <form class="form" onSubmit={save} aria-label="明确分工">
      <div class="form-row">
        <label>
          牵头单位
          <UnitSelect name="leadUnit" units={units} value={lead} onChange={setLead} none="（未定）" />
        </label>
        <label>
          配合单位（可多选）
          <select multiple size={4} onChange={(e) => setCoop([...e.currentTarget.selectedOptions].map((o) => o.value))}>
            {units.map((u) => (
              <option key={u.id} value={String(u.id)} selected={coop.includes(String(u.id))}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="form-row">
        <label>
          责任领导
          <input value={leader} onInput={(e) => setLeader(e.currentTarget.value)} />
        </label>
        <label>
          完成时限
          <input type="date" value={deadline} onChange={(e) => setDeadline(e.currentTarget.value)} />
        </label>
      </div>
      <CycleFields value={cycle} onChange={setCycle} allowDefault defaultWords={settings.data ? cycleWords(settings.data.settings.reportingCycle) : undefined} />
      <FormResult error={error} failed="未保存" done={ok} />
      <button type="submit" class="primary">
        {a?.confirmed ? '保存分工' : '确认分工'}
      </button>
    </form>
  );
}

function canReport(user: User | null, d: CommitmentDetail): boolean {
  if (!user) return false;
  if (user.role === 'supervisor' || user.role === 'admin') return d.assignment?.leadUnitId !== undefined;
  if (user.role !== 'unit_editor' || user.unitId === undefined) return false;
  const a = d.assignment;
  return !!a && (a.leadUnitId === user.unitId || a.cooperatingUnitIds.includes(user.unitId));
}

const FIELD_NAMES: Record<string, string> = {
  text: '内容', kind: '类型', indicator: '指标', low: '数值', high: '上限', unit: '单位', op: '比较', deadline: '期限', period: '期间',
  section: '章节', reviewState: '审核状态', leadUnitId: '牵头单位', cooperatingUnitIds: '配合单位', leader: '责任领导', confirmed: '已确认',
  confirmedAt: '确认时间', schedule: '进度计划', unitId: '填报单位', reportedOn: '报告日期', value: '数值', state: '状态', note: '说明',
  reason: '理由',
};
/** Fields a history line need not show: bookkeeping, and what every entry has. */
const UNSHOWN = new Set(['version', 'id', 'commitmentId', 'userId', 'createdAt', 'evidence', 'confirmedAt', 'requestedBy', 'decidedBy', 'decidedAt', 'proposal', 'kind']);
const ENTITY_NAMES: Record<string, string> = { assignment: '分工', commitment: '事项', progress: '进展', request: '申请' };
/** How a target's figure is bounded, as the report says it. */
const OP_WORDS: Record<string, string> = { exact: '等于', about: '左右', at_least: '以上', at_most: '以内', range: '区间' };

/** A field's value in words: units by name, yes and no, days as written. */
function shown(key: string, value: unknown, unitName: (id: number | undefined) => string): string {
  if (value === undefined || value === null || value === '') return '（空）';
  if (key === 'leadUnitId' || key === 'unitId') return unitName(value as number);
  if (key === 'cooperatingUnitIds') return (value as number[]).map((u) => unitName(u)).join('、') || '（空）';
  const labels: Record<string, Record<string, string>> = { state: { ...WORK_STATE_LABELS, ...REQUEST_STATE_LABELS }, reviewState: REVIEW_LABELS, kind: KIND_LABELS, op: OP_WORDS, indicator: INDICATOR_NAMES };
  if (labels[key] && typeof value === 'string') return labels[key][value] ?? value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return localizeDates(value);
  return JSON.stringify(value);
}

/** What an entry changed; for a new record (an assignment, a progress report), what it says. */
function changed(before: unknown, after: unknown, unitName: (id: number | undefined) => string): string {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !UNSHOWN.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  // a new record is said by its named fields (an item's key, span and the like are the ledger's own)
  if (before === undefined || before === null) return `（新建）${keys.filter((k) => FIELD_NAMES[k]).map((k) => `${FIELD_NAMES[k]}：${shown(k, a[k], unitName)}`).join('；')}`;
  return keys.map((k) => `${FIELD_NAMES[k] ?? k}：${shown(k, b[k], unitName)} → ${shown(k, a[k], unitName)}`).join('；');
}

/** The item's requests (办结, 延期, 调整): the office decides the pending ones; the item's unit asks. */
function RequestsCard({ d, requests, canAsk, onChanged }: { d: CommitmentDetail; requests: ChangeRequest[]; canAsk: boolean; onChanged: () => void }) {
  const { user } = useSession();
  return (
    <section class="card" aria-labelledby="requests-title">
      <h2 id="requests-title">办结与变更申请</h2>
      {requests.length === 0 ? <p class="muted">尚无申请。</p> : null}
      <ol class="timeline">
        {requests
          .slice()
          .reverse()
          .map((r) => (
            <li key={r.id}>
              <div class="when">{formatDate(r.createdAt.slice(0, 10))}</div>
              <div class="what">
                <RequestLine r={r} unit={d.commitment.unit} />
                {r.state === 'pending' && isSupervisor(user) ? <DecisionForm request={r} onDone={onChanged} /> : null}
              </div>
            </li>
          ))}
      </ol>
      {canAsk && d.status.status !== 'done' ? (
        <>
          <h3>提出申请</h3>
          <RequestForm commitment={d.commitment} deadline={d.status.deadline} onDone={onChanged} />
        </>
      ) : null}
    </section>
  );
}

/** The item's progress reports, latest first, and the form for those who may report. */
function ProgressCard({ d, unitName, onDone }: { d: CommitmentDetail; unitName: (id: number | undefined) => string; onDone: () => void }) {
  const { user } = useSession();
  const c = d.commitment;
  return (
    <section class="card">
      <h2>进展与证据</h2>
      {d.progress.length === 0 ? <p class="muted">尚无进展填报。</p> : null}
      <ol class="timeline">
        {d.progress
          .slice()
          .sort((x, y) => y.reportedOn.localeCompare(x.reportedOn) || y.id - x.id)
          .map((p) => (
            <li key={p.id}>
              <div class="when">{formatDate(p.reportedOn)}</div>
              <div class="what">
                <strong>{unitName(p.unitId)}</strong>
                {p.value !== undefined ? <span class="value">填报数值：{formatValue(p.value, c.unit)}</span> : null}
                {p.state ? <span class="badge">{WORK_STATE_LABELS[p.state]}</span> : null}
                {p.note ? <p>{p.note}</p> : null}
                <EvidenceList evidence={p.evidence} />
                <div class="muted small">提交于 {formatDateTime(p.createdAt)}</div>
              </div>
            </li>
          ))}
      </ol>
      {canReport(user, d) ? (
        <>
          <h3>填报进展</h3>
          <ProgressForm commitment={c} onDone={onDone} />
        </>
      ) : user?.role === 'unit_editor' ? (
        <p class="alert alert-info" role="note">
          该事项不由本单位牵头或配合，不能填报进展。
        </p>
      ) : null}
    </section>
  );
}

/** What checking the item against the next year's report or the bulletin concluded. */
function VerificationsCard({ d }: { d: CommitmentDetail }) {
  return (
    <section class="card">
      <h2>核验结论</h2>
      {d.verifications.length === 0 ? (
        <p class="muted">尚未以次年报告或统计公报核验。</p>
      ) : (
        <ul class="plain">
          {d.verifications.map((v) => (
            <li key={v.id} class={v.supersededBy ? 'superseded' : undefined}>
              <VerdictBadge verdict={v.verdict} /> {v.supersededBy ? <span class="muted">（已被重新核验的结论替代）</span> : null} {v.note ?? ''}{' '}
              <span class="muted">{formatDateTime(v.createdAt)}</span>
              {v.resultsDiffer ? <span class="badge differ">预计数与最终数不同</span> : null}
              {v.preliminaryCommitmentId ? (
                <>
                  {' '}
                  <a href={`#/commitments/${v.preliminaryCommitmentId}`}>查看次年报告中的表述（预计数）</a>
                </>
              ) : null}
              {v.finalCommitmentId ? (
                <>
                  {' '}
                  <a href={`#/commitments/${v.finalCommitmentId}`}>查看统计公报中的表述（最终数）</a>
                </>
              ) : null}
              {v.resultCommitmentId && !v.preliminaryCommitmentId && !v.finalCommitmentId ? (
                <>
                  {' '}
                  <a href={`#/commitments/${v.resultCommitmentId}`}>查看次年报告中的表述</a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The audit entries of the item, its assignment, progress and requests. */
function HistoryCard({ d, unitName }: { d: CommitmentDetail; unitName: (id: number | undefined) => string }) {
  return (
    <section class="card">
      <h2>修改历史</h2>
      {d.history.length === 0 ? (
        <p class="muted">无记录。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">操作</th>
                <th scope="col">对象</th>
                <th scope="col">用户</th>
                <th scope="col">变化</th>
              </tr>
            </thead>
            <tbody>
              {d.history.map((h) => (
                <tr key={h.id}>
                  <td class="nowrap">{formatDateTime(h.at)}</td>
                  <td>{AUDIT_ACTIONS[h.action] ?? h.action}</td>
                  <td>{ENTITY_NAMES[h.entity] ?? h.entity}</td>
                  <td>{h.userName ?? (h.userId === undefined ? '系统' : `用户${h.userId}`)}</td>
                  <td class="diff">{changed(h.before, h.after, unitName)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The deadline first set, where approved extensions moved it since. */
const originalDeadline = (requests: readonly ChangeRequest[]): string | undefined => {
  const first = requests.find((r) => r.kind === 'extension' && r.state === 'approved');
  return first?.proposal.kind === 'extension' ? first.proposal.previousDeadline : undefined;
};

/** Who leads the item, with whom, by when and how often they report; the office's form to change it. */
function AssignmentCard(props: {
  d: CommitmentDetail;
  requests: readonly ChangeRequest[];
  units: Unit[] | undefined;
  unitName: (id: number | undefined) => string;
  onSaved: () => void;
}) {
  const { d, requests, units, unitName, onSaved } = props;
  const { user } = useSession();
  const c = d.commitment;
  const a = d.assignment;
  return (
    <section class="card">
      <h2>责任分工</h2>
      {a ? (
        <dl class="fields">
          <div>
            <dt>牵头单位</dt>
            <dd>{unitName(a.leadUnitId) || '（未定）'}</dd>
          </div>
          <div>
            <dt>配合单位</dt>
            <dd>{a.cooperatingUnitIds.map(unitName).join('、') || '无'}</dd>
          </div>
          <div>
            <dt>责任领导</dt>
            <dd>{a.leader ?? '未填'}</dd>
          </div>
          <div>
            <dt>完成时限</dt>
            <dd>
              {formatDate(a.deadline ?? c.deadline) || '未定'}
              {originalDeadline(requests) ? <span class="muted">（原时限{formatDate(originalDeadline(requests))}，经批准延期）</span> : null}
            </dd>
          </div>
          <div>
            <dt>报送周期</dt>
            <dd>{a.reportingCycle ? cycleWords(a.reportingCycle) : '按督办设置默认'}</dd>
          </div>
          <div>
            <dt>分工状态</dt>
            <dd>{a.confirmed ? '已确认' : '系统建议，待督查室确认'}</dd>
          </div>
        </dl>
      ) : (
        <p class="muted">尚未明确责任单位。</p>
      )}
      {isSupervisor(user) && units ? <AssignmentForm d={d} units={units} onSaved={onSaved} /> : null}
    </section>
  );
}

/** The item's words in their sentence of the report, or, for a 分工方案's task, as the plan words it. */
function SourceCard({ c, doc }: { c: CommitmentDetail['commitment']; doc: Async<ReportDocument | undefined> }) {
  const sentence = doc.data && c.splitId === undefined ? sentenceAround(doc.data.original, c.span) : undefined;
  return (
    <section class="card">
      <h2>原文出处</h2>
      {c.splitId !== undefined ? (
        <>
          <blockquote class="source">
            <mark class={`mark kind-${c.kind}`}>{c.text}</mark>
          </blockquote>
          <p class="muted">出自督查室导入的分工方案（分工方案原文第 {c.span.start}–{c.span.end} 字符），报告中没有对应的事项。</p>
        </>
      ) : sentence ? (
        <blockquote class="source">
          {sentence.before}
          <mark class={`mark kind-${c.kind}`}>{sentence.inside}</mark>
          {sentence.after}
        </blockquote>
      ) : doc.error ? (
        <ErrorBox error={doc.error} />
      ) : (
        <p class="muted">正在加载原文…</p>
      )}
      <p>
        <a href={`#/reports/${c.reportId}`}>查看报告全文</a>
        {c.splitId === undefined ? <span class="muted">（原文第 {c.span.start}–{c.span.end} 字符）</span> : null}
      </p>
    </section>
  );
}

export function CommitmentPage({ id }: { id: number }) {
  const { user } = useSession();
  const detail = useAsync(() => get(`/api/commitments/${id}`), [id]);
  const requests = useAsync(() => get(`/api/commitments/${id}/requests`).then((r) => r.requests), [id, detail.data]);
  const units = useAsync(() => unitList(), []);
  const doc = useAsync(async () => (detail.data ? reportDocument(detail.data.commitment.reportId) : undefined), [detail.data?.commitment.reportId]);
  const [reviewError, setReviewError] = useState<unknown>(null);
  const unitName = (uid: number | undefined) => (uid === undefined ? '' : (units.data?.find((u) => u.id === uid)?.name ?? `单位${uid}`));

  return (
    <Show value={detail} what="事项">
      {(d) => {
        const c = d.commitment;
        const a = d.assignment;
        const start = doc.data?.report.date ?? `${doc.data?.report.year ?? (c.deadline ?? '2024').slice(0, 4)}-01-01`;
        const review = async (state: 'confirmed' | 'rejected') => {
          setReviewError(null);
          try {
            await api('PATCH', `/api/commitments/${c.id}`, { version: c.version, reviewState: state });
            detail.reload();
          } catch (e) {
            setReviewError(e);
            detail.reload();
          }
        };
        const fields: [string, string][] = [
          ['类型', KIND_LABELS[c.kind]],
          ['指标', indicatorName(c.indicator, doc.data?.government?.level)],
          ['目标值', formatGoal(c)],
          ['期限', formatDate(a?.deadline ?? c.deadline)],
          ['所属期间', formatDate(c.period)],
          ['基数', c.baseline !== undefined ? `${formatValue(c.baseline, c.unit)}${c.baselinePeriod ? `（${formatDate(c.baselinePeriod)}）` : ''}` : ''],
          ['章节', c.section ?? ''],
          ['章节性质', SECTION_ROLE_LABELS[c.role] ?? c.role],
          ['文中牵头单位', c.namedLeadUnits.join('、')],
          ['文中责任单位', c.namedUnits.join('、')],
          ['审核状态', REVIEW_LABELS[c.reviewState] + (c.stale ? '（新版报告中已无此项）' : '')],
        ];
        return (
          <article class="commitment">
            <PageTitle
              sub={
                <>
                  <KindBadge kind={c.kind} /> <StatusBadge status={d.status.status} /> <span class="reason">{localizeDates(d.status.reason)}</span>
                </>
              }
            >
              {c.text}
            </PageTitle>
            <ReplacementLinks d={d} />
            <div class="grid-2">
              <section class="card">
                <h2>事项要素</h2>
                <dl class="fields">
                  {fields
                    .filter(([, v]) => v)
                    .map(([k, v]) => (
                      <div key={k}>
                        <dt>{k}</dt>
                        <dd>{v}</dd>
                      </div>
                    ))}
                </dl>
                {isSupervisor(user) ? (
                  <div class="toolbar">
                    <button type="button" onClick={() => review('confirmed')} disabled={c.reviewState === 'confirmed'}>
                      确认无误
                    </button>
                    <button type="button" onClick={() => review('rejected')} disabled={c.reviewState === 'rejected'}>
                      剔除（抽取有误）
                    </button>
                  </div>
                ) : null}
                {reviewError ? <ErrorBox error={reviewError} /> : null}
                {isSupervisor(user) && c.reviewState !== 'rejected' ? <SplitItemForm d={d} onSplit={detail.reload} /> : null}
              </section>
              <SourceCard c={c} doc={doc} />
            </div>

            <AssignmentCard d={d} requests={requests.data ?? []} units={units.data} unitName={unitName} onSaved={detail.reload} />

            <ProgressChart d={d} start={start} />

            <ProgressCard d={d} unitName={unitName} onDone={detail.reload} />

            {requests.data ? <RequestsCard d={d} requests={requests.data} canAsk={user?.role === 'unit_editor' && canReport(user, d)} onChanged={detail.reload} /> : null}

            <VerificationsCard d={d} />

            <HistoryCard d={d} unitName={unitName} />
          </article>
        );
      }}
    </Show>
  );
}
