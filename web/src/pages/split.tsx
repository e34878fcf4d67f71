/**
 * A report's 分工方案: the office uploads the split its general office issued; each task is shown with the report's
 * items it was matched to (and how alike they are), which the office may remove, replace with another item, or leave
 * empty (the task becomes an item of its own); unit names the ledger does not know are created or mapped to a unit;
 * then one confirmation assigns them all. Nothing is stored before it.
 */
import { useMemo, useState } from 'preact/hooks';
import { fileProblem, upload } from '../api';
import { reportDocument, reportTitle, unitList } from '../data';
import { formatDate } from '../format';
import { KIND_LABELS } from '../labels';
import type { SplitImportResult, SplitPreview, Unit } from '../types';
import { ErrorBox, FileButton, KindBadge, PageTitle, Show, useAsync } from '../ui';

const ACCEPT = '.txt,.text,.htm,.html,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the office decided for a task: the items it is, or to leave it out. */
interface Choice {
  commitmentIds: number[];
  skip: boolean;
}

/** For a unit name the ledger does not know: leave it, create it, or map it to a unit (the id). */
type UnitChoice = 'leave' | 'create' | number;

type Item = SplitPreview['commitments'][number];

const scoreWords = (score: number) => `相似度 ${score.toFixed(2)}`;

function Score({ score }: { score: number }) {
  return <span class={`badge score ${score >= 0.8 ? 'score-high' : 'score-mid'}`}>{scoreWords(score)}</span>;
}

/** The names of a task's units, each marked where the ledger does not know it or knows it by another name. */
function UnitNames({ names, plan, units }: { names: string[]; plan: SplitPreview; units: Map<number, Unit> }) {
  if (names.length === 0) return <span class="muted">—</span>;
  return (
    <>
      {names.map((name, i) => {
        const id = plan.units.find((u) => u.name === name)?.unitId;
        const unit = id === undefined ? undefined : units.get(id);
        return (
          <span key={name} class={unit ? undefined : 'unit-unknown'}>
            {i > 0 ? '、' : ''}
            {name}
            {unit ? (unit.name !== name ? <span class="muted">（即{unit.name}）</span> : null) : <span class="muted">（未登记）</span>}
          </span>
        );
      })}
    </>
  );
}

interface TaskRowProps {
  n: number;
  task: SplitPreview['tasks'][number];
  choice: Choice;
  items: Map<number, Item>;
  takenBy: Map<number, number>;
  plan: SplitPreview;
  units: Map<number, Unit>;
  onChange: (choice: Choice) => void;
}

function TaskRow({ n, task, choice, items, takenBy, plan, units, onChange }: TaskRowProps) {
  const splitLead = plan.units.find((u) => u.name === task.lead[0])?.unitId;
  const scoreOf = (id: number) => task.candidates.find((c) => c.commitmentId === id)?.score;
  const others = [...items.values()].filter((c) => !choice.commitmentIds.includes(c.id) && !task.candidates.some((x) => x.commitmentId === c.id));
  const add = (id: number) => onChange({ ...choice, commitmentIds: [...choice.commitmentIds, id] });
  const remove = (id: number) => onChange({ ...choice, commitmentIds: choice.commitmentIds.filter((x) => x !== id) });
  const label = (c: Item) => `${KIND_LABELS[c.kind]}：${c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text}`;
  const elsewhere = (id: number) => {
    const other = takenBy.get(id);
    return other !== undefined && other !== n ? `（现属第${other + 1}项）` : '';
  };
  return (
    <tr class={choice.skip ? 'skipped' : choice.commitmentIds.length === 0 ? 'unmatched' : undefined}>
      <td class="num">{n + 1}</td>
      <td>
        {task.text}
        <label class="inline skip-box">
          <input type="checkbox" checked={choice.skip} onChange={(e) => onChange({ ...choice, skip: e.currentTarget.checked })} />
          不导入此项
        </label>
      </td>
      <td>
        {choice.commitmentIds.length === 0 ? <p class="muted">无对应事项：确认后作为分工方案新增的事项</p> : null}
        <ul class="matches">
          {choice.commitmentIds.map((id) => {
            const item = items.get(id);
            const score = scoreOf(id);
            // said only where the split gives another lead than the one confirmed now
            const current = item?.assignment?.confirmed && item.assignment.leadUnitId !== undefined && item.assignment.leadUnitId !== splitLead ? units.get(item.assignment.leadUnitId)?.name : undefined;
            return (
              <li key={id}>
                {item ? <KindBadge kind={item.kind} /> : null} <a href={`#/commitments/${id}`}>{item?.text ?? `事项 ${id}`}</a>{' '}
                {score !== undefined ? <Score score={score} /> : <span class="badge">人工选择</span>}
                {current ? <span class="muted">（现由{current}牵头，确认后按分工方案）</span> : null}{' '}
                <button type="button" class="link-button" aria-label={`从第${n + 1}项移除：${item?.text ?? id}`} onClick={() => remove(id)}>
                  移除
                </button>
              </li>
            );
          })}
        </ul>
        <label>
          <span class="visually-hidden">第{n + 1}项改选或添加报告事项</span>
          <select
            value=""
            onChange={(e) => {
              const id = Number(e.currentTarget.value);
              if (id) add(id);
            }}
          >
            <option value="">改选或添加报告事项…</option>
            <optgroup label="内容相近">
              {task.candidates
                .filter((c) => !choice.commitmentIds.includes(c.commitmentId))
                .map((c) => (
                  <option key={c.commitmentId} value={c.commitmentId}>
                    {label(items.get(c.commitmentId)!)}（{scoreWords(c.score)}）{elsewhere(c.commitmentId)}
                  </option>
                ))}
            </optgroup>
            <optgroup label="其他事项">
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {label(c)}
                  {elsewhere(c.id)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </td>
      <td>
        <UnitNames names={task.lead} plan={plan} units={units} />
      </td>
      <td>
        <UnitNames names={task.cooperating} plan={plan} units={units} />
      </td>
      <td>{task.leaders.join('、') || <span class="muted">—</span>}</td>
      <td>{task.deadline ? formatDate(task.deadline) : <span class="muted">—</span>}</td>
    </tr>
  );
}

/** The names the ledger does not know, each to leave, create or map to a unit. */
function UnitDecisions({ plan, units, choices, onChange }: { plan: SplitPreview; units: Unit[]; choices: Record<string, UnitChoice>; onChange: (name: string, c: UnitChoice) => void }) {
  const unknown = plan.units.filter((u) => u.unitId === undefined);
  if (unknown.length === 0) return <p class="alert alert-ok">分工方案中的单位均已登记。</p>;
  return (
    <div class="card">
      <h2>未登记的单位（{unknown.length}个）</h2>
      <p class="muted">新建单位，或作为已登记单位的简称（以后导入时自动识别）。暂不处理的单位不会写入分工。</p>
      <table class="compact">
        <thead>
          <tr>
            <th scope="col">分工方案中的名称</th>
            <th scope="col">处理</th>
          </tr>
        </thead>
        <tbody>
          {unknown.map((u) => {
            const value = choices[u.name] ?? 'leave';
            return (
              <tr key={u.name}>
                <th scope="row">{u.name}</th>
                <td>
                  <label>
                    <span class="visually-hidden">{u.name}的处理</span>
                    <select value={String(value)} onChange={(e) => onChange(u.name, e.currentTarget.value === 'leave' || e.currentTarget.value === 'create' ? e.currentTarget.value : Number(e.currentTarget.value))}>
                      <option value="leave">暂不处理</option>
                      <option value="create">新建单位“{u.name}”</option>
                      {[...u.suggestions.map((id) => units.find((x) => x.id === id)!), ...units.filter((x) => !u.suggestions.includes(x.id))].map((x) => (
                        <option key={x.id} value={String(x.id)}>
                          作为“{x.name}”的简称{u.suggestions.includes(x.id) ? '（同类部门）' : ''}
                        </option>
                      ))}
                    </select>
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Result({ result, reportId }: { result: SplitImportResult; reportId: number }) {
  return (
    <div class="alert alert-ok" role="status">
      <p>
        分工方案已导入：{result.assigned} 项事项的分工已确认，新增事项 {result.created} 项
        {result.unitsCreated.length ? `，新建单位 ${result.unitsCreated.join('、')}` : ''}
        {result.aliasesAdded.length ? `，新增简称 ${result.aliasesAdded.join('、')}` : ''}。
      </p>
      {result.unknownUnits.length ? <p>以下单位未登记，未写入分工：{result.unknownUnits.join('、')}。</p> : null}
      <p>
        <a href={`#/ledger?report=${reportId}`}>在台账中查看</a>
      </p>
    </div>
  );
}

export function SplitPage({ reportId }: { reportId: number }) {
  const doc = useAsync(() => reportDocument(reportId), [reportId]);
  const allUnits = useAsync(() => unitList(true), []);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'' | 'reading' | 'importing'>('');
  const [error, setError] = useState('');
  const [plan, setPlan] = useState<SplitPreview | null>(null);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [unitChoices, setUnitChoices] = useState<Record<string, UnitChoice>>({});
  const [result, setResult] = useState<SplitImportResult | null>(null);

  const items = useMemo(() => new Map((plan?.commitments ?? []).map((c) => [c.id, c])), [plan]);
  const units = useMemo(() => new Map((allUnits.data ?? []).map((u) => [u.id, u])), [allUnits.data]);
  /** Which task each item is given to now: an item goes to one task, so choosing it elsewhere moves it. */
  const takenBy = new Map(choices.flatMap((c, i) => (c.skip ? [] : c.commitmentIds.map((id) => [id, i] as const))));

  const read = async (f: File) => {
    setFile(f);
    setPlan(null);
    setResult(null);
    setError('');
    setBusy('reading');
    const form = new FormData();
    form.append('file', f);
    try {
      const p = await upload<SplitPreview>(`/api/reports/${reportId}/split/preview`, form, () => undefined);
      setPlan(p);
      setChoices(p.tasks.map((t) => ({ commitmentIds: t.matches.map((m) => m.commitmentId), skip: false })));
      setUnitChoices({});
    } catch (e) {
      setError(fileProblem(e));
    } finally {
      setBusy('');
    }
  };

  const change = (i: number, next: Choice) =>
    setChoices((all) => {
      const added = next.commitmentIds.filter((id) => !all[i]!.commitmentIds.includes(id));
      return all.map((c, j) => (j === i ? next : { ...c, commitmentIds: c.commitmentIds.filter((id) => !added.includes(id)) }));
    });

  const confirm = async () => {
    if (!file || !plan) return;
    setBusy('importing');
    setError('');
    const decisions = {
      tasks: choices,
      units: Object.entries(unitChoices).flatMap(([name, c]): ({ name: string; create: true } | { name: string; unitId: number })[] =>
        c === 'leave' ? [] : c === 'create' ? [{ name, create: true }] : [{ name, unitId: c }],
      ),
    };
    const form = new FormData();
    form.append('decisions', JSON.stringify(decisions));
    form.append('file', file);
    try {
      setResult(await upload<SplitImportResult>(`/api/reports/${reportId}/split`, form, () => undefined));
      setPlan(null);
      void unitList(true);
    } catch (e) {
      setError(fileProblem(e));
    } finally {
      setBusy('');
    }
  };

  const matched = choices.filter((c) => !c.skip && c.commitmentIds.length > 0).length;
  const own = choices.filter((c) => !c.skip && c.commitmentIds.length === 0).length;
  return (
    <section>
      <PageTitle sub="上传督查室印发的分工方案（.txt、网页、PDF 或 Word）。每项任务按内容与报告事项比对并给出相似度，核对、改选后一并确认分工；没有对应事项的任务作为分工方案新增的事项。">
        导入分工方案{doc.data ? `：${reportTitle({ ...doc.data.report, government: doc.data.government })}` : ''}
      </PageTitle>
      <p>
        <a href={`#/reports/${reportId}`}>返回报告</a>
      </p>
      <div class={`dropzone${plan ? ' compact' : ''}`}>
        <p class="drop-big">{plan ? '换一个分工方案' : '选择分工方案文件'}</p>
        <FileButton label="选择文件" accept={ACCEPT} disabled={busy !== ''} onFile={(f) => void read(f)} />
        {file ? <p class="muted">{file.name}</p> : null}
      </div>
      {busy ? (
        <p class="loading" role="status" aria-live="polite">
          {busy === 'reading' ? '正在读取分工方案，与报告事项逐项比对…' : '正在导入并确认分工…'}
        </p>
      ) : null}
      {error ? <ErrorBox error={error} /> : null}
      {result ? <Result result={result} reportId={reportId} /> : null}
      {plan ? (
        <Show value={allUnits} what="单位">
          {(unitRows) => (
            <>
              <h2>核对分工（共 {plan.tasks.length} 项任务：对应报告事项 {matched} 项，新增事项 {own} 项）</h2>
              <UnitDecisions plan={plan} units={unitRows} choices={unitChoices} onChange={(name, c) => setUnitChoices((all) => ({ ...all, [name]: c }))} />
              <div class="table-wrap">
                <table class="split-table">
                  <caption class="visually-hidden">分工方案的任务与对应的报告事项</caption>
                  <thead>
                    <tr>
                      <th scope="col">序号</th>
                      <th scope="col">分工方案任务</th>
                      <th scope="col">对应报告事项</th>
                      <th scope="col">牵头单位</th>
                      <th scope="col">配合单位</th>
                      <th scope="col">责任领导</th>
                      <th scope="col">完成时限</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.tasks.map((t, i) => (
                      <TaskRow key={i} n={i} task={t} choice={choices[i]!} items={items} takenBy={takenBy} plan={plan} units={units} onChange={(c) => change(i, c)} />
                    ))}
                  </tbody>
                </table>
              </div>
              <div class="toolbar">
                <button type="button" class="primary" disabled={busy !== ''} onClick={() => void confirm()}>
                  确认导入并确认分工
                </button>
                <button type="button" disabled={busy !== ''} onClick={() => setPlan(null)}>
                  取消
                </button>
              </div>
            </>
          )}
        </Show>
      ) : null}
    </section>
  );
}
