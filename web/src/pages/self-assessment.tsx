/**
 * The year-end self-assessment (目标任务完成情况表) of a report: each target, its lead unit, the result and where it is
 * from, the share of the target reached and the verdict; and the same table as a printable .xlsx.
 */
import { get, query } from '../api';
import { reportList } from '../data';
import { navigate } from '../router';
import { PageTitle, ReportChoice, Show, useAsync } from '../ui';
import type { AssessmentRow } from '../types';

function Rows({ rows }: { rows: AssessmentRow[] }) {
  return (
    <div class="table-wrap">
      <table class="assessment">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">目标任务</th>
            <th scope="col">目标值</th>
            <th scope="col">牵头单位</th>
            <th scope="col">完成值</th>
            <th scope="col">结果来源</th>
            <th scope="col">完成程度</th>
            <th scope="col">评定</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.commitmentId} class={`assessment-${r.verdict}`}>
              <td class="num">{r.seq}</td>
              <td>
                <a href={`#/commitments/${r.commitmentId}`}>{r.text}</a>
              </td>
              <td class="num">{r.goal}</td>
              <td>{r.leadUnit || '—'}</td>
              <td class="num">{r.result || '—'}</td>
              <td>{r.sourceLabel || '—'}</td>
              <td>{r.shareText || '—'}</td>
              <td>
                <span class={`badge verdict verdict-${r.verdict}`}>{r.verdictLabel}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SelfAssessmentPage({ query: q }: { query: URLSearchParams }) {
  const chosen = q.get('report') ?? '';
  const reports = useAsync(() => reportList().then((list) => list.filter((r) => r.kind !== 'bulletin')), []);
  const table = useAsync(() => (chosen ? get(`/api/reports/${Number(chosen)}/self-assessment`) : Promise.resolve(undefined)), [chosen]);
  return (
    <section>
      <PageTitle sub="每项目标的完成值取自当年统计公报（最终数），没有时取自次年报告（预计数），再没有时取自牵头单位最近报送的进展。">目标任务完成情况</PageTitle>
      <Show value={reports} what="报告列表">
        {(list) => (
          <ReportChoice label="报告" inline reports={list} value={chosen} none="请选择" onChange={(id) => navigate(`/self-assessment${query({ report: id || undefined })}`, true)} />
        )}
      </Show>
      {chosen ? (
        <Show value={table} what="完成情况表">
          {(data) =>
            data ? (
              <>
                <div class="toolbar">
                  <h2>{data.title}</h2>
                  <a class="button" href={`/api/exports/self-assessment.xlsx${query({ report: data.report.id })}`} download>
                    导出 Excel
                  </a>
                </div>
                {data.rows.length ? <Rows rows={data.rows} /> : <p class="empty">这份报告没有当年的目标。</p>}
              </>
            ) : null
          }
        </Show>
      ) : (
        <p class="empty">请选择一份政府工作报告。</p>
      )}
    </section>
  );
}
