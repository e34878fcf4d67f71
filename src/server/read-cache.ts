/**
 * Answers to GET requests, kept while the ledger is unchanged. A supervision office reads far more than it
 * writes: the same ledger page, dashboard and lists are asked for again and again between two progress reports.
 * A route opts in with `config: { cache: true }` when its answer depends only on the ledger, the day, the URL
 * and the user; the answer is then kept per user and request — the route, its path parameters and the query as
 * validated (parameters the route does not read dropped, values as parsed: `?limit=05&x=1` is `?limit=5`) — as
 * the bytes sent, with the ledger state it was computed at (ledger-state.ts), and served again until any write
 * (here at once, from another process within about a second) or the next day.
 *
 * - Requests for an answer being computed wait for it instead of computing it again (one computation per key).
 * - Every kept answer has an ETag; browsers revalidate (Cache-Control: private, no-cache) and get 304.
 * - An answer asked for again is gzipped once, off the event loop, and from then on sent so to every client that
 *   accepts it (browsers do): a ledger page of 28 KB goes out as 4 KB. One-off answers are not compressed.
 * - Memory is bounded: the least recently used answers are dropped beyond `maxBytes`, counting each answer's key,
 *   body and gzipped copy (a client sending junk parameters or 50,000 different searches fills it, not the heap).
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, ServerContext } from './context.js';
import { ledgerState, unchanged, type LedgerState } from '../app/ledger-state.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answer to GET depends only on the ledger, the day, the URL and the user: keep it (read-cache.ts). */
    cache?: boolean;
  }
  interface FastifyRequest {
    /** Set when this request computes an answer the cache will keep. */
    readCacheMiss?: Miss;
  }
  interface FastifyInstance {
    /** How many answers the read cache keeps, and the bytes it counts against its bound. */
    readCacheSize(): { answers: number; bytes: number };
  }
}

interface Answer {
  /** What the answer counts against the bound: its key, body and (once made) gzipped copy. */
  size: number;
  state: LedgerState;
  body: Buffer;
  /** The headers that describe the body (a CSV download, a print page's own policy), sent again with it. */
  headers: Record<string, string>;
  /** Weak: the gzipped body is the same answer. */
  etag: string;
  /** The body gzipped, once asked for again and done (answers under GZIP_FROM bytes are not). */
  gzipped?: Buffer;
  gzipping?: boolean;
}

const gzip = promisify(gzipCallback);
/** Smaller bodies gain less than the header costs. */
const GZIP_FROM = 1024;
const acceptsGzip = (request: FastifyRequest): boolean => /\bgzip\b(?!\s*;\s*q\s*=\s*0(?:\.0*)?(?![.\d]))/i.test(String(request.headers['accept-encoding'] ?? ''));

const REPRESENTATION = ['content-type', 'content-disposition', 'content-security-policy'];

/** An object's entries in key order: the same parameters give the same key whatever order they came in. */
const sorted = (values: unknown): string =>
  JSON.stringify(values && typeof values === 'object' ? Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : []);

/**
 * The request as the route reads it: the user, the route, its path parameters and its query as validated. Routes
 * without a query schema read no query at all, so theirs is left out.
 */
function keyOf(request: FastifyRequest): string {
  const reads = request.routeOptions.schema?.querystring !== undefined;
  return `${request.user?.id ?? '-'} ${request.routeOptions.url} ${sorted(request.params)} ${reads ? sorted(request.query) : ''}`;
}

interface Miss {
  key: string;
  state: LedgerState;
  done: Promise<Answer | undefined>;
  finish(answer: Answer | undefined): void;
}

export const DEFAULT_READ_CACHE_BYTES = 64 * 1024 * 1024;
const CACHE_CONTROL = 'private, no-cache';

export function registerReadCache(app: App, ctx: ServerContext, maxBytes = DEFAULT_READ_CACHE_BYTES): void {
  const answers = new Map<string, Answer>();
  const computing = new Map<string, Miss>();
  let bytes = 0;

  app.decorate('readCacheSize', () => ({ answers: answers.size, bytes }));

  const drop = (key: string) => {
    const answer = answers.get(key);
    if (!answer) return;
    answers.delete(key);
    bytes -= answer.size;
  };
  const evict = () => {
    // Map order is insertion order: the first keys are the least recently used
    for (const oldest of answers.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  };
  const keep = (key: string, answer: Answer) => {
    drop(key);
    if (answer.size > maxBytes) return;
    answers.set(key, answer);
    bytes += answer.size;
    evict();
  };
  /** The gzipped copy, counted while its answer is kept. */
  const addGzipped = (key: string, answer: Answer, gzipped: Buffer) => {
    answer.gzipped = gzipped;
    if (answers.get(key) !== answer) return;
    answer.size += gzipped.length;
    bytes += gzipped.length;
    evict();
  };
  const send = (request: FastifyRequest, reply: FastifyReply, key: string, answer: Answer) => {
    reply.header('cache-control', CACHE_CONTROL).header('etag', answer.etag).header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === answer.etag) return reply.code(304).send();
    reply.headers(answer.headers);
    if (!acceptsGzip(request)) return reply.send(answer.body);
    if (answer.gzipped) return reply.header('content-encoding', 'gzip').send(answer.gzipped);
    if (!answer.gzipping && answer.body.length >= GZIP_FROM) {
      answer.gzipping = true;
      gzip(answer.body).then(
        (gzipped) => addGzipped(key, answer, gzipped),
        () => undefined, // served uncompressed
      );
    }
    return reply.send(answer.body);
  };

  // after the auth hook (onRequest): the user is known and allowed; and after validation: the query is as the route reads it
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.routeOptions.config?.cache) return;
    const key = keyOf(request);
    const state = ledgerState(ctx.ledger, ctx.today());
    const kept = answers.get(key);
    if (kept && unchanged(kept.state, state)) {
      answers.delete(key);
      answers.set(key, kept);
      return send(request, reply, key, kept);
    }
    const pending = computing.get(key);
    if (pending && unchanged(pending.state, state)) {
      const answer = await pending.done;
      if (answer) return send(request, reply, key, answer);
      return; // it failed: compute this one alone
    }
    let finish!: (answer: Answer | undefined) => void;
    const done = new Promise<Answer | undefined>((resolve) => (finish = resolve));
    const miss: Miss = { key, state, done, finish };
    computing.set(key, miss);
    request.readCacheMiss = miss;
  });

  const settle = (miss: Miss, answer: Answer | undefined) => {
    if (computing.get(miss.key) === miss) computing.delete(miss.key);
    miss.finish(answer);
  };

  app.addHook('onSend', async (request, reply, payload) => {
    const miss = request.readCacheMiss;
    if (!miss) return payload;
    request.readCacheMiss = undefined;
    if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) {
      settle(miss, undefined);
      return payload;
    }
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers: Record<string, string> = {};
    for (const name of REPRESENTATION) if (reply.hasHeader(name)) headers[name] = String(reply.getHeader(name));
    const answer: Answer = { size: Buffer.byteLength(miss.key) + body.length, state: miss.state, body, headers, etag };
    // a write while this was computed moved the state on: the answer is sent but not kept
    if (unchanged(miss.state, ledgerState(ctx.ledger, ctx.today()))) keep(miss.key, answer);
    settle(miss, answer);
    reply.header('cache-control', CACHE_CONTROL).header('etag', etag).header('vary', 'accept-encoding');
    return body;
  });

  // a request that ended without a reply (the client went away, an error before onSend) releases its waiters
  app.addHook('onResponse', async (request) => {
    if (request.readCacheMiss) settle(request.readCacheMiss, undefined);
  });
  app.addHook('onRequestAbort', async (request) => {
    if (request.readCacheMiss) settle(request.readCacheMiss, undefined);
  });
}
