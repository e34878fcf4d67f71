/**
 * 待审批: the requests (办结, 延期, 调整) waiting for the office, each with approve / return and a note; the decided
 * ones by state. A unit's editors see their own unit's requests and what the office said.
 */
import { get, query } from '../api';
import { REQUEST_STATE_LABELS } from '../labels';
import { DecisionForm, RequestLine } from '../requests';
import { isSupervisor, PageTitle, Show, useAsync, useSession } from '../ui';
import type { RequestState } from '../types';

const TABS: (RequestState | 'all')[] = ['pending', 'approved', 'returned', 'all'];

export function RequestsPage({ state }: { state: string | null }) {
  const { user } = useSession();
  const office = isSupervisor(user);
  const tab = (TABS as string[]).includes(state ?? '') ? (state as RequestState | 'all') : office ? 'pending' : 'all';
  const list = useAsync(() => get(`/api/requests${query({ state: tab === 'all' ? undefined : tab })}`).then((r) => r.requests), [tab]);
  return (
    <section>
      <PageTitle>{office ? '待审批申请' : '本单位申请'}</PageTitle>
      <nav class="toolbar" aria-label="按审批状态">
        {TABS.map((t) => (
          <a key={t} href={`#/requests?state=${t}`} aria-current={t === tab ? 'page' : undefined} class="button">
            {t === 'all' ? '全部' : REQUEST_STATE_LABELS[t]}
          </a>
        ))}
      </nav>
      <Show value={list} what="申请">
        {(requests) =>
          requests.length === 0 ? (
            <p class="muted">{tab === 'pending' ? '没有待审批的申请。' : '没有申请。'}</p>
          ) : (
            <ol class="plain request-list">
              {requests
                .slice()
                .reverse()
                .map((r) => (
                  <li key={r.id} class="card">
                    <p>
                      <a href={`#/commitments/${r.commitmentId}`}>{r.title}</a>
                    </p>
                    <RequestLine r={r} />
                    {r.state === 'pending' && office ? <DecisionForm request={r} onDone={list.reload} /> : null}
                  </li>
                ))}
            </ol>
          )
        }
      </Show>
    </section>
  );
}
