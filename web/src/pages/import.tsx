/** Import a report: drag and drop or choose a file, progress while it uploads and is read, then the report page. */
import { useRef, useState } from 'preact/hooks';
import { fileProblem, upload, ApiFailure } from '../api';
import { formatBytes } from '../format';
import { LEVEL_LABELS } from '../labels';
import { navigate } from '../router';
import { PageTitle } from '../ui';

interface ImportResult {
  reportId: number;
  report: 'created' | 'updated' | 'unchanged';
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  proposed: number;
}

const ACCEPT = '.txt,.text,.htm,.html,.mhtml,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function ImportPage() {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'reading' | 'done'>('idle');
  const [sent, setSent] = useState(0);
  const [error, setError] = useState('');
  const [needMeta, setNeedMeta] = useState(false);
  const [region, setRegion] = useState('');
  const [level, setLevel] = useState('');
  const [year, setYear] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);

  const start = async (f: File) => {
    setFile(f);
    setError('');
    setResult(null);
    setPhase('uploading');
    setSent(0);
    const form = new FormData();
    if (region) form.append('region', region);
    if (level) form.append('level', level);
    if (year) form.append('year', year);
    form.append('file', f, f.name);
    try {
      const r = await upload<ImportResult>('/api/reports', form, (loaded, total) => {
        setSent(total ? loaded / total : 0);
        if (total && loaded >= total) setPhase('reading');
      });
      setResult(r);
      setPhase('done');
      navigate(`/reports/${r.reportId}?imported=${r.report}`);
    } catch (e) {
      setPhase('idle');
      if (e instanceof ApiFailure && e.code === 'INCOMPLETE_REPORT') setNeedMeta(true);
      setError(fileProblem(e));
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer?.files?.[0];
    if (f) void start(f);
  };

  const busy = phase === 'uploading' || phase === 'reading';
  return (
    <section>
      <PageTitle sub="支持 .txt（UTF-8、GBK、GB18030、Big5、UTF-16 自动识别）、保存的网页、PDF 和 Word（.docx）。同一文件再次导入得到同一份报告。">导入政府工作报告</PageTitle>
      <div
        class={`dropzone${over ? ' over' : ''}${busy ? ' busy' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p class="drop-big">把报告文件拖到这里</p>
        <p>或</p>
        <label class="button primary file-button">
          选择文件
          <input
            ref={input}
            type="file"
            class="visually-hidden"
            name="file"
            accept={ACCEPT}
            disabled={busy}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void start(f);
              e.currentTarget.value = '';
            }}
          />
        </label>
        {file ? (
          <p class="muted">
            {file.name}（{formatBytes(file.size)}）
          </p>
        ) : null}
      </div>

      {busy ? (
        <div class="progress-box" role="status" aria-live="polite">
          <progress max={1} value={phase === 'reading' ? undefined : sent} aria-label={phase === 'reading' ? '正在读取' : '上传进度'} />
          <p>{phase === 'uploading' ? `正在上传… ${Math.round(sent * 100)}%` : '正在读取、清洗并抽取报告中的目标、节点、成绩和任务…'}</p>
        </div>
      ) : null}
      {result ? (
        <p class="alert alert-ok" role="status">
          导入完成：新增 {result.created} 项，更新 {result.updated} 项，未变 {result.unchanged} 项。
        </p>
      ) : null}
      {error ? (
        <div class="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}

      <details class="card" open={needMeta}>
        <summary>报告没有写明地区或年份？在这里注明</summary>
        <div class="form-row">
          <label>
            地区（政府）
            <input value={region} placeholder="如：临溪县" onInput={(e) => setRegion(e.currentTarget.value)} />
          </label>
          <label>
            层级
            <select value={level} onChange={(e) => setLevel(e.currentTarget.value)}>
              <option value="">（按报告内容）</option>
              {Object.entries(LEVEL_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            年份
            <input type="number" inputMode="numeric" min={1949} max={2200} value={year} placeholder="如：2024" onInput={(e) => setYear(e.currentTarget.value)} />
          </label>
          {file && needMeta ? (
            <button type="button" class="primary" onClick={() => void start(file)} disabled={busy}>
              重新上传
            </button>
          ) : null}
        </div>
      </details>
    </section>
  );
}
