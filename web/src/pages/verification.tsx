/** Verification: year N's targets against year N+1's report, verdict badges, both sentences side by side. */
import { useState } from 'preact/hooks';
import { api, ApiFailure } from '../api';
import { reportDocument, reportList, reportTitle } from '../data';
import { formatGoal, formatValue, localizeDates } from '../format';
import { sentenceAround } from '../highlight';
import { VERDICT_LABELS, indicatorName } from '../labels';
import { ErrorBox, isSupervisor, PageTitle, Show, useAsync, useSession, VerdictBadge } from '../ui';
import type { Report, ReportDocument, Verdict, VerdictRow, VerdictSide } from '../types';

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

/** A required choice of one report (the year-N targets, the year-N+1 results). */
function ReportChoice({ label, reports, value, onChange }: { label: string; reports: readonly Report[]; value: string; onChange: (id: string) => void }) {
  return (
    <label>
      {label}
      <select required value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">请选择</option>
        {reports.map((r) => (
          <option key={r.id} value={String(r.id)}>
            {reportTitle(r)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function VerificationPage() {
  const { user } = useSession();
  const reports = useAsync(reportList, []);
  const [targets, setTargets] = useState('');
  const [results, setResults] = useState('');
  const [rows, setRows] = useState<VerdictRow[] | null>(null);
  const [docs, setDocs] = useState<{ t?: ReportDocument; r?: ReportDocument }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [only, setOnly] = useState<Verdict | ''>('');
  // after a refusal for two governments, the office may state they are one (a merged or renamed division)
  const [sameGovernment, setSameGovernment] = useState(false);
  const otherGovernment = error instanceof ApiFailure && error.code === 'OTHER_GOVERNMENT';

  const run = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const pair = { targetsReportId: Number(targets), resultsReportId: Number(results), ...(sameGovernment ? { sameGovernment: true } : {}) };
      const r = await api<{ verdicts: VerdictRow[] }>('POST', '/api/verification', pair);
      setRows(r.verdicts);
      const [t, res] = await Promise.all([reportDocument(Number(targets)), reportDocument(Number(results))]);
      setDocs({ t, r: res });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const counts: Record<string, number> = {};
  for (const r of rows ?? []) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  return (
    <section>
      <PageTitle sub="用次年政府工作报告（或统计公报）的回顾，核对当年每项目标：已实现、未实现或未提及。">目标核验</PageTitle>
      <Show value={reports} what="报告">
        {(list) =>
          list.length < 2 ? (
            <p class="alert alert-info">核验需要同一政府相邻两年的两份报告，请先导入次年的报告。</p>
          ) : (
            <form class="card form-row" onSubmit={run}>
              <ReportChoice label="目标（第 N 年报告）" reports={list} value={targets} onChange={setTargets} />
              <ReportChoice label="结果（第 N+1 年报告）" reports={list} value={results} onChange={setResults} />
              {otherGovernment || sameGovernment ? (
                <label>
                  <input type="checkbox" checked={sameGovernment} onChange={(e) => setSameGovernment((e.target as HTMLInputElement).checked)} />
                  两份报告实为同一政府（区划调整或更名）
                </label>
              ) : null}
              <button type="submit" class="primary" disabled={busy || !isSupervisor(user)}>
                {busy ? '正在核验…' : '核验并记入台账'}
              </button>
              {!isSupervisor(user) ? <p class="muted">核验结论由督查室记入台账；各事项的结论可在事项页面查看。</p> : null}
            </form>
          )
        }
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
          <ol class="verdicts">
            {rows
              .filter((r) => !only || r.verdict === only)
              .map((r, i) => (
                <li key={i} class="card verdict-row">
                  <div class="verdict-head">
                    <VerdictBadge verdict={r.verdict} /> <strong>{indicatorName(r.target.indicator, docs.t?.government?.level) || r.target.text}</strong> 目标 {formatGoal(r.target)}
                    {r.result && r.result.low !== undefined ? `，实际 ${formatValue(r.result.low, r.result.unit)}` : ''}
                    <span class="muted">　{localizeDates(r.reason)}</span>
                  </div>
                  <div class="side-by-side">
                    <div>
                      <h3>当年目标</h3>
                      <Sentence doc={docs.t} side={r.target} />
                      {r.target.commitmentId ? <a href={`#/commitments/${r.target.commitmentId}`}>打开事项</a> : null}
                    </div>
                    <div>
                      <h3>次年报告</h3>
                      {r.result ? <Sentence doc={docs.r} side={r.result} /> : <p class="muted">次年报告没有提及。</p>}
                    </div>
                  </div>
                </li>
              ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
