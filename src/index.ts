/** The library: each pipeline stage as a typed function of the previous stage's output. */
export { readReport, readBytes } from './read/index.js';
export type { Source, SourceFormat, ReadOptions } from './read/index.js';
export { clean } from './clean/index.js';
export type { Cleaned, Edit, EditType } from './clean/index.js';
export { structure } from './structure/index.js';
export type { Structured, ReportMeta, Section, SectionRole, Paragraph, Sentence, Clause, Level } from './structure/index.js';
export type { Confidence, Evidence, MetaField, MetaWarning } from './structure/index.js';
export { extract, findQuantities, directionOf } from './extract/index.js';
export type { Extraction, Commitment, Kind, Op, Quantity } from './extract/index.js';
export { analyze, type Analysis } from './analyze.js';
export type { Span } from './span.js';
export { LuoshiError, errorCatalogue, type ErrorCode } from './errors.js';
