/** What every route gets: the ledger, the clock, the limits. Built once by buildApp. */
import type { FastifyInstance, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Ledger } from '../ledger/index.js';
import type { LoginLimiter } from './rate-limit.js';
import type { ImportQueue } from './jobs/import-queue.js';
import type { AnalysisPool } from '../app/analysis-pool.js';
import type { Send } from './reminders/channels.js';

export interface ServerContext {
  ledger: Ledger;
  now: () => Date;
  /** Today as YYYY-MM-DD in the office's time zone. */
  today: () => string;
  /** Largest upload (report, task sheet, multipart evidence), bytes. */
  uploadLimit: number;
  /** Largest evidence file attached to a progress report, bytes. */
  evidenceLimit: number;
  limiter: LoginLimiter;
  /** The threads that read and analyse uploads, off the request path (imports and their previews). */
  analysis: AnalysisPool;
  /** Uploaded reports are imported as jobs. */
  imports: ImportQueue;
  /** Cookies carry Secure (the server is behind https). */
  secureCookies: boolean;
  sessionTtlMs: number;
  /** How reminders are sent to units (e-mail, group robots). */
  send: Send;
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

