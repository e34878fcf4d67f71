/**
 * One catalogue of the problems luoshi reports about its input and the use cases refuse (after fastify's
 * lib/errors.js). The CLI renders each as a single line on stderr with exit code 2; the server maps each to its
 * HTTP error in one table (server/errors.ts).
 */
export const errorCatalogue = {
  NOT_FOUND: 'no such file',
  IS_DIRECTORY: 'is a directory, not a file',
  EMPTY: 'the file is empty',
  TOO_LARGE: 'the file is larger than the size limit',
  TOO_MANY_PAGES: 'the document has more pages than the limit',
  TOO_MANY_ITEMS: 'the document gives more items than one report can',
  DECOMPRESSED_TOO_LARGE: 'the document decompresses to more than the size limit',
  TOO_DEEP: 'the page nests its elements deeper than the limit',
  READ_TIMEOUT: 'reading the file took longer than the time limit',
  READ_OUT_OF_MEMORY: 'reading the file needed more memory than the limit',
  BINARY: 'the file is binary data, not a report',
  BAD_ENCODING: 'the bytes are not valid in the encoding',
  UNKNOWN_ENCODING: 'unknown encoding name',
  UNREADABLE: 'the file could not be read',
  BAD_DOCUMENT: 'the document could not be parsed',
  NO_TEXT: 'the document contains no text',
  NO_TASKS: 'the document assigns no task to a unit or a leader: it is not a 分工方案',
  USAGE: 'wrong usage',
  // refusals of the use cases (src/app): what the user asked for does not fit the ledger
  NO_SUCH_REPORT: 'no such report in the ledger',
  NOT_A_TASK_SHEET: 'the file is not a task sheet; nothing was imported',
  NOT_YOUR_UNIT_SHEET: "only the unit's own users and the office may use its period sheet",
  NOT_A_PAIR: 'the results report cannot check these targets',
  OTHER_GOVERNMENT: "the two reports are not one government's",
  NO_RESULTS: 'no results report was chosen',
  EVIDENCE_TOO_LARGE: 'the evidence file is larger than the size limit',
  ANALYSIS_STOPPED: 'the analysis needed more time or memory than it is given',
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** A problem with the input, or a request the ledger refuses, that the user can fix; never a bug. */
export class LuoshiError extends Error {
  readonly code: ErrorCode;
  /** What the problem is about: a path, an encoding name, an option. */
  readonly subject: string;
  /** The particulars (which limit, what was found), kept so the error can cross a worker thread whole. */
  readonly detail?: string;

  constructor(code: ErrorCode, subject: string, detail?: string) {
    super(`${subject}: ${errorCatalogue[code]}${detail ? ` (${detail})` : ''}`);
    this.name = 'LuoshiError';
    this.code = code;
    this.subject = subject;
    if (detail) this.detail = detail;
  }
}

export const isLuoshiError = (e: unknown): e is LuoshiError => e instanceof LuoshiError;

/** A LuoshiError as plain data, to cross a worker thread; `new LuoshiError(code, subject, detail)` makes it again. */
export type LuoshiErrorData = Pick<LuoshiError, 'code' | 'subject' | 'detail'>;

export const dataOf = (e: LuoshiError): LuoshiErrorData => ({ code: e.code, subject: e.subject, ...(e.detail ? { detail: e.detail } : {}) });
