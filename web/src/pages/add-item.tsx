/**
 * 补充事项: the office selects words in the report as given (the marked original) and adds them as an item the
 * extractor missed. The selection's offsets are counted over the document's text, which is the original verbatim,
 * so they are the item's span in the report as given.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { offsetsIn, selectedRange } from '../highlight';
import { navigate } from '../router';
import type { Kind } from '../types';
import { ErrorBox, KindSelect } from '../ui';

/** The selection inside `.document` as offsets into its text, or undefined when there is none there. */
function selectedSpan(): { start: number; end: number; text: string } | undefined {
  const range = selectedRange();
  if (!range) return undefined;
  const container = (range.commonAncestorContainer instanceof Element ? range.commonAncestorContainer : range.commonAncestorContainer.parentElement)?.closest('.document');
  if (!container || container.classList.contains('cleaned')) return undefined;
  return offsetsIn(container, range);
}

export function AddItemFromSelection({ reportId, onAdded }: { reportId: number; onAdded: () => void }) {
  const [span, setSpan] = useState<{ start: number; end: number; text: string }>();
  const [kind, setKind] = useState<Kind>('task');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const update = () => {
      const s = selectedSpan();
      if (!s) return;
      setSpan(s);
      setError(null);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);
  if (!span) return <p class="muted small">选中原文中的文字，可将抽取遗漏的内容补充为事项。</p>;
  const add = async (e: Event) => {
    e.preventDefault();
    try {
      const item = await api<{ id: number }>('POST', `/api/reports/${reportId}/commitments`, { span: { start: span.start, end: span.end }, kind });
      onAdded();
      navigate(`/commitments/${item.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form class="add-item card" onSubmit={add} aria-label="补充事项">
      <p>
        选中：<q>{span.text.length > 60 ? `${span.text.slice(0, 60)}…` : span.text}</q>（第 {span.start}–{span.end} 字符）
      </p>
      <div class="form-row">
        <KindSelect value={kind} onChange={setKind} />
        <button type="submit" class="primary">
          补充为事项
        </button>
        <button type="button" onClick={() => setSpan(undefined)}>
          取消
        </button>
      </div>
      {error ? <ErrorBox error={error} title="未添加" /> : null}
    </form>
  );
}
