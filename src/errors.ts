/**
 * One catalogue of the problems luoshi reports about its input (after fastify's lib/errors.js).
 * Each is rendered in one place, the CLI, as a single line on stderr with exit code 2.
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
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** A problem with the input that the user can fix; never a bug. */
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
