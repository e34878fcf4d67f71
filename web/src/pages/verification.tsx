/**
 * Verification: year N's targets against year N+1's report (preliminary figures), year N's statistical bulletin
 * (final ones), or both — verdict badges, and the target, the preliminary and the final sentence side by side.
 */
import { useState } from 'preact/hooks';
import { api, ApiFailure } from '../api';
import { reportDocument, reportList } from '../data';
import { formatGoal, formatValue, localizeDates } from '../format';
import { sentenceAround } from '../highlight';
import { VERDICT_LABELS, indicatorName } from '../labels';
import { ErrorBox, isSupervisor, PageTitle, ReportChoice, Show, useAsync, useSession, VerdictBadge } from '../ui';
import type { Level, ReportDocument, Verdict, VerdictRow, VerdictSide } from '../types';

function Sentence({ doc, side }: { doc?: ReportDocument; side: VerdictSide }) {
  if (!doc) return <p>{side.text}</p>;
  const s = sentenceAround(doc.original, side.span);
  return (
    <p class="source">
      {s.before}
      <mark>{s.inside}</mark>
      {s.after}
    </p>
  );
}

/** The documents read: the targets', the next report's and the bulletin's, each loaded for its sentences. */
interface Docs {
  targets?: ReportDocument;
  byId: Map<number, ReportDocument>;
}

/** One column of a verdict: a document's result, or what it says when it gives none. */
function ResultColumn({ title, side, docs, none }: { title: string; side: VerdictRow['preliminary']; docs: Docs; none: string }) {
  return (
    <div>
      <h3>{title}</h3>
      {side ? (
        <>
          {side.low !== undefined ? <p class="figure">{formatValue(side.low, side.unit)}</p> : null}
          <Sentence doc={docs.byId.get(side.reportId)} side={side} />
        </>
      ) : (
        <p class="muted">{none}</p>
      )}
    </div>
  );
}

function VerdictItem({ row, docs, resultsDoc, level }: { row: VerdictRow; docs: Docs; resultsDoc?: ReportDocument; level?: Level }) {
  const both = 'preliminary' in row || 'final' in row;
  return (
    <li class="card verdict-row">
      <div class="verdict-head">
        <VerdictBadge verdict={row.verdict} /> <strong>{indicatorName(row.target.indicator, level) || row.target.text}</strong> 目标 {formatGoal(row.target)}
        {row.result && row.result.low !== undefined ? `，实际 ${formatValue(row.result.low, row.result.unit)}` : ''}
        {row.source ? <span class="badge result-source">{row.source === 'bulletin' ? '据统计公报' : '据次年报告'}</span> : null}
        {row.differ ? <span class="badge differ">预计数与最终数不同</span> : null}
        <span class="muted">　{localizeDates(row.reason)}</span>
      </div>
      <div class={both ? 'side-by-side three' : 'side-by-side'}>
        <div>
          <h3>当年目标</h3>
          <Sentence doc={docs.targets} side={row.target} />
          {row.target.commitmentId ? <a href={`#/commitments/${row.target.commitmentId}`}>打开事项</a> : null}
        </div>
        {both ? (
          <>
            <ResultColumn title="次年报告（预计数）" side={row.preliminary} docs={docs} none="次年报告没有提及。" />
            <ResultColumn title="统计公报（最终数）" side={row.final} docs={docs} none="统计公报没有提及。" />
          </>
        ) : (
          <div>
            <h3>{row.source === 'bulletin' ? '统计公报' : '次年报告'}</h3>
            {row.result ? <Sentence doc={resultsDoc} side={row.result} /> : <p class="muted">没有提及。</p>}
          </div>
        )}
      </div>
    </li>
  );
}

export function VerificationPage() {
  const { user } = useSession();
  const reports = useAsync(reportList, []);
  const [targets, setTargets] = useState('');
  const [next, setNext] = useState('');
  const [bulletin, setBulletin] = useState('');
  const [rows, setRows] = useState<VerdictRow[] | null>(null);
  const [docs, setDocs] = useState<Docs>({ byId: new Map() });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [only, setOnly] = useState<Verdict | ''>('');
  // after a refusal for two governments, the office may state they are one (a merged or renamed division)
  const [sameGovernment, setSameGovernment] = useState(false);
  const otherGovernment = error instanceof ApiFailure && error.code === 'OTHER_GOVERNMENT';
  const results = [next, bulletin].filter(Boolean).map(Number);

  const run = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const body = { targetsReportId: Number(targets), resultsReportIds: results, ...(sameGovernment ? { sameGovernment: true } : {}) };
      const r = await api<{ verdicts: VerdictRow[] }>('POST', '/api/verification', body);
      setRows(r.verdicts);
      const [t, ...read] = await Promise.all([Number(targets), ...results].map((id) => reportDocument(id)));
      setDocs({ targets: t, byId: new Map(read.map((d, i) => [results[i]!, d])) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const counts: Record<string, number> = {};
  for (const r of rows ?? []) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  const resultsDoc = results.length === 1 ? docs.byId.get(results[0]!) : undefined;
  return (
    <section>
      <PageTitle sub="用次年政府工作报告（预计数）和当年统计公报（最终数）核对当年每项目标：已实现、未实现或未提及；两者都有时以统计公报为准。">目标核验</PageTitle>
      <Show value={reports} what="报告">
        {(list) => {
          const workReports = list.filter((r) => r.kind === 'report');
          const bulletins = list.filter((r) => r.kind === 'bulletin');
          return list.length < 2 ? (
            <p class="alert alert-info">核验需要同一政府当年的报告，以及次年的报告或当年的统计公报，请先导入。</p>
          ) : (
            <form class="card form-row" onSubmit={run}>
              <ReportChoice label="目标（第 N 年报告）" reports={workReports} value={targets} onChange={setTargets} none="请选择" required />
              <ReportChoice label="次年报告（第 N+1 年，预计数）" reports={workReports} value={next} onChange={setNext} none="不选" />
              <ReportChoice label="统计公报（第 N 年，最终数）" reports={bulletins} value={bulletin} onChange={setBulletin} none="不选" />
              {otherGovernment || sameGovernment ? (
                <label>
                  <input type="checkbox" checked={sameGovernment} onChange={(e) => setSameGovernment((e.target as HTMLInputElement).checked)} />
                  两份报告实为同一政府（区划调整或更名）
                </label>
              ) : null}
              <button type="submit" class="primary" disabled={busy || !isSupervisor(user) || results.length === 0}>
                {busy ? '正在核验…' : '核验并记入台账'}
              </button>
              {results.length === 0 ? <p class="muted">请选择次年的报告、当年的统计公报，或两者都选。</p> : null}
              {!isSupervisor(user) ? <p class="muted">核验结论由督查室记入台账；各事项的结论可在事项页面查看。</p> : null}
            </form>
          );
        }}
      </Show>
      {error ? <ErrorBox error={error} /> : null}
      {rows ? (
        <>
          <div class="segmented" role="group" aria-label="按结论筛选">
            <button type="button" aria-pressed={only === ''} onClick={() => setOnly('')}>
              全部 {rows.length}
            </button>
            {(Object.keys(VERDICT_LABELS) as Verdict[]).map((v) => (
              <button type="button" key={v} aria-pressed={only === v} onClick={() => setOnly(v)}>
                {VERDICT_LABELS[v]} {counts[v] ?? 0}
              </button>
            ))}
          </div>
          <div class="toolbar">
            <a class="button" href={`#/self-assessment?report=${targets}`}>
              查看目标任务完成情况表
            </a>
          </div>
          <ol class="verdicts">
            {rows
              .filter((r) => !only || r.verdict === only)
              .map((r, i) => (
                <VerdictItem key={i} row={r} docs={docs} resultsDoc={resultsDoc} level={docs.targets?.government?.level} />
              ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
