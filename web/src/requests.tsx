/**
 * 办结 and changes in the web app: what a request asks, in words; the office's approve / return with a note; and the
 * form a unit's editor asks with from the item page (办结, 延期 with a new date and a reason, 调整 of the text or
 * target value).
 */
import { useState } from 'preact/hooks';
import { api } from './api';
import { formatDate, formatDateTime, formatValue } from './format';
import { REQUEST_KIND_LABELS, REQUEST_STATE_LABELS } from './labels';
import { ErrorBox, FormResult } from './ui';
import type { ChangeRequest, Commitment, RequestKind } from './types';

/** What a request asks, in words. */
export function asked(r: ChangeRequest, unit?: string): string {
  const p = r.proposal;
  if (p.kind === 'completion') return `${formatDate(p.completedOn)}已完成，申请办结`;
  if (p.kind === 'extension') return `完成时限由${formatDate(p.previousDeadline)}延至${formatDate(p.deadline)}`;
  const c = p.changes;
  const parts: string[] = [];
  if (c.text !== undefined) parts.push(`内容改为“${c.text}”`);
  if (c.low !== undefined || c.high !== undefined) {
    const value = c.low ?? c.high;
    parts.push(value === null || value === undefined ? '取消目标值' : `目标值改为${formatValue(value, c.unit ?? unit)}`);
  }
  if (c.unit !== undefined && c.low === undefined && c.high === undefined) parts.push(`计量单位改为${c.unit ?? '（空）'}`);
  if (c.indicator !== undefined) parts.push(`指标改为${c.indicator ?? '（空）'}`);
  return parts.join('；') || '调整事项';
}

/** The office's decision on a pending request: a note, and approve or return (a return needs the note). */
export function DecisionForm({ request, onDone }: { request: ChangeRequest; onDone: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (decision: 'approve' | 'return') => {
    setError(null);
    if (decision === 'return' && !note.trim()) {
      setError(new Error('退回须写明原因，填报单位会看到。'));
      return;
    }
    setBusy(true);
    try {
      await api('POST', `/api/requests/${request.id}/decision`, { decision, ...(note.trim() ? { note: note.trim() } : {}) });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="decision">
      <label>
        审批意见
        <input name="note" value={note} placeholder="退回时必填" onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <div class="toolbar">
        <button type="button" class="primary" disabled={busy} onClick={() => decide('approve')}>
          {request.kind === 'completion' ? '同意办结' : '同意'}
        </button>
        <button type="button" disabled={busy} onClick={() => decide('return')}>
          退回
        </button>
      </div>
      {error ? <ErrorBox error={error} title="未处理" /> : null}
    </div>
  );
}

/** One request as a list shows it: its kind and state, what it asks, why, and the office's note. */
export function RequestLine({ r, unit }: { r: ChangeRequest; unit?: string }) {
  return (
    <div class="request-line">
      <span class="badge">{REQUEST_KIND_LABELS[r.kind]}</span> <span class={`badge request-${r.state}`}>{REQUEST_STATE_LABELS[r.state]}</span> <strong>{asked(r, unit)}</strong>
      {r.reason ? <p>理由：{r.reason}</p> : null}
      <div class="muted small">
        {r.unitName}
        {r.requestedByName ? `（${r.requestedByName}）` : ''}提交于 {formatDateTime(r.createdAt)}
        {r.decidedAt ? `；${r.decidedByName ?? '督查室'}${r.state === 'approved' ? '同意' : '退回'}于 ${formatDateTime(r.decidedAt)}` : ''}
      </div>
      {r.note ? <p class={r.state === 'returned' ? 'alert alert-info' : undefined}>督查室意见：{r.note}</p> : null}
    </div>
  );
}

/** A unit's request from the item page. */
export function RequestForm({ commitment, deadline, onDone }: { commitment: Commitment; deadline?: string; onDone: () => void }) {
  const [kind, setKind] = useState<RequestKind>('completion');
  const [completedOn, setCompletedOn] = useState('');
  const [newDeadline, setNewDeadline] = useState('');
  const [text, setText] = useState(commitment.text);
  const [value, setValue] = useState(commitment.low !== undefined ? String(commitment.low) : '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setOk('');
    let body: Record<string, unknown>;
    if (kind === 'completion') {
      if (!completedOn) return setError(new Error('请填写完成日期。'));
      body = { kind, completedOn, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    } else {
      if (!reason.trim()) return setError(new Error('请写明申请理由。'));
      if (kind === 'extension') {
        if (!newDeadline) return setError(new Error('请填写延期后的完成时限。'));
        if (deadline && newDeadline <= deadline) return setError(new Error(`延期后的时限须晚于现行完成时限${formatDate(deadline)}。`));
        body = { kind, deadline: newDeadline, reason: reason.trim() };
      } else {
        const changes: Record<string, unknown> = {};
        if (text.trim() && text.trim() !== commitment.text) changes.text = text.trim();
        const n = value.trim() === '' ? undefined : Number(value);
        if (n !== undefined && !Number.isFinite(n)) return setError(new Error('目标值须为数字。'));
        if (n !== undefined && n !== commitment.low) Object.assign(changes, commitment.high !== undefined && commitment.high === commitment.low ? { low: n, high: n } : { low: n });
        if (Object.keys(changes).length === 0) return setError(new Error('请修改事项内容或目标值。'));
        body = { kind, changes, reason: reason.trim() };
      }
    }
    try {
      await api('POST', `/api/commitments/${commitment.id}/requests`, body);
      setOk(`${REQUEST_KIND_LABELS[kind]}已提交，等待督查室审批。`);
      setReason('');
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-label="提出申请">
      <div class="form-row">
        <label>
          申请类型
          <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as RequestKind)}>
            {(Object.keys(REQUEST_KIND_LABELS) as RequestKind[]).map((k) => (
              <option key={k} value={k}>
                {REQUEST_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {kind === 'completion' ? (
          <label>
            完成日期
            <input type="date" name="completedOn" value={completedOn} onChange={(e) => setCompletedOn(e.currentTarget.value)} />
          </label>
        ) : kind === 'extension' ? (
          <label>
            延期至（现行时限：{formatDate(deadline) || '未定'}）
            <input type="date" name="deadline" value={newDeadline} onChange={(e) => setNewDeadline(e.currentTarget.value)} />
          </label>
        ) : commitment.low !== undefined ? (
          <label>
            目标值{commitment.unit ? `（${commitment.unit}）` : ''}
            <input type="text" inputMode="decimal" name="value" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
          </label>
        ) : null}
      </div>
      {kind === 'adjustment' ? (
        <label>
          事项内容
          <textarea name="text" rows={2} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
      ) : null}
      <label>
        {kind === 'completion' ? '完成情况说明' : '申请理由（必填）'}
        <textarea name="reason" rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <FormResult error={error} failed="未提交" done={ok} />
      <button type="submit" class="primary">
        提交{REQUEST_KIND_LABELS[kind]}
      </button>
    </form>
  );
}
