/**
 * A document as given, with every extracted item marked in place by kind. Rendered as text nodes and <a> marks
 * (a report containing <script> shows it as text). Marks are links, so they are reachable by keyboard.
 * A long document is drawn in blocks of whole lines that the browser lays out only near the screen
 * (content-visibility: auto in styles.css): a report with 10,000 marks is usable once its top is drawn, and
 * find-in-page and links to a mark still reach every block.
 */
import { memo } from 'preact/compat';
import { inBlocks, segments, type Spanned } from './highlight';
import { EDIT_LABELS, KIND_LABELS } from './labels';
import type { Edit, Kind } from './types';

export interface MarkItem extends Spanned {
  id: number;
  kind: Kind;
  status?: { label: string };
}

export const MarkedText = memo(function MarkedText({ text, items, href, from, to }: { text: string; items: readonly MarkItem[]; href: (id: number) => string; from?: number; to?: number }) {
  const parts = segments(text, items, from ?? 0, to ?? text.length);
  // an item cut by one stated inside it has several pieces: the first carries its anchor
  const firstPiece = new Set<number>();
  const seen = new Set<number>();
  for (const p of parts) if (p.item && !seen.has(p.item.id)) [seen.add(p.item.id), firstPiece.add(p.start)];
  const blocks = inBlocks(parts);
  return (
    <div class="document" lang="zh-CN">
      {blocks.map((block) => (
        <div class="document-block" key={block[0]?.start}>
          {block.map((p) =>
            p.item ? (
              <a
                key={p.start}
                id={firstPiece.has(p.start) ? `item-${p.item.id}` : undefined}
                class={`mark kind-${p.item.kind}`}
                href={href(p.item.id)}
                title={`${KIND_LABELS[p.item.kind]}${p.item.status ? ` · ${p.item.status.label}` : ''}`}
                data-kind={p.item.kind}
              >
                {p.text}
              </a>
            ) : (
              p.text
            ),
          )}
        </div>
      ))}
    </div>
  );
});

const BLANK_RUN = /(?:[ \t\u3000]*\n){3,}/g;

/** The cleaned body: the original body with each repair shown in place (what it was → what it became). */
export const CleanedText = memo(function CleanedText({ original, body, edits }: { original: string; body: { start: number; end: number }; edits: readonly Edit[] }) {
  const marks = edits.map((e, i) => ({ ...e, span: { start: e.start, end: e.end }, i }));
  const parts = segments(original, marks, body.start, body.end);
  return (
    <div class="document cleaned" lang="zh-CN">
      {parts.map((p) => {
        const e = p.item;
        // a run of blank lines in the copy reads as one paragraph break in the cleaned view
        if (!e) return p.text.replace(BLANK_RUN, '\n\n');
        const what = `${EDIT_LABELS[e.type] ?? e.type}：「${e.from}」${e.to ? `→「${e.to}」` : '已删除'}`;
        return e.to ? (
          <ins key={p.start} class={`edit edit-${e.type}`} title={what} data-from={e.from}>
            {e.to}
          </ins>
        ) : (
          <del key={p.start} class={`edit edit-${e.type}`} title={what}>
            {e.from}
          </del>
        );
      })}
    </div>
  );
});

export function KindLegend({ counts }: { counts: Partial<Record<Kind, number>> }) {
  return (
    <ul class="legend" aria-label="标注图例">
      {(Object.keys(KIND_LABELS) as Kind[]).map((k) => (
        <li key={k}>
          <span class={`swatch mark kind-${k}`} aria-hidden="true">
            　
          </span>
          {KIND_LABELS[k]} {counts[k] ?? 0}
        </li>
      ))}
    </ul>
  );
}
