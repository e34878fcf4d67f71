/**
 * Evidence of progress: text, an http(s) link, or a file. A file is kept in the ledger with its progress report
 * (append-only like it) as a data: URL; responses never carry its bytes, only the path it downloads from.
 */
import type { Evidence, ProgressReport } from '../ledger/index.js';
import { LuoshiError } from '../errors.js';

export type EvidenceInput =
  | { kind: 'text'; value: string }
  | { kind: 'link'; value: string }
  | { kind: 'file'; name: string; contentType?: string; data: string | Buffer };

const SAFE_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

export function storedEvidence(input: EvidenceInput, limit: number): Evidence {
  if (input.kind !== 'file') return { kind: input.kind, value: input.value };
  const bytes = typeof input.data === 'string' ? Buffer.from(input.data, 'base64') : input.data;
  if (bytes.length > limit) throw new LuoshiError('EVIDENCE_TOO_LARGE', `evidence file ${input.name}`, `${bytes.length} bytes, the limit is ${limit}`);
  const type = input.contentType && SAFE_TYPE.test(input.contentType) ? input.contentType.toLowerCase() : 'application/octet-stream';
  return { kind: 'file', name: input.name, value: `data:${type};base64,${bytes.toString('base64')}` };
}

/**
 * The types an evidence file is served as: those a browser only displays (no script runs in them, none is taken
 * for a script or a style). Any other — HTML, SVG, XML, JavaScript, whatever the uploader claimed — goes out as
 * application/octet-stream, so a file uploaded as a page or a script never runs under the app's origin.
 */
const INERT_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export const servedType = (storedType: string): string => (INERT_TYPES.has(storedType) ? storedType : 'application/octet-stream');

/** A stored file: its type and bytes. */
export function fileOf(e: Evidence): { contentType: string; bytes: Buffer } | undefined {
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(e.value);
  return m ? { contentType: m[1], bytes: Buffer.from(m[2], 'base64') } : undefined;
}

export const evidencePath = (commitmentId: number, progressId: number, index: number): string =>
  `/api/commitments/${commitmentId}/progress/${progressId}/evidence/${index}`;

/** A progress report as the API shows it: file evidence as a download path and a size. */
export function presentProgress(p: ProgressReport) {
  return {
    ...p,
    evidence: p.evidence.map((e, i) => {
      if (e.kind !== 'file') return e;
      return { kind: e.kind, name: e.name, value: evidencePath(p.commitmentId, p.id, i), size: fileOf(e)?.bytes.length ?? 0 };
    }),
  };
}
