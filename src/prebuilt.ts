import { readdirSync, readFileSync } from 'node:fs';
import { memo } from './clean/tables/package-data.js';

/**
 * Tables derived from large package data (jieba's dictionary hashed, CC-CEDICT scanned, readings asked of
 * pinyin-pro character by character, GB/T 2260's names indexed) took most of a process's first second, in every
 * process and every worker thread. `npm run build` builds each once (`prebuild.ts`) into a compact file beside this
 * module (dist/prebuilt/NAME), and a process reads that file in place of building the table. Run from source
 * (tests, scripts under tsx) there is no such file, and the table is built on first use as before; a test checks
 * that each table's form gives back the table it was made from.
 */

/** How a table is written to its file and read back. */
export interface Form<T> {
  encode(table: T): Uint8Array;
  decode(data: Uint8Array): T;
}

/** A table written as JSON: `toJson` gives plain data, `fromJson` the table again. */
export function jsonForm<T, J>(toJson: (table: T) => J, fromJson: (json: J) => T): Form<T> {
  return {
    encode: (table) => Buffer.from(JSON.stringify(toJson(table))),
    decode: (data) => fromJson(JSON.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8')) as J),
  };
}

/** A Map of strings as JSON pairs. */
export const stringMapForm = <V>(): Form<Map<string, V>> =>
  jsonForm(
    (map: Map<string, V>) => [...map],
    (pairs: [string, V][]) => new Map(pairs),
  );

interface Entry {
  build: () => unknown;
  form: Form<unknown>;
}

const tables = new Map<string, Entry>();

/** Where the prebuilt files lie: beside the compiled module. */
export const PREBUILT_DIR = new URL('./prebuilt/', import.meta.url);

/** The prebuilt files a thread was given by the one that started it (sharePrebuilt), by name. */
let given: ReadonlyMap<string, Uint8Array> = new Map();

/**
 * A table built at build time, kept for the life of the process. Where its file is absent it is built on first use,
 * or `whereAbsent` gives what stands for it (a table filled in as it is asked, where building it whole takes long).
 */
export function prebuilt<T>(name: string, build: () => T, form: Form<T>, whereAbsent: () => T = build): () => T {
  tables.set(name, { build, form: form as Form<unknown> });
  return memo(() => {
    let data = given.get(name);
    try {
      data ??= readFileSync(new URL(name, PREBUILT_DIR));
    } catch {
      return whereAbsent();
    }
    return form.decode(data);
  });
}

/**
 * Every prebuilt file, read once into memory that threads share (a SharedArrayBuffer each): a thread given them
 * (usePrebuilt) reads none itself, and the tables read as views (the lexicon's 33 MB) are one copy for all.
 * Empty where there are none (run from source).
 */
export function sharePrebuilt(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let names: string[];
  try {
    names = readdirSync(PREBUILT_DIR);
  } catch {
    return files;
  }
  for (const name of names) {
    const bytes = readFileSync(new URL(name, PREBUILT_DIR));
    files[name] = new Uint8Array(new SharedArrayBuffer(bytes.length));
    files[name].set(bytes);
  }
  return files;
}

/** Reads the prebuilt tables from the files another thread shared (sharePrebuilt) rather than from disk. */
export function usePrebuilt(files: Record<string, Uint8Array>): void {
  given = new Map(Object.entries(files));
}

/** A table of bytes (one per UTF-16 code, say), written as they are. */
export const bytesForm: Form<Uint8Array> = { encode: (bytes) => bytes, decode: (data) => new Uint8Array(data) };

/** Every table declared so far (by the modules imported), for the build and the test of the forms. */
export const prebuiltTables = (): ReadonlyMap<string, Entry> => tables;

type NumberArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/**
 * Typed arrays and a little JSON in one file, so that reading them back makes views on the file's bytes rather than
 * copies: the header's byte length, the header (JSON: `meta`, and each array's offset and byte length in the data
 * that follows), then the arrays, each at an offset of 8 bytes' alignment.
 */
export function packArrays(arrays: readonly NumberArray[], meta: unknown): Uint8Array {
  let at = 0;
  const spans = arrays.map((a) => {
    const span = [align8(at), a.byteLength] as const;
    at = span[0] + span[1];
    return span;
  });
  const header = Buffer.from(JSON.stringify({ meta, spans }));
  const start = align8(4 + header.length);
  const out = new Uint8Array(start + at);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  arrays.forEach((a, k) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + spans[k]![0]));
  return out;
}

/** What packArrays wrote: the meta, and each array as a byte offset into `buffer` and a byte length (for views). */
export function unpackArrays(data: Uint8Array): { meta: unknown; buffer: ArrayBufferLike; spans: (readonly [offset: number, bytes: number])[] } {
  // views need offsets aligned to their element (8 bytes at most): a file read into a pooled buffer may not be
  const bytes = data.byteOffset % 8 === 0 ? data : data.slice();
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, length).toString('utf8')) as { meta: unknown; spans: [number, number][] };
  const start = bytes.byteOffset + align8(4 + length);
  return { meta: header.meta, buffer: bytes.buffer, spans: header.spans.map(([at, n]) => [start + at, n] as const) };
}
