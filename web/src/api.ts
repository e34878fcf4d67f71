/**
 * Talking to the HTTP API: JSON in and out, the session cookie sent by the browser, and the session's CSRF token
 * (the luoshi_csrf cookie, which the server keeps on the token of the session in force) echoed in X-CSRF-Token on
 * every write. Errors become ApiFailure with the server's Chinese message.
 */
import type { z } from 'zod';
import type * as auth from '../../src/server/schemas/auth';
import type * as commitments from '../../src/server/schemas/commitments';
import type * as loop from '../../src/server/schemas/loop';
import type * as reports from '../../src/server/schemas/reports';
import type * as admin from '../../src/server/schemas/admin';
import type * as requests from '../../src/server/schemas/requests';
import type * as outcomes from '../../src/server/schemas/outcomes';
import type * as progress from '../../src/server/schemas/progress';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail?: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

let csrfToken = '';

export function csrf(): string {
  const m = /(?:^|;\s*)luoshi_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : csrfToken;
}

export function setCsrf(token: string): void {
  csrfToken = token;
}

/** Messages for failures the server did not explain (network down, a proxy's error page). */
function failureOf(status: number, body: unknown): ApiFailure {
  const e = (body as { error?: { code?: string; message?: string; detail?: string } } | undefined)?.error;
  if (e?.message) return new ApiFailure(status, e.code ?? 'ERROR', e.message, e.detail, body);
  if (status === 0) return new ApiFailure(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  return new ApiFailure(status, 'HTTP', `服务器返回错误（${status}）`);
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = csrf();
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw failureOf(0, undefined);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const failure = failureOf(response.status, parsed);
    if (response.status === 401 && path !== '/api/auth/login') window.dispatchEvent(new CustomEvent('luoshi:unauthenticated'));
    throw failure;
  }
  return parsed as T;
}

/**
 * Every JSON GET route, as the server registers it (src/server/routes), to its 200 response schema's type; the
 * file downloads are links, not calls.
 */
interface GetRoutes {
  '/api/auth/me': z.infer<typeof auth.SessionResponse>;
  '/api/reports': z.infer<typeof reports.ReportList>;
  '/api/reports/:id': z.infer<typeof reports.ReportDocument>;
  '/api/reports/:id/self-assessment': z.infer<typeof outcomes.SelfAssessmentResponse>;
  '/api/import-jobs/:id': z.infer<typeof reports.ImportJob>;
  '/api/commitments': z.infer<typeof commitments.CommitmentPage>;
  '/api/commitments/:id': z.infer<typeof commitments.CommitmentDetail>;
  '/api/commitments/:id/requests': z.infer<typeof requests.RequestList>;
  '/api/commitments/:id/progress': z.infer<typeof progress.ProgressList>;
  '/api/requests': z.infer<typeof requests.RequestList>;
  '/api/units': z.infer<typeof admin.UnitList>;
  '/api/users': z.infer<typeof admin.UserList>;
  '/api/settings': z.infer<typeof admin.SettingsResponse>;
  '/api/unit-contacts': z.infer<typeof admin.UnitContactList>;
  '/api/deliveries': z.infer<typeof admin.DeliveryList>;
  '/api/lists/due': z.infer<typeof loop.ListResponse>;
  '/api/lists/late': z.infer<typeof loop.ListResponse>;
  '/api/lists/not-reported': z.infer<typeof loop.NotReportedResponse>;
  '/api/lists/reminders': z.infer<typeof loop.RemindersResponse>;
  '/api/scorecards': z.infer<typeof loop.ScorecardResponse>;
  '/api/dashboard': z.infer<typeof loop.DashboardResponse>;
  '/api/compare': z.infer<typeof outcomes.CompareResponse>;
  '/api/audit': z.infer<typeof loop.AuditList>;
  '/api/public/reports': z.infer<typeof reports.PublicReportList>;
  '/api/public/reports/:id': z.infer<typeof reports.PublicReport>;
}

/** A route's URLs: each `:param` an id (`/api/reports/:id` → `/api/reports/${number}`), with or without a query string. */
type Filled<P extends string> = P extends `${infer Head}:${string}/${infer Tail}`
  ? `${Head}${number}/${Filled<Tail>}`
  : P extends `${infer Head}:${string}`
    ? `${Head}${number}`
    : P;
type UrlOf<P extends string> = Filled<P> | `${Filled<P>}?${string}`;
export type GetPath = { [P in keyof GetRoutes]: UrlOf<P> }[keyof GetRoutes];
export type ResponseOf<U extends GetPath> = { [P in keyof GetRoutes]: U extends UrlOf<P> ? GetRoutes[P] : never }[keyof GetRoutes];

/** GET a route; the answer's type follows from the URL. */
export const get = <U extends GetPath>(path: U) => api<ResponseOf<U>>('GET', path);

/** A query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null | readonly string[]>): '' | `?${string}` {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const x of v) q.append(k, x);
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Upload with progress (fetch cannot report upload progress): resolves with the parsed JSON. */
export function upload<T>(path: string, form: FormData, onProgress: (sent: number, total: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('x-csrf-token', csrf());
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onerror = () => reject(failureOf(0, undefined));
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
      else reject(failureOf(xhr.status, parsed));
    };
    xhr.send(form);
  });
}

export type Session = ResponseOf<'/api/auth/me'>;

/** Messages a person understands for what can go wrong with a file. */
export function fileProblem(e: unknown): string {
  if (!(e instanceof ApiFailure)) return '出现意外错误，请重试';
  switch (e.code) {
    case 'UNSUPPORTED_MEDIA':
      return '无法识别这个文件：请上传文本（.txt）、网页（.html）、PDF 或 Word（.docx）格式的政府工作报告。';
    case 'TOO_LARGE':
      return '文件太大，超过了上传限制（50 MB）。';
    case 'DOCUMENT_TOO_LARGE':
      return '文件内容过多（超过1000页、解压后超过64 MB，或事项超过2万项，不像一份报告），请拆分后再导入。';
    case 'UNPROCESSABLE_FILE':
      return '文件结构过于复杂，无法在限定的时间和内存内读取（可能已损坏）：请另存为文本（.txt）或 Word（.docx）后再导入。';
    case 'UNREADABLE_FILE':
      return '文件内容无法读取：可能已损坏，或是扫描件（图片）而没有文字。';
    case 'NO_FILE':
      return '请先选择一个文件。';
    case 'INCOMPLETE_REPORT':
      return '报告中没有写明是哪一级政府、哪一年的报告，请在核对表中填写后再导入。';
    case 'UNAUTHENTICATED':
      return '登录已过期，请重新登录。';
    case 'FORBIDDEN':
      return '只有督查室或管理员可以导入报告。';
    default:
      return e.message;
  }
}
