/**
 * Import a report: drag and drop or choose a file; the preview shows what its text says of the report (region,
 * level, year, date), how sure each is and what to check; the office corrects the year, level or region (the item
 * counts follow), confirms a year the text is unsure of, and imports; then the report page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure, fileProblem, get, upload } from '../api';
import { formatBytes } from '../format';
import { navigate } from '../router';
import type { GivenField, ImportJob, ImportResult, ReportPreview } from '../types';
import { ErrorBox, FileButton, PageTitle } from '../ui';
import { formOf, givenOf, initialValues, problemsOf, yearUnconfirmed, type FieldValues } from './import-fields';
import { CheckList, EvidenceList, ItemCounts, MetaFields } from './import-preview';

const ACCEPT = '.txt,.text,.htm,.html,.mhtml,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How long the office may pause typing before the counts are asked for again. */
const RECOUNT_AFTER_MS = 400;

type Phase = 'idle' | 'reading' | 'preview' | 'importing';

export function ImportPage() {
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [sent, setSent] = useState(0);
  const [stage, setStage] = useState<ImportJob['stage'] | 'queued'>('queued');
  const [error, setError] = useState('');
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [values, setValues] = useState<FieldValues>({ year: '', region: '', level: '' });
  /** The fields the counts shown were computed with (JSON of what was sent). */
  const [counted, setCounted] = useState('');
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const asked = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const reset = () => {
    setPreview(null);
    setChecked(false);
    setConfirming(false);
    setError('');
  };

  const read = async (f: File) => {
    const ask = ++asked.current;
    setFile(f);
    reset();
    setPhase('reading');
    setSent(0);
    try {
      const p = await upload<ReportPreview>('/api/reports/preview', formOf(f, {}), (loaded, total) => setSent(total ? loaded / total : 0));
      if (ask !== asked.current) return;
      const first = initialValues(p);
      setPreview(p);
      setValues(first);
      setCounted(JSON.stringify(givenOf(first, p, false)));
      setPhase('preview');
    } catch (e) {
      if (ask !== asked.current) return;
      setPhase('idle');
      setError(fileProblem(e));
    }
  };

  useEffect(() => {
    if (phase === 'preview') heading.current?.focus();
  }, [phase === 'preview' && preview?.name]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  // the counts follow the corrected fields: asked again once the office pauses, the answer of the last ask kept
  const problems = problemsOf(values);
  const wanted = preview ? JSON.stringify(givenOf(values, preview, false)) : '';
  const pending = phase === 'preview' && wanted !== counted && Object.keys(problems).length === 0;
  useEffect(() => {
    if (!pending || !file || !preview) return;
    const timer = setTimeout(async () => {
      const ask = ++asked.current;
      try {
        const p = await upload<ReportPreview>('/api/reports/preview', formOf(file, givenOf(values, preview, false)), () => undefined);
        if (ask !== asked.current) return;
        setPreview(p);
        setCounted(wanted);
      } catch (e) {
        if (ask === asked.current) setError(fileProblem(e));
      }
    }, RECOUNT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [wanted, pending]);

  const cancel = () => {
    ++asked.current;
    setFile(null);
    reset();
    setPhase('idle');
  };

  const backToYear = () => {
    setConfirming(false);
    document.getElementById('field-year')?.focus();
  };

  const change = (field: GivenField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setConfirming(false);
  };

  const importNow = async () => {
    if (!file || !preview) return;
    setChecked(true);
    const first = (['region', 'level', 'year'] as const).find((f) => problems[f]);
    if (first) {
      document.getElementById(`field-${first}`)?.focus();
      return;
    }
    if (yearUnconfirmed(values, preview) && !confirming) {
      setConfirming(true);
      return;
    }
    ++asked.current;
    setConfirming(false);
    setError('');
    setPhase('importing');
    setSent(0);
    setStage('queued');
    try {
      const job = await upload<ImportJob>('/api/reports', formOf(file, givenOf(values, preview, true)), (loaded, total) => setSent(total ? loaded / total : 0));
      const r = await importFinished(job, setStage);
      navigate(`/reports/${r.reportId}?imported=${r.report}`);
    } catch (e) {
      setPhase('preview');
      setError(importProblem(e));
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer?.files?.[0];
    if (f) void read(f);
  };

  const busy = phase === 'reading' || phase === 'importing';
  return (
    <section>
      <PageTitle sub="支持 .txt（UTF-8、GBK、GB18030、Big5、UTF-16 自动识别）、保存的网页、PDF 和 Word（.docx）。导入前先核对报告的地区、级别和年度；同一文件再次导入得到同一份报告。">
        导入政府工作报告
      </PageTitle>
      <div
        class={`dropzone${over ? ' over' : ''}${busy ? ' busy' : ''}${preview ? ' compact' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p class="drop-big">{preview ? '换一个文件：拖到这里' : '把报告文件拖到这里'}</p>
        <p>或</p>
        <FileButton label={preview ? '重新选择文件' : '选择文件'} accept={ACCEPT} disabled={busy} onFile={(f) => void read(f)} />
        {file ? (
          <p class="muted">
            {file.name}（{formatBytes(file.size)}）
          </p>
        ) : null}
      </div>

      {busy ? (
        <div class="progress-box" role="status" aria-live="polite">
          <progress max={1} value={sent >= 1 ? undefined : sent} aria-label={sent >= 1 ? '正在读取' : '上传进度'} />
          <p>
            {sent < 1
              ? `正在上传… ${Math.round(sent * 100)}%`
              : phase === 'reading'
                ? '正在读取报告，推断地区、级别和年度…'
                : STAGE_WORDS[stage ?? 'queued']}
          </p>
        </div>
      ) : null}
      {error ? <ErrorBox error={error} /> : null}

      {preview && phase !== 'reading' ? (
        <div class="card import-preview">
          <h2 ref={heading} tabIndex={-1}>
            核对报告信息
          </h2>
          {preview.stored ? (
            <p class="alert alert-info">
              这个文件已导入为第 {preview.stored.reportId} 号报告（{preview.stored.region}，{preview.stored.year}年
              {preview.stored.given.length ? '，部分信息为督查室注明' : ''}）。再次导入会更新该报告，已有的分工和进展都会保留。
            </p>
          ) : null}
          <MetaFields preview={preview} values={values} problems={problems} checked={checked} onChange={change} />
          <CheckList preview={preview} values={values} />
          <EvidenceList preview={preview} />
          <ItemCounts preview={preview} pending={pending} />
          {confirming ? (
            <div class="confirm-box" role="alert">
              <p>
                年度 <strong>{values.year}年</strong> 是依据不足的推断（把握低）。年度决定哪些数字是上一年的成绩、哪些是本年度的目标，请确认无误后再导入。
              </p>
              <div class="toolbar">
                <button ref={confirmButton} type="button" class="primary" onClick={() => void importNow()}>
                  确认以{values.year}年导入
                </button>
                <button type="button" onClick={backToYear}>
                  返回修改年度
                </button>
              </div>
            </div>
          ) : (
            <div class="toolbar">
              <button type="button" class="primary" disabled={busy} onClick={() => void importNow()}>
                确认导入
              </button>
              <button type="button" disabled={busy} onClick={cancel}>
                取消
              </button>
            </div>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** What the import job is doing, in words (the server reads and analyses in the background). */
const STAGE_WORDS: Record<NonNullable<ImportJob['stage']> | 'queued', string> = {
  queued: '已上传，排队等候分析…',
  receiving: '正在保存上传的文件…',
  reading: '正在读取报告…',
  analysing: '正在按核对后的信息抽取报告中的目标、节点、成绩和任务…',
  saving: '正在保存到台账…',
};

/** Follows the import job until it is done (its result) or failed (its error, as the request would have had it). */
async function importFinished(job: ImportJob, onStage: (stage: ImportJob['stage'] | 'queued') => void): Promise<ImportResult> {
  for (let current = job; ; ) {
    onStage(current.state === 'queued' ? 'queued' : current.stage);
    if (current.state === 'done' && current.result) return current.result;
    if (current.state === 'failed' && current.error) {
      const e = current.error;
      throw new ApiFailure(e.status, e.code, e.message, e.detail, { error: e });
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    current = await get(`/api/import-jobs/${job.id}`);
  }
}

/** An import's failure in words, with the cases only an import has. */
function importProblem(e: unknown): string {
  if (e instanceof ApiFailure && e.code === 'DUPLICATE') return '这个地区这一年度已经导入过另一份报告，请核对年度和地区。';
  if (e instanceof ApiFailure && e.code === 'VALIDATION') return `${e.message}：${e.detail ?? ''}`;
  return fileProblem(e);
}
