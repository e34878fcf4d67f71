/** Reports: the list, and one report as given with its items highlighted in place, the cleaned text, the outline. */
import { useMemo, useState } from 'preact/hooks';
import { api } from '../api';
import { reportDocument, reportList, reportTitle } from '../data';
import { CleanedText, KindLegend, MarkedText } from '../doc';
import { AddItemFromSelection } from './add-item';
import { formatDate, formatDateTime } from '../format';
import { EDIT_LABELS, KIND_LABELS, LEVEL_LABELS } from '../labels';
import { navigate } from '../router';
import { ErrorBox, isSupervisor, PageTitle, Show, useAsync, useSession } from '../ui';
import type { GivenField, Kind, ReportDocument } from '../types';

export function ReportsPage() {
  const { user } = useSession();
  const reports = useAsync(reportList, []);
  return (
    <section>
      <PageTitle>报告</PageTitle>
      {isSupervisor(user) ? (
        <p>
          <a class="button primary" href="#/import">
            导入新报告
          </a>
        </p>
      ) : null}
      <Show value={reports} what="报告列表">
        {(list) =>
          list.length === 0 ? (
            <p class="empty">还没有导入任何报告。</p>
          ) : (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">已导入的报告</caption>
                <thead>
                  <tr>
                    <th scope="col">报告</th>
                    <th scope="col">日期</th>
                    <th scope="col">事项数</th>
                    <th scope="col">公开</th>
                    <th scope="col">导入时间</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <a href={`#/reports/${r.id}`}>{reportTitle(r)}</a>
                      </td>
                      <td>{formatDate(r.date ?? String(r.year))}</td>
                      <td class="num">{r.items ?? ''}</td>
                      <td>{r.published ? <a href={`#/public/${r.id}`}>已公开</a> : '未公开'}</td>
                      <td>{formatDateTime(r.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Show>
    </section>
  );
}

function Outline({ doc }: { doc: ReportDocument }) {
  const meta = doc.structure.meta as Record<string, unknown>;
  const firstOf = useMemo(() => {
    const m = new Map<string, number>();
    for (const i of doc.items.slice().sort((a, b) => a.span.start - b.span.start)) if (i.section && !m.has(i.section)) m.set(i.section, i.id);
    return m;
  }, [doc]);
  const countOf = (heading: string) => doc.items.filter((i) => i.section === heading).length;
  const go = (id: number | undefined) => {
    if (id === undefined) return;
    const el = document.getElementById(`item-${id}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  // as stored (the government and year the report is filed under), marked where the office gave them at import
  const given = (field: GivenField, value: unknown) => (value && doc.report.given.includes(field) ? `${String(value)}（督查室注明）` : value);
  const level = doc.government?.level ?? meta.level;
  const fields: [string, unknown][] = [
    ['地区', given('region', doc.government?.region ?? meta.region)],
    ['层级', given('level', LEVEL_LABELS[String(level ?? '')] ?? level)],
    ['年份', given('year', `${doc.report.year}年`)],
    ['日期', formatDate(String(meta.date ?? doc.report.date ?? ''))],
    ['会议', meta.session],
    ['报告人', meta.speaker],
    ['格式', `${doc.report.format} · ${doc.report.encoding}`],
  ];
  return (
    <aside class="outline card" aria-label="报告要素与章节">
      <h2>报告要素</h2>
      <dl class="fields">
        {fields
          .filter(([, v]) => v !== undefined && v !== null && v !== '')
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{String(v)}</dd>
            </div>
          ))}
      </dl>
      <h2>章节</h2>
      {doc.structure.sections.length === 0 ? <p class="muted">未识别出章节。</p> : null}
      <ol class="sections">
        {doc.structure.sections.map((s, i) => {
          const first = firstOf.get(s.heading);
          return (
            <li key={i}>
              {first !== undefined ? (
                <button type="button" class="link-button" onClick={() => go(first)}>
                  {s.heading}
                </button>
              ) : (
                <span>{s.heading}</span>
              )}{' '}
              <span class="count">{countOf(s.heading)}</span>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}

export function ReportPage({ id, view }: { id: number; view: 'original' | 'cleaned' }) {
  const { user } = useSession();
  const doc = useAsync(() => reportDocument(id, true), [id]);
  const [publishError, setPublishError] = useState<unknown>(null);
  const setView = (v: string) => navigate(`/reports/${id}${v === 'cleaned' ? '?view=cleaned' : ''}`, true);
  const imported = new URLSearchParams(location.hash.split('?')[1] ?? '').get('imported');
  return (
    <Show value={doc} what="报告">
      {(d) => {
        const counts: Partial<Record<Kind, number>> = {};
        for (const i of d.items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
        const editCounts: Record<string, number> = {};
        for (const e of d.edits) editCounts[e.type] = (editCounts[e.type] ?? 0) + 1;
        const publish = async () => {
          try {
            await api('POST', `/api/reports/${id}/publish`, { published: !d.report.published });
            doc.reload();
          } catch (e) {
            setPublishError(e);
          }
        };
        return (
          <section>
            <PageTitle sub={`共抽取 ${d.items.length} 项：${(Object.keys(KIND_LABELS) as Kind[]).map((k) => `${KIND_LABELS[k]} ${counts[k] ?? 0}`).join('，')}；清洗修改 ${d.edits.length} 处`}>
              {reportTitle({ ...d.report, government: d.government })}
            </PageTitle>
            {imported ? (
              <p class="alert alert-ok" role="status">
                {imported === 'unchanged' ? '这份报告此前已导入，内容未变。' : imported === 'updated' ? '报告已更新。' : '报告已导入。'}点击标注的文字可打开该事项。
              </p>
            ) : null}
            <div class="toolbar">
              <div class="segmented" role="group" aria-label="显示文本">
                <button type="button" aria-pressed={view === 'original'} onClick={() => setView('original')}>
                  原文（标注事项）
                </button>
                <button type="button" aria-pressed={view === 'cleaned'} onClick={() => setView('cleaned')}>
                  清洗后文本（标出修改）
                </button>
              </div>
              <a class="button" href={`#/ledger?report=${id}`}>
                在台账中查看
              </a>
              <a class="button" href={`#/dashboard?report=${id}`}>
                驾驶舱
              </a>
              {isSupervisor(user) ? (
                <a class="button" href={`#/reports/${id}/split`}>
                  导入分工方案
                </a>
              ) : null}
              {isSupervisor(user) ? (
                <button type="button" onClick={publish}>
                  {d.report.published ? '撤回公开' : '向公众公开'}
                </button>
              ) : null}
              {d.report.published ? <a href={`#/public/${id}`}>公开页面</a> : null}
            </div>
            {publishError ? <ErrorBox error={publishError} /> : null}
            <div class="report-layout">
              <Outline doc={d} />
              <article class="card doc-card" aria-label={view === 'original' ? '报告原文' : '清洗后的报告正文'}>
                {view === 'original' ? (
                  <>
                    <KindLegend counts={counts} />
                    {isSupervisor(user) ? <AddItemFromSelection reportId={id} onAdded={() => doc.reload()} /> : null}
                    <MarkedText text={d.original} items={d.items} href={(i) => `#/commitments/${i}`} />
                  </>
                ) : (
                  <>
                    <ul class="legend" aria-label="修改类型">
                      {Object.entries(editCounts).map(([t, n]) => (
                        <li key={t}>
                          <span class={`swatch edit edit-${t}`} aria-hidden="true">
                            　
                          </span>
                          {EDIT_LABELS[t] ?? t} {n}
                        </li>
                      ))}
                      {d.edits.length === 0 ? <li>原文无需修改</li> : null}
                    </ul>
                    <p class="muted">只显示报告正文；网页标题、导航等附加内容已去除。鼠标悬停在标出的文字上可看原字，或展开下方的修改清单。</p>
                    <CleanedText original={d.original} body={d.structure.body} edits={d.edits} />
                    {d.edits.length ? (
                      <details class="edits-details">
                        <summary>全部 {d.edits.length} 处修改</summary>
                        <div class="table-wrap">
                          <table class="compact edits-list">
                            <thead>
                              <tr>
                                <th scope="col">位置</th>
                                <th scope="col">原文</th>
                                <th scope="col">修改为</th>
                                <th scope="col">类型</th>
                              </tr>
                            </thead>
                            <tbody>
                              {d.edits.map((e, i) => (
                                <tr key={i}>
                                  <td class="num">{e.start}</td>
                                  <td>{e.from}</td>
                                  <td>{e.to || '（删除）'}</td>
                                  <td>{EDIT_LABELS[e.type] ?? e.type}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </div>
                      </details>
                    ) : null}
                  </>
                )}
              </article>
            </div>
          </section>
        );
      }}
    </Show>
  );
}
