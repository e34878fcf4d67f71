import type { FastifyReply } from 'fastify';

/**
 * Content-Disposition for a download the API sends (a sheet, a list, evidence) named `name`: `filename*` in UTF-8 (RFC 6266 with RFC 5987's encoding, which
 * leaves only letters, digits and !#$&+-.^_`|~ as they are) and a plain `filename` for clients that know no other.
 */
export function attachment(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const plain = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${plain}"; filename*=UTF-8''${encoded}`;
}

/** The media type of each kind of file the API sends for saving, by the name's ending. */
const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
} as const;

/** Sends `body` as a file to save, named `name` and typed by its ending (a sheet, a notice, a list). */
export function download(reply: FastifyReply, name: `${string}.${keyof typeof TYPES}`, body: Buffer | string): FastifyReply {
  const type = TYPES[name.slice(name.lastIndexOf('.') + 1) as keyof typeof TYPES];
  return reply.type(type).header('content-disposition', attachment(name)).send(body);
}
