/**
 * 本单位工作台: my unit's commitments, the reports it owes and the deadlines of this cycle, its 进展报送表 to download and
 * upload, and a form to report progress on one item.
 */
import { useState } from 'preact/hooks';
import { get, query } from '../api';
import { unitList } from '../data';
import { formatDate, formatGoal, localizeDates } from '../format';
import { PeriodSheet } from '../period-sheet';
import { ProgressForm } from '../progress-form';
import { KindBadge, PageTitle, Show, StatusBadge, useAsync, useSession } from '../ui';

export function WorkspacePage() {
  const { user } = useSession();
  const unitId = user?.unitId;
  const units = useAsync(() => unitList(), []);
  const mine = useAsync(
    async () => (unitId ? get(`/api/commitments${query({ unit: unitId, limit: 500, sort: 'deadline', order: 'asc' })}`) : undefined),
    [unitId],
  );
  // what the unit owes this cycle: a report on each item not reported on yet, and the items whose deadline falls in it
  const owed = useAsync(
    async () => (unitId ? get(`/api/lists/not-reported${query({ unit: unitId })}`) : undefined),
    [unitId],
  );
  const due = useAsync(async () => (unitId ? get(`/api/lists/due${query({ unit: unitId })}`) : undefined), [unitId]);
  const [chosen, setChosen] = useState('');
  const unitName = units.data?.find((u) => u.id === unitId)?.name ?? '';
  if (!unitId) {
    return (
      <section>
        <PageTitle>本单位工作台</PageTitle>
        <p class="alert alert-info">您的账号没有所属单位。请联系管理员。</p>
      </section>
    );
  }
  const reload = () => {
    mine.reload();
    owed.reload();
    due.reload();
  };
  const items = (mine.data?.items ?? []).filter((c) => c.status.status !== 'not_tracked');
  const target = items.find((c) => String(c.id) === chosen);
  return (
    <section>
      <PageTitle sub="本单位牵头或配合的事项；请在到期前填报进展并附上证据。">{unitName || '本单位'}工作台</PageTitle>
      <div class="grid-2">
        <section class="card">
          <h2>本周期需报送进展</h2>
          <Show value={owed} what="需报送事项">
            {(o) => {
              const list = (o?.units ?? []).flatMap((u) => u.items);
              return list.length === 0 ? (
                <p class="empty">本周期的进展都已报送。</p>
              ) : (
                <ul class="due-list">
                  {list.map((e) => (
                    <li key={e.commitmentId}>
                      <a href={`#/commitments/${e.commitmentId}`}>{e.title}</a> <StatusBadge status={e.status.status} />{' '}
                      {e.reportDue ? <span class="due">{formatDate(e.reportDue)}前报送</span> : null}{' '}
                      <button type="button" class="link-button" onClick={() => setChosen(String(e.commitmentId))}>
                        填报
                      </button>
                    </li>
                  ))}
                </ul>
              );
            }}
          </Show>
          <h3>本周期到期</h3>
          <Show value={due} what="到期事项">
            {(d) =>
              !d || d.items.length === 0 ? (
                <p class="empty">本周期没有到期的事项。</p>
              ) : (
                <ul class="due-list">
                  {d.items.map((e) => (
                    <li key={e.commitmentId}>
                      <span class="due">{formatDate(e.deadline)}</span> <a href={`#/commitments/${e.commitmentId}`}>{e.title}</a> <StatusBadge status={e.status.status} />
                    </li>
                  ))}
                </ul>
              )
            }
          </Show>
        </section>
        <section class="card">
          <h2>填报进展</h2>
          <label>
            事项
            <select value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
              <option value="">请选择本单位事项</option>
              {items.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text}
                </option>
              ))}
            </select>
          </label>
          {target ? <ProgressForm key={target.id} commitment={target} onDone={reload} /> : null}
        </section>
      </div>
      <PeriodSheet unitId={unitId} onDone={reload} />
      <section class="card">
        <h2>本单位事项</h2>
        <Show value={mine} what="事项">
          {(m) =>
            !m || items.length === 0 ? (
              <p class="empty">还没有分工给本单位的事项。</p>
            ) : (
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">类型</th>
                      <th scope="col" class="wide">
                        内容
                      </th>
                      <th scope="col">目标值</th>
                      <th scope="col">期限</th>
                      <th scope="col">状态</th>
                      <th scope="col">最近报送</th>
                      <th scope="col">操作</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((c) => (
                      <tr key={c.id}>
                        <td>
                          <KindBadge kind={c.kind} />
                        </td>
                        <td class="wide">
                          <a href={`#/commitments/${c.id}`}>{c.text}</a>
                          <div class="muted small">{localizeDates(c.status.reason)}</div>
                        </td>
                        <td class="num">{formatGoal(c)}</td>
                        <td class="nowrap">{formatDate(c.status.deadline ?? c.deadline)}</td>
                        <td>
                          <StatusBadge status={c.status.status} />
                        </td>
                        <td>{formatDate(c.status.lastReportedOn) || '未报送'}</td>
                        <td>
                          <button type="button" class="link-button" onClick={() => setChosen(String(c.id))}>
                            填报
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Show>
      </section>
    </section>
  );
}
