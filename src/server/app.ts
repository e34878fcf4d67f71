/**
 * The HTTP API as a Fastify app, built but not listening (tests call `app.inject()`; `luoshi serve` listens).
 * Request and response bodies are zod schemas (src/server/schemas) — validated on the way in, checked on the way
 * out, and turned into the OpenAPI description at GET /api/openapi.json. Every error is rendered by the one
 * handler below from the one catalogue in errors.ts.
 */
import { existsSync, statSync } from 'node:fs';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { setLedgerClock, type Ledger } from '../ledger/index.js';
import { ApiError, errorBody, toApiError } from './errors.js';
import { registerAuth } from './auth.js';
import { DEFAULT_READ_CACHE_BYTES, registerReadCache } from './read-cache.js';
import { dayIn } from '../calendar/index.js';
import { DEFAULT_EVIDENCE_LIMIT, DEFAULT_UPLOAD_LIMIT, environment, OFFICE_TIME_ZONE } from '../config.js';
import type { App, ServerContext } from './context.js';
import { sender, type Send } from './reminders/channels.js';
import { startReminderDispatch } from './reminders/dispatch.js';
import { LoginLimiter } from './rate-limit.js';
import { startImportQueue } from './jobs/import-queue.js';
import { analysisPool, type AnalysisPoolOptions } from '../app/analysis-pool.js';
import { routes } from './routes/index.js';
import { seedDemo, type DemoResult } from './demo.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** With `demo`: the seeded report and the demo accounts with their passwords, to print. */
    demo?: DemoResult;
    /** Every route registered, as method and URL (the OpenAPI test checks each is described). */
    routeList: { method: string; url: string }[];
  }
}

export interface BuildOptions {
  ledger: Ledger;
  /** Seed the demo content first (see demo.ts); the accounts are then in `app.demo`. */
  demo?: boolean;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** Largest upload in bytes (default 50 MB): larger → 413. */
  uploadLimit?: number;
  /** Largest evidence file in bytes (default 10 MB, at most the upload limit). */
  evidenceLimit?: number;
  /** Set Secure on cookies (behind https). Default: $LUOSHI_SECURE_COOKIES === '1'. */
  secureCookies?: boolean;
  /** Session lifetime (default 12 hours). */
  sessionTtlHours?: number;
  /** The office's time zone, for "today" (default Asia/Shanghai). */
  timeZone?: string;
  /** Login failures allowed per account, from all addresses together, before it is locked (default 5; rate-limit.ts). */
  loginAttempts?: number;
  /** A built web app to serve at / (default: none; `luoshi serve` passes web/dist when it exists). */
  staticDir?: string;
  /** Memory for answers kept between writes (read-cache.ts; default 64 MB, 0 keeps none). */
  readCacheBytes?: number;
  logger?: boolean;
  /** The threads that analyse uploads: how many, their memory and time (app/analysis-pool.ts). */
  imports?: AnalysisPoolOptions;
  /**
   * Send reminders to units' contacts in the background (reminders/dispatch.ts): e-mail through `smtpUrl`
   * (smtp://user:pass@host:port) from `from`, robots over HTTP, a round every `intervalMs` (default a minute).
   * Default: none (`luoshi serve` turns it on, from LUOSHI_SMTP_URL and LUOSHI_SMTP_FROM).
   */
  reminders?: { smtpUrl?: string; from?: string; intervalMs?: number; send?: Send };
}

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const API_HOME = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>落实 luoshi</title></head>
<body><h1>落实 luoshi</h1><p>接口位于 <a href="/api/openapi.json">/api</a>（OpenAPI 描述：/api/openapi.json）。网页应用尚未构建。</p>
<p>The API is at /api; its OpenAPI description is at /api/openapi.json. The web application is not built yet.</p></body></html>
`;

export async function buildApp(options: BuildOptions): Promise<App> {
  const demo = options.demo ? await seedDemo(options.ledger) : undefined;
  const uploadLimit = options.uploadLimit ?? DEFAULT_UPLOAD_LIMIT;
  const env = environment();
  // the demo runs as of its day, its clock going on from there
  const offset = demo && !options.now ? Date.parse(`${demo.today}T09:00:00+08:00`) - Date.now() : undefined;
  const clock = options.now ?? (offset !== undefined ? () => new Date(Date.now() + offset) : undefined);
  const now = clock ?? (() => new Date());
  // a server run with its own clock stamps its writes with it (progress entered "today" is entered that day)
  if (clock) setLedgerClock(options.ledger, clock);
  const day = dayIn(options.timeZone ?? OFFICE_TIME_ZONE);
  const analysis = analysisPool(options.imports);
  const ctx: ServerContext = {
    ledger: options.ledger,
    now,
    today: () => day(now()),
    uploadLimit,
    evidenceLimit: Math.min(options.evidenceLimit ?? DEFAULT_EVIDENCE_LIMIT, uploadLimit),
    limiter: new LoginLimiter({ ledger: options.ledger, perAccount: options.loginAttempts ?? 5, now }),
    analysis,
    imports: await startImportQueue(options.ledger, { pool: analysis, maxBytes: uploadLimit, log: (message, err) => app.log.error({ err }, message) }),
    secureCookies: options.secureCookies ?? env.secureCookies,
    sessionTtlMs: (options.sessionTtlHours ?? 12) * 3600 * 1000,
    send: options.reminders?.send ?? sender(options.reminders ?? {}),
  };

  const app = Fastify({
    logger: options.logger ?? false,
    // JSON bodies carry base64 evidence: the upload limit, as base64, plus room for the rest
    bodyLimit: Math.ceil((uploadLimit * 4) / 3) + 64 * 1024,
    trustProxy: env.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeList.push({ method, url: route.url });
  });
  if (clock) app.addHook('onClose', async () => setLedgerClock(options.ledger, undefined));
  const stopReminders = options.reminders
    ? startReminderDispatch(options.ledger, ctx, ctx.send, {
        intervalMs: options.reminders.intervalMs ?? 60_000,
        log: (err) => app.log.error({ err }, 'reminder round failed'),
      })
    : undefined;
  app.addHook('onClose', async () => {
    await stopReminders?.();
    await ctx.imports.close();
    await analysis.close();
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    const e = toApiError(error);
    if (e.status >= 500) request.log.error({ err: error }, 'request failed');
    if (e.extra.retryAfter !== undefined) reply.header('retry-after', String(e.extra.retryAfter));
    // the error body is not the route's response schema: send it as JSON directly
    return reply.code(e.status).type('application/json; charset=utf-8').serializer(JSON.stringify).send(errorBody(e));
  });
  app.setNotFoundHandler((request, reply) => {
    const e = new ApiError('ROUTE_NOT_FOUND', `${request.method} ${request.url.split('?')[0]}`);
    return reply.code(404).type('application/json; charset=utf-8').serializer(JSON.stringify).send(errorBody(e));
  });
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(k)) reply.header(k, v);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: uploadLimit, files: 10, fields: 50, fieldSize: 1024 * 1024 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'luoshi API',
        version: '0.1.0',
        description:
          '政府工作报告任务台账：明责、履责、督责、追责。Writes need a session cookie (POST /api/auth/login) and the CSRF token: ' +
          "echo the luoshi_csrf cookie (the session's own token, also csrfToken of GET /api/auth/me) in the X-CSRF-Token header; " +
          "a browser's write from another origin is refused. Errors: { error: { code, status, message, messageEn, detail, fields } }.",
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'luoshi_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  if (demo) app.decorate('demo', demo);
  registerAuth(app, ctx);
  registerReadCache(app, ctx, options.readCacheBytes ?? DEFAULT_READ_CACHE_BYTES);
  routes(app, ctx);

  if (options.staticDir && existsSync(options.staticDir) && statSync(options.staticDir).isDirectory()) {
    await app.register(fastifyStatic, { root: options.staticDir, prefix: '/', wildcard: true });
  } else {
    app.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(API_HOME));
  }
  await app.ready();
  return app;
}
