/**
 * The HTTP API's one catalogue of errors (after fastify's lib/errors.js): each code with its HTTP status and
 * its message in Chinese and English. Everything that goes wrong — a refused request, a ledger error, a file the
 * reader rejects, a request a use case refuses, a body fastify could not parse — becomes an ApiError and is rendered in one place,
 * `renderError`, as `{ error: { code, status, message, messageEn, detail?, fields?, current? } }`.
 */
import type { FastifyError } from 'fastify';
import { isLuoshiError, type ErrorCode as DomainCode, type LuoshiError } from '../errors.js';
import { isLedgerError, VersionConflict, type LedgerErrorCode } from '../ledger/index.js';

export const apiErrorCatalogue = {
  BAD_REQUEST: { status: 400, zh: '请求格式不正确', en: 'the request is malformed' },
  VALIDATION: { status: 400, zh: '请求中有字段不正确', en: 'some fields of the request are invalid' },
  INVALID_VALUE: { status: 400, zh: '取值不允许', en: 'a value is not allowed' },
  UNREADABLE_FILE: { status: 400, zh: '无法读取上传的文件', en: 'the uploaded file could not be read' },
  NOT_A_TASK_SHEET: { status: 400, zh: '文件不是任务分解表，未导入任何内容', en: 'the file is not a task sheet; nothing was imported' },
  NOT_A_PERIOD_SHEET: { status: 400, zh: '文件不是本单位的进展报送表，未导入任何内容', en: "the file is not this unit's period sheet; nothing was imported" },
  NOT_A_SPLIT: { status: 400, zh: '文件中没有分配给单位或领导的任务，不是分工方案，未导入任何内容', en: 'the file assigns no task to a unit or leader: not a 分工方案; nothing was imported' },
  SPLIT_CHANGED: { status: 409, zh: '分工方案的任务与核对时不一致，请重新上传核对', en: 'the split reads otherwise than when it was checked; upload it again' },
  NO_FILE: { status: 400, zh: '请求中没有文件', en: 'the request carries no file' },
  UNASSIGNED: { status: 409, zh: '该事项尚未明确责任单位', en: 'the commitment has no responsible unit yet' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'log in first' },
  BAD_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'wrong username or password' },
  FORBIDDEN: { status: 403, zh: '当前角色无权执行此操作', en: 'your role may not do this' },
  ACCOUNT_DISABLED: { status: 403, zh: '该账号已停用，请联系管理员', en: 'this account is disabled; ask an administrator' },
  NOT_YOUR_UNIT_SHEET: { status: 403, zh: '只能下载或上传本单位的进展报送表', en: "only the unit's own users and the office may use its period sheet" },
  NOT_YOUR_UNIT: { status: 403, zh: '只能填报本单位牵头或配合的事项', en: "only the lead or a cooperating unit's editors may report on this commitment" },
  CSRF: {
    status: 403,
    zh: 'CSRF 校验失败：请在 X-CSRF-Token 请求头中回传本会话的 luoshi_csrf Cookie 的值',
    en: "CSRF check failed: echo this session's luoshi_csrf cookie in the X-CSRF-Token header",
  },
  CROSS_ORIGIN: {
    status: 403,
    zh: '拒绝跨站请求：只接受本站页面发出的写操作',
    en: "cross-origin request refused: writes are accepted from this site's own pages only",
  },
  NOT_FOUND: { status: 404, zh: '记录不存在', en: 'no such record' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'no such endpoint' },
  VERSION_CONFLICT: { status: 409, zh: '记录已被他人修改，请在最新内容上重试', en: 'the record was changed by someone else; retry on the current state' },
  DUPLICATE: { status: 409, zh: '同名记录已存在', en: 'a record with the same name already exists' },
  INVALID_REFERENCE: { status: 409, zh: '引用的记录不存在或仍被引用', en: 'refers to a record that does not exist, or is still referred to' },
  REQUEST_CONFLICT: {
    status: 409,
    zh: '申请与事项当前情况不符（已有待审批的同类申请、事项已办结，或申请已处理）',
    en: 'the request does not fit where the item stands (one of its kind is pending, the item is closed, or it was decided already)',
  },
  APPEND_ONLY: { status: 409, zh: '该记录不可修改或删除', en: 'this record cannot be changed or removed' },
  NOT_A_PAIR: { status: 400, zh: '这两份报告不能相互核验', en: 'the results report is not the year after the targets report' },
  OTHER_GOVERNMENT: {
    status: 400,
    zh: '两份报告不是同一政府的报告；如因区划调整或更名实为同一政府，请确认后再核验',
    en: 'the two reports are not one government’s; confirm with sameGovernment if a merger or renaming makes them one',
  },
  INCOMPLETE_REPORT: { status: 422, zh: '报告未写明所属政府或年份，请在上传时注明', en: 'the report does not say which government or year it is; give them with the upload' },
  TOO_LARGE: { status: 413, zh: '文件或请求超过大小限制', en: 'the file or request is larger than the limit' },
  DOCUMENT_TOO_LARGE: { status: 413, zh: '文件内容超过限制（页数、解压后的大小或事项数）', en: 'the document holds more than the limits allow (pages, size once decompressed, or items)' },
  UNPROCESSABLE_FILE: { status: 422, zh: '文件结构过于复杂，无法在时间和内存限制内读取', en: 'the file is too complex to read within the time and memory limits' },
  UNSUPPORTED_MEDIA: { status: 415, zh: '不支持的文件或内容类型', en: 'unsupported file or content type' },
  RATE_LIMITED: { status: 429, zh: '登录失败次数过多，请稍后再试', en: 'too many failed logins; try again later' },
  LOGIN_BUSY: { status: 429, zh: '同时登录的请求过多，请稍后再试', en: 'too many logins at once; try again in a moment' },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'internal server error' },
  UNAVAILABLE: { status: 503, zh: '数据库暂时无法连接，请稍后再试', en: 'the database cannot be reached; try again later' },
} as const;

export type ApiErrorCode = keyof typeof apiErrorCatalogue;

export interface FieldProblem {
  /** Where: "body.version", "querystring.limit", "params.id". */
  field: string;
  message: string;
}

export interface ApiErrorExtra {
  fields?: FieldProblem[];
  /** VERSION_CONFLICT: the record as it now is. */
  current?: unknown;
  /** RATE_LIMITED: seconds to wait (also the Retry-After header). */
  retryAfter?: number;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly detail?: string;
  readonly extra: ApiErrorExtra;

  constructor(code: ApiErrorCode, detail?: string, extra: ApiErrorExtra = {}, options?: { cause?: unknown }) {
    super(`${apiErrorCatalogue[code].en}${detail ? `: ${detail}` : ''}`, options);
    this.name = 'ApiError';
    this.code = code;
    this.status = apiErrorCatalogue[code].status;
    this.detail = detail;
    this.extra = extra;
  }
}

/** The body every error response has. */
export function errorBody(e: ApiError) {
  const entry = apiErrorCatalogue[e.code];
  return {
    error: {
      code: e.code,
      status: e.status,
      message: entry.zh,
      messageEn: entry.en,
      ...(e.detail ? { detail: e.detail } : {}),
      ...(e.extra.fields ? { fields: e.extra.fields } : {}),
      ...(e.extra.current !== undefined ? { current: e.extra.current } : {}),
      ...(e.extra.retryAfter !== undefined ? { retryAfter: e.extra.retryAfter } : {}),
    },
  };
}

const LEDGER_CODES: Record<LedgerErrorCode, ApiErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  DUPLICATE: 'DUPLICATE',
  INVALID_REFERENCE: 'INVALID_REFERENCE',
  INVALID_VALUE: 'INVALID_VALUE',
  APPEND_ONLY: 'APPEND_ONLY',
  INCOMPLETE_REPORT: 'INCOMPLETE_REPORT',
  ACTOR_REQUIRED: 'UNAUTHENTICATED',
  UNREACHABLE: 'UNAVAILABLE',
  MIGRATION_FAILED: 'INTERNAL',
  UNSUPPORTED: 'INTERNAL',
  REQUEST_CONFLICT: 'REQUEST_CONFLICT',
  OFFICE_ONLY: 'FORBIDDEN',
};

/**
 * Each domain error's HTTP error. The reader's problems with a file are told in its words, the whole message kept
 * as the detail: too large, or too much once opened → 413; beyond the time, memory or nesting a read may take →
 * 422; not a document it takes → 415; else 400. A use case's refusal is what the API's own message says, so its
 * detail is only the particulars (which report, which unit: the error's subject and detail).
 */
const DOMAIN_CODES: Record<DomainCode, readonly [ApiErrorCode, 'message' | 'particulars']> = {
  NOT_FOUND: ['UNREADABLE_FILE', 'message'],
  IS_DIRECTORY: ['UNREADABLE_FILE', 'message'],
  EMPTY: ['UNREADABLE_FILE', 'message'],
  TOO_LARGE: ['TOO_LARGE', 'message'],
  TOO_MANY_PAGES: ['DOCUMENT_TOO_LARGE', 'message'],
  TOO_MANY_ITEMS: ['DOCUMENT_TOO_LARGE', 'message'],
  DECOMPRESSED_TOO_LARGE: ['DOCUMENT_TOO_LARGE', 'message'],
  TOO_DEEP: ['UNPROCESSABLE_FILE', 'message'],
  READ_TIMEOUT: ['UNPROCESSABLE_FILE', 'message'],
  READ_OUT_OF_MEMORY: ['UNPROCESSABLE_FILE', 'message'],
  BINARY: ['UNSUPPORTED_MEDIA', 'message'],
  BAD_ENCODING: ['UNREADABLE_FILE', 'message'],
  UNKNOWN_ENCODING: ['UNREADABLE_FILE', 'message'],
  UNREADABLE: ['UNREADABLE_FILE', 'message'],
  BAD_DOCUMENT: ['UNSUPPORTED_MEDIA', 'message'],
  NO_TEXT: ['UNREADABLE_FILE', 'message'],
  NO_TASKS: ['NOT_A_SPLIT', 'message'],
  USAGE: ['UNREADABLE_FILE', 'message'],
  NO_SUCH_REPORT: ['NOT_FOUND', 'particulars'],
  NOT_A_TASK_SHEET: ['NOT_A_TASK_SHEET', 'particulars'],
  NOT_YOUR_UNIT_SHEET: ['NOT_YOUR_UNIT_SHEET', 'particulars'],
  NOT_A_PAIR: ['NOT_A_PAIR', 'particulars'],
  OTHER_GOVERNMENT: ['OTHER_GOVERNMENT', 'particulars'],
  NO_RESULTS: ['VALIDATION', 'particulars'],
  EVIDENCE_TOO_LARGE: ['TOO_LARGE', 'particulars'],
  ANALYSIS_STOPPED: ['TOO_LARGE', 'particulars'],
};

/** A domain error (the reader's refusal of a file, a use case's refusal of a request) as an ApiError. */
function fromDomain(e: LuoshiError): ApiError {
  const [code, detail] = DOMAIN_CODES[e.code];
  return new ApiError(code, detail === 'message' ? e.message : e.detail ? `${e.subject}: ${e.detail}` : e.subject, {}, { cause: e });
}

type ValidationIssue = { instancePath?: string; message?: string; params?: Record<string, unknown> };

function fieldsOf(error: FastifyError): FieldProblem[] {
  const where = (error as { validationContext?: string }).validationContext ?? 'body';
  return ((error.validation ?? []) as ValidationIssue[]).map((v) => {
    const path = (v.instancePath ?? '').split('/').filter(Boolean).join('.');
    let message = v.message ?? 'invalid';
    const keys = v.params?.keys;
    if (Array.isArray(keys) && keys.length) message = `unknown field(s): ${keys.join(', ')}`;
    return { field: path ? `${where}.${path}` : where, message };
  });
}

/** A request refused for its fields (each a problem at its path in the body), as the validator refuses one. */
export function invalidFields(problems: readonly { path: readonly PropertyKey[]; message: string }[]): ApiError {
  const fields = problems.map((p) => ({ field: ['body', ...p.path.map(String)].join('.'), message: p.message }));
  return new ApiError('VALIDATION', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
}

/** Any error thrown while serving a request, as an ApiError. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof VersionConflict) return new ApiError('VERSION_CONFLICT', e.message, { current: e.current }, { cause: e });
  if (isLedgerError(e)) return new ApiError(LEDGER_CODES[e.code], e.message, {}, { cause: e });
  if (isLuoshiError(e)) return fromDomain(e);
  const fe = e as FastifyError;
  if (fe && Array.isArray(fe.validation)) {
    const fields = fieldsOf(fe);
    return new ApiError('VALIDATION', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields }, { cause: e });
  }
  const status = typeof fe?.statusCode === 'number' ? fe.statusCode : 500;
  const message = e instanceof Error ? e.message : String(e);
  if (status === 413 || fe?.code === 'FST_REQ_FILE_TOO_LARGE' || fe?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ApiError('TOO_LARGE', message, {}, { cause: e });
  if (status === 415) return new ApiError('UNSUPPORTED_MEDIA', message, {}, { cause: e });
  if (fe?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e instanceof SyntaxError) {
    return new ApiError('BAD_REQUEST', `body: not valid JSON (${message})`, { fields: [{ field: 'body', message: 'not valid JSON' }] }, { cause: e });
  }
  if (status >= 400 && status < 500) return new ApiError('BAD_REQUEST', message, {}, { cause: e });
  return new ApiError('INTERNAL', undefined, {}, { cause: e });
}
