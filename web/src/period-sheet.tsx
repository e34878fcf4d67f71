/**
 * The unit's 进展报送表 on its workspace: download it for the period owed now (or about a month), fill it in Excel or
 * WPS, upload it; the answer is shown row by row — what was written, or (any row rejected) the rows to correct.
 */
import { useState } from 'preact/hooks';
import { api, query } from './api';
import { FormResult } from './ui';
import type { PeriodSheetAnswer } from './types';

export function PeriodSheet({ unitId, onDone }: { unitId: number; onDone: () => void }) {
  const [month, setMonth] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<PeriodSheetAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const upload = async (e: Event) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setAnswer(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const result = await api<PeriodSheetAnswer>('POST', `/api/units/${unitId}/sheet`, form);
      setAnswer(result);
      if (result.written.length) onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-label="进展报送表">
      <h2>进展报送表（Excel）</h2>
      <p class="muted">下载本单位各事项的报送表，在 Excel 或 WPS 中填写黄色各列后上传。每一行都会校验；有任何一行需要修改时，整张表都不写入，请按提示改好后重新上传整张表。</p>
      <div class="form-row">
        <label>
          报送月份（不选为本期）
          <input type="month" name="period" value={month} onInput={(e) => setMonth(e.currentTarget.value)} />
        </label>
        <a class="button" href={`/api/units/${unitId}/sheet${query({ period: month })}`} download>
          下载报送表
        </a>
      </div>
      <form class="form-row" onSubmit={upload} aria-label="上传报送表">
        <label>
          填好的报送表
          <input type="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </label>
        <button type="submit" class="primary" disabled={!file || busy}>
          {busy ? '正在上传…' : '上传报送表'}
        </button>
      </form>
      <FormResult error={error} failed="未导入" done={answer && !answer.rejected.length ? written(answer) : undefined} />
      {answer?.rejected.length ? <Rejected answer={answer} /> : null}
    </section>
  );
}

/** The rows to correct, when any row was rejected (then nothing was written). */
function Rejected({ answer }: { answer: PeriodSheetAnswer }) {
  return (
    <div class="alert alert-error" role="alert">
      <p>
        有 {answer.rejected.length} 行需要修改，整张表未写入（其余 {answer.accepted} 行校验通过，{answer.skipped} 行未填写）。请改好后重新上传整张表。
      </p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">行号</th>
              <th scope="col" class="wide">
                原因
              </th>
            </tr>
          </thead>
          <tbody>
            {answer.rejected.map((r) => (
              <tr key={r.row}>
                <td class="num">第{r.row}行</td>
                <td class="wide">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** What a sheet every row of which passed wrote. */
const written = (answer: PeriodSheetAnswer) =>
  `已写入 ${answer.written.length} 行进展${answer.unchanged.length ? `，${answer.unchanged.length} 行此前已报送、未重复写入` : ''}${answer.skipped ? `，${answer.skipped} 行未填写` : ''}。`;
