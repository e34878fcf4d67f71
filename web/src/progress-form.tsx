/** 履责: a progress report with evidence (text, a link, a file), sent as multipart/form-data. */
import { useState } from 'preact/hooks';
import { api } from './api';
import { parseFigure, todayLocal } from './format';
import { WORK_STATE_LABELS } from './labels';
import { FormResult, messageOf } from './ui';
import type { Commitment } from './types';

export function ProgressForm({ commitment, onDone }: { commitment: Commitment; onDone: () => void }) {
  const [reportedOn, setReportedOn] = useState(todayLocal());
  const [value, setValue] = useState('');
  const [state, setState] = useState('');
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [ok, setOk] = useState('');
  const [busy, setBusy] = useState(false);
  const quantified = commitment.kind === 'target' && (commitment.low !== undefined || commitment.high !== undefined);
  const id = `pf-${commitment.id}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const formEl = e.currentTarget as HTMLFormElement;
    setError('');
    setOk('');
    if (!value.trim() && !state && !note.trim() && !link && !file) {
      setError('请至少填写数值、状态、说明或证据中的一项。');
      return;
    }
    // typed as the report writes it: 1200万, 1.3万亿, 41260
    const figure = value.trim() ? parseFigure(value) : undefined;
    if (value.trim() && figure === undefined) {
      setError('数值请填写数字，可带“万”“亿”，如 1200万、8.5。');
      return;
    }
    const form = new FormData();
    form.append('reportedOn', reportedOn);
    if (figure !== undefined) form.append('value', String(figure));
    if (state) form.append('state', state);
    if (note.trim()) form.append('note', note.trim());
    if (link) form.append('evidenceLink', link);
    if (file) form.append('file', file, file.name);
    setBusy(true);
    try {
      await api('POST', `/api/commitments/${commitment.id}/progress`, form);
      setOk('进展已提交。');
      setValue('');
      setState('');
      setNote('');
      setLink('');
      setFile(null);
      formEl.reset();
      setReportedOn(todayLocal());
      onDone();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="progress-form form" onSubmit={submit} aria-label="填报进展">
      <div class="form-row">
        <label>
          填报日期
          <input type="date" required value={reportedOn} onChange={(e) => setReportedOn(e.currentTarget.value)} />
        </label>
        {quantified ? (
          <label>
            当前数值{commitment.unit ? `（${commitment.unit}）` : ''}
            <input type="text" inputMode="decimal" name="value" placeholder="如 1200万" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
          </label>
        ) : null}
        <label>
          进展状态
          <select name="state" value={state} onChange={(e) => setState(e.currentTarget.value)}>
            <option value="">（不填）</option>
            {Object.entries(WORK_STATE_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state === 'done' ? (
        <p class="alert alert-info" role="note">
          选择“已完成”即提出办结申请：督查室审核同意后，事项才办结。
        </p>
      ) : null}
      <label>
        进展说明
        <textarea name="note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="form-row">
        <label>
          证据链接
          <input type="url" name="evidenceLink" placeholder="https://" value={link} onInput={(e) => setLink(e.currentTarget.value)} />
        </label>
        <label>
          证据文件
          <input id={`${id}-file`} type="file" name="file" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </label>
      </div>
      <FormResult error={error} done={ok} />
      <button type="submit" class="primary" disabled={busy}>
        {busy ? '正在提交…' : '提交进展'}
      </button>
    </form>
  );
}
