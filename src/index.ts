/** The library: each pipeline stage as a typed function of the previous stage's output. */
export { readReport, readBytes } from './read/index.js';
export type { Source, SourceFormat, ReadOptions } from './read/index.js';
export { clean } from './clean/index.js';
export type { Cleaned, Edit, EditType } from './clean/index.js';
export type { Span } from './span.js';
export { LuoshiError, errorCatalogue, type ErrorCode } from './errors.js';
