/**
 * Who is asking, and may they: one onRequest hook for every route, run before the body is read.
 *
 * - Session: the `luoshi_session` cookie holds a random token; the ledger keeps only its SHA-256 (a copy of the
 *   database logs nobody in). HttpOnly, SameSite=Strict, Path=/, Secure when configured (behind https).
 * - CSRF (double submit): every response to a client without one sets a random, readable `luoshi_csrf` cookie;
 *   every write (any method but GET/HEAD/OPTIONS, logging in included) must echo it in `X-CSRF-Token`.
 * - Access: each route declares `config.access`: 'public', 'user' (any logged-in role) or a list of roles.
 *   Order of refusals: not logged in → 401; write without the CSRF token → 403 CSRF; role not allowed → 403.
 *   What is finer than a role (an editor may report only on their unit's items) is checked by the route.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findSession, type Role, type User } from '../ledger/index.js';
import { ApiError } from './errors.js';
import type { App, ServerContext } from './context.js';
import { ledgerState, unchanged, type LedgerState } from './services/ledger-state.js';

export const SESSION_COOKIE = 'luoshi_session';
export const CSRF_COOKIE = 'luoshi_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export type Access = 'public' | 'user' | readonly Role[];

declare module 'fastify' {
  interface FastifyRequest {
    user?: User;
    sessionHash?: string;
    csrfToken: string;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const SUPERVISORS: readonly Role[] = ['supervisor', 'admin'];
export const ADMINS: readonly Role[] = ['admin'];

export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function setCsrfCookie(ctx: ServerContext, reply: FastifyReply, token: string): void {
  reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'strict', secure: ctx.secureCookies, httpOnly: false });
}

export function setSessionCookie(ctx: ServerContext, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    sameSite: 'strict',
    secure: ctx.secureCookies,
    httpOnly: true,
    maxAge: Math.floor(ctx.sessionTtlMs / 1000),
  });
}

export function clearSessionCookie(ctx: ServerContext, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', sameSite: 'strict', secure: ctx.secureCookies, httpOnly: true });
}

/** The logged-in user of a route that requires one. */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new ApiError('UNAUTHENTICATED');
  return request.user;
}

/** Sessions whose lookup is kept (the least recently used dropped first). */
const SESSIONS_KEPT = 10_000;

type Found = Awaited<ReturnType<typeof findSession>>;

/**
 * findSession, kept per token while the ledger is unchanged (ledger-state.ts): logging in or out and changing a
 * user are writes, so a kept lookup is never out of date; expiry is checked against the clock each time.
 */
function sessionFinder(ctx: ServerContext): (hash: string) => Promise<Found> {
  const kept = new Map<string, { state: LedgerState; found: Found }>();
  return async (hash) => {
    const now = ctx.now();
    const state = ledgerState(ctx.ledger, ctx.today());
    let entry = kept.get(hash);
    if (entry && unchanged(entry.state, state)) kept.delete(hash);
    else entry = { state, found: await findSession(ctx.ledger, hash, now) };
    kept.set(hash, entry);
    if (kept.size > SESSIONS_KEPT) kept.delete(kept.keys().next().value!);
    return entry.found && entry.found.session.expiresAt > now.toISOString() ? entry.found : undefined;
  };
}

export function registerAuth(app: App, ctx: ServerContext): void {
  const find = sessionFinder(ctx);
  app.addHook('onRequest', async (request, reply) => {
    let csrf = request.cookies[CSRF_COOKIE];
    if (!csrf || !TOKEN.test(csrf)) {
      csrf = newToken();
      setCsrfCookie(ctx, reply, csrf);
    }
    request.csrfToken = csrf;

    const token = request.cookies[SESSION_COOKIE];
    if (token && TOKEN.test(token)) {
      const hash = tokenHash(token);
      const found = await find(hash);
      if (found) {
        request.user = found.user;
        request.sessionHash = hash;
      }
    }

    const url = request.routeOptions.url;
    const declared = request.routeOptions.config?.access;
    // routes outside the API (static files, the not-found handler) are public; an API route without a declaration is for users
    const access: Access = declared ?? (url?.startsWith('/api/') ? 'user' : 'public');
    if (access !== 'public' && !request.user) throw new ApiError('UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method) && url !== undefined) {
      const header = request.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      if (!sent || !request.cookies[CSRF_COOKIE] || !sameToken(sent, request.cookies[CSRF_COOKIE]!)) {
        throw new ApiError('CSRF', 'send the luoshi_csrf cookie value in the X-CSRF-Token header');
      }
    }
    if (Array.isArray(access) && !access.includes(request.user!.role)) {
      throw new ApiError('FORBIDDEN', `needs ${access.join(' or ')}; you are ${request.user!.role}`);
    }
  });
}
