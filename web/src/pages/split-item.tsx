/**
 * 拆分与合并 on the item page: where the item came from or went (links both ways), and, for the office, splitting an
 * item that holds several commitments — select words of the item, add each as a part with its type, then split. The
 * selection's offsets are counted over the item's own words, which are its span of the original verbatim.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { formatDateTime } from '../format';
import { offsetsIn, selectedRange } from '../highlight';
import { KIND_LABELS } from '../labels';
import { navigate } from '../router';
import type { CommitmentDetail, Kind } from '../types';
import { ErrorBox, KindSelect } from '../ui';

const BECAME: Record<string, string> = { split: '已拆分为', merge: '已合并为' };
const CAME_FROM: Record<string, string> = { split: '由下列事项拆分而来', merge: '由下列事项合并而来' };

/** The items this one became, or came from; nothing when it was never split or merged. */
export function ReplacementLinks({ d }: { d: CommitmentDetail }) {
  const line = (label: string, links: CommitmentDetail['replaces']) =>
    links.length === 0 ? null : (
      <p class="alert" role="note">
        {label}：
        {links.map((r, i) => (
          <span key={r.id}>
            {i > 0 ? '、' : ''}
            <a href={`#/commitments/${r.id}`}>第 {r.id} 项</a>
          </span>
        ))}
        <span class="muted">（{formatDateTime(links[0]!.createdAt)}）</span>
      </p>
    );
  return (
    <>
      {line(`${BECAME[d.replacedBy[0]?.kind ?? 'split']}（本项不再纳入督办）`, d.replacedBy)}
      {line(CAME_FROM[d.replaces[0]?.kind ?? 'split']!, d.replaces)}
    </>
  );
}

interface Part {
  start: number;
  end: number;
  text: string;
  kind: Kind;
}

/** The selection inside the item's words, as offsets into the original. */
function selectedPart(words: HTMLElement, itemStart: number): Omit<Part, 'kind'> | undefined {
  const range = selectedRange();
  if (!range || !words.contains(range.startContainer) || !words.contains(range.endContainer)) return undefined;
  const inWords = offsetsIn(words, range);
  return inWords && { ...inWords, start: itemStart + inWords.start, end: itemStart + inWords.end };
}

/** The office's split form: parts from selections of the item's words, then one request for all of them. */
export function SplitItemForm({ d, onSplit }: { d: CommitmentDetail; onSplit: () => void }) {
  const c = d.commitment;
  const [words, setWords] = useState<HTMLElement | null>(null);
  const [selection, setSelection] = useState<Omit<Part, 'kind'>>();
  const [kind, setKind] = useState<Kind>(c.kind);
  const [parts, setParts] = useState<Part[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!words) return;
    const update = () => setSelection(selectedPart(words, c.span.start));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [words, c.span.start]);
  const add = () => {
    if (!selection) return;
    setParts([...parts, { ...selection, kind }].sort((a, b) => a.start - b.start));
    window.getSelection()?.removeAllRanges();
    setSelection(undefined);
  };
  const split = async () => {
    setError(null);
    try {
      const r = await api<{ items: { id: number }[] }>('POST', `/api/commitments/${c.id}/split`, {
        version: c.version,
        parts: parts.map(({ start, end, kind }) => ({ span: { start, end }, kind })),
      });
      onSplit();
      navigate(`/commitments/${r.items[0]!.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details class="split-item">
      <summary>拆分本项（一项中含多项承诺时）</summary>
      <p class="muted small">在下面的原文中选中一项承诺的文字，选择类型后点“加为一项”；至少两项后点“拆分”。拆分后本项不再纳入督办，责任分工转给新事项，数值和期限可在新事项中更正。</p>
      <blockquote class="source split-words" ref={setWords}>
        {c.text}
      </blockquote>
      <div class="form-row">
        <KindSelect value={kind} onChange={setKind} />
        <button type="button" onClick={add} disabled={!selection}>
          加为一项{selection ? `：${selection.text.length > 20 ? `${selection.text.slice(0, 20)}…` : selection.text}` : ''}
        </button>
      </div>
      {parts.length > 0 ? (
        <ol class="split-parts">
          {parts.map((p, i) => (
            <li key={`${p.start}-${p.end}`}>
              <q>{p.text}</q>（{KIND_LABELS[p.kind]}）{' '}
              <button type="button" class="link-button" onClick={() => setParts(parts.filter((_, j) => j !== i))}>
                移除
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {error ? <ErrorBox error={error} title="未拆分" /> : null}
      <button type="button" class="primary" onClick={split} disabled={parts.length < 2}>
        拆分为 {parts.length} 项
      </button>
    </details>
  );
}
