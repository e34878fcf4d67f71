/** The public view: a published report's promises, their status and evidence. Read-only, no login. */
import { useMemo, useState } from 'preact/hooks';
import { get } from '../api';
import { reportTitle } from '../data';
import { KindLegend, MarkedText } from '../doc';
import { formatDate, formatGoal, formatValue, localizeDates } from '../format';
import { KIND_LABELS, RAG_LABELS, RAG_OF, WORK_STATE_LABELS, type Rag } from '../labels';
import { KindBadge, PageTitle, Show, StatusBadge, useAsync, VerdictBadge } from '../ui';
import type { Kind, PublicItem, PublicReport, WorkState } from '../types';

export function PublicListPage() {
  const list = useAsync(() => get('/api/public/reports').then((r) => r.reports), []);
  return (
    <section>
      <PageTitle sub="政府工作报告中的承诺、落实进展和证据，向社会公开，无需登录。">公开查询</PageTitle>
      <Show value={list} what="公开的报告">
        {(reports) =>
          reports.length === 0 ? (
            <p class="empty">暂无公开的报告。</p>
          ) : (
            <ul class="report-cards">
              {reports.map((r) => (
                <li key={r.id} class="card">
                  <a href={`#/public/${r.id}`}>{reportTitle(r)}</a>
                  <div class="muted">{formatDate(r.date ?? String(r.year))}</div>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </section>
  );
}

function Item({ item }: { item: PublicItem }) {
  return (
    <li class="card public-item" id={`p-${item.id}`}>
      <div class="item-head">
        <KindBadge kind={item.kind} /> {item.status.status !== 'not_tracked' ? <StatusBadge status={item.status.status} /> : null}
        {item.verdict ? <VerdictBadge verdict={item.verdict} /> : null}
        {item.deadline ? <span class="muted">期限：{formatDate(item.deadline)}</span> : null}
        {formatGoal(item) ? <span class="muted">目标：{formatGoal(item)}</span> : null}
      </div>
      <p class="item-text">{item.text}</p>
      {item.status.status !== 'not_tracked' ? <p class="muted small">{localizeDates(item.status.reason)}</p> : null}
      {item.progress.length ? (
        <ol class="timeline compact">
          {item.progress.map((p, i) => (
            <li key={i}>
              <div class="when">{formatDate(p.reportedOn)}</div>
              <div class="what">
                {p.value !== undefined ? <span class="value">{formatValue(p.value, item.unit)}</span> : null}
                {p.state ? <span class="badge">{WORK_STATE_LABELS[p.state as WorkState] ?? p.state}</span> : null}
                {p.note ? <p>{p.note}</p> : null}
                {p.evidence.map((e, j) => (
                  <div key={j} class="small">
                    {e.kind === 'link' && e.value && /^https?:\/\//i.test(e.value) ? (
                      <a href={e.value} target="_blank" rel="noopener noreferrer">
                        证据链接：{e.value}
                      </a>
                    ) : e.kind === 'file' ? (
                      `证据文件：${e.name ?? ''}`
                    ) : (
                      `证据：${e.value ?? ''}`
                    )}
                  </div>
                ))}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}

export function PublicPage({ id }: { id: number }) {
  const data = useAsync(() => get(`/api/public/reports/${id}`), [id]);
  const [kind, setKind] = useState<Kind | ''>('target');
  const [showDoc, setShowDoc] = useState(false);
  return (
    <Show value={data} what="公开报告">
      {(d) => <PublicBody d={d} kind={kind} setKind={setKind} showDoc={showDoc} setShowDoc={setShowDoc} />}
    </Show>
  );
}

function PublicBody({ d, kind, setKind, showDoc, setShowDoc }: { d: PublicReport; kind: Kind | ''; setKind: (k: Kind | '') => void; showDoc: boolean; setShowDoc: (b: boolean) => void }) {
  const counts: Partial<Record<Kind, number>> = {};
  for (const i of d.items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
  const rag = useMemo(() => {
    const r: Record<Rag, number> = { green: 0, amber: 0, red: 0, none: 0, untracked: 0 };
    for (const i of d.items) r[RAG_OF[i.status.status]]++;
    return r;
  }, [d]);
  const shown = d.items.filter((i) => !kind || i.kind === kind);
  const sections = [...new Set(shown.map((i) => i.section ?? ''))];
  return (
    <section>
      <PageTitle sub={`公开的承诺与落实情况 · ${formatDate(d.report.date ?? String(d.report.year))}`}>{reportTitle({ ...d.report, government: d.government })}</PageTitle>
      <div class="rag-cards" role="list" aria-label="落实情况">
        {(['green', 'amber', 'red', 'none'] as Rag[]).map((r) => (
          <div key={r} class={`rag-card rag-${r}`} role="listitem">
            <div class="rag-num">{rag[r]}</div>
            <div class="rag-label">{RAG_LABELS[r]}</div>
          </div>
        ))}
      </div>
      <div class="toolbar">
        <div class="segmented" role="group" aria-label="事项类型">
          {(['target', 'milestone', 'task', 'achievement'] as Kind[]).map((k) => (
            <button type="button" key={k} aria-pressed={kind === k} onClick={() => setKind(k)}>
              {KIND_LABELS[k]} {counts[k] ?? 0}
            </button>
          ))}
          <button type="button" aria-pressed={kind === ''} onClick={() => setKind('')}>
            全部 {d.items.length}
          </button>
        </div>
        <button type="button" aria-pressed={showDoc} onClick={() => setShowDoc(!showDoc)}>
          {showDoc ? '收起报告原文' : '查看报告原文（标注承诺）'}
        </button>
      </div>
      {showDoc ? (
        <article class="card doc-card" aria-label="报告原文">
          <KindLegend counts={counts} />
          <MarkedText text={d.original} items={d.items} href={(i) => `#/public/${d.report.id}?item=${i}`} />
        </article>
      ) : null}
      {sections.map((s) => (
        <section key={s}>
          <h2>{s || '其他'}</h2>
          <ul class="public-items">
            {shown
              .filter((i) => (i.section ?? '') === s)
              .map((i) => (
                <Item key={i.id} item={i} />
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
