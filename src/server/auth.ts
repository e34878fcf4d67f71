/**
 * Who is asking, and may they: one onRequest hook for every route, run before the body is read.
 *
 * - Session: the `luoshi_session` cookie holds a random token; the ledger keeps only its SHA-256 (a copy of the
 *   database logs nobody in). HttpOnly, SameSite=Strict, Path=/, Secure when configured (behind https).
 * - CSRF: every write (any method but GET/HEAD/OPTIONS, logging in included) must carry the token in
 *   `X-CSRF-Token`. A session's token is derived from the session's own token (an HMAC keyed with it), so it is
 *   worthless without the session cookie, differs per session, needs no storage and is the same in every server
 *   process; before logging in it is a random one (double submit). The readable `luoshi_csrf` cookie always holds
 *   the token in force, for the page to echo.
 * - Origin: a browser's write from another origin is refused, whatever it carries: by Sec-Fetch-Site where the
 *   browser sends it, else by Origin against Host (after Go's net/http CrossOriginProtection). Clients that send
 *   neither are not browsers (the command line, scripts) and pass on the token alone.
 * - Access: each route declares `config.access`: 'public', 'user' (any logged-in role) or a list of roles.
 *   Order of refusals: not logged in → 401; cross-origin write → 403 CROSS_ORIGIN; write without the session's
 *   CSRF token → 403 CSRF; role not allowed → 403.
 *   What is finer than a role (an editor may report only on their unit's items) is checked by the route.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findSession, OFFICE_ROLES, type Role, type User } from '../ledger/index.js';
import { ApiError } from './errors.js';
import type { App, ServerContext } from './context.js';
import { ledgerState, unchanged, type LedgerState } from '../app/ledger-state.js';

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

export const SUPERVISORS: readonly Role[] = OFFICE_ROLES;
export const ADMINS: readonly Role[] = ['admin'];

export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
/** The CSRF token of the session whose cookie holds `sessionToken`: it tells nothing of the session token. */
export const sessionCsrfToken = (sessionToken: string): string => createHmac('sha256', sessionToken).update('luoshi csrf').digest('base64url');

const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const headerOf = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Why a write comes from another origin than this server's, or undefined when it does not (or says nothing). */
function crossOrigin(request: FastifyRequest): string | undefined {
  const site = headerOf(request, 'sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? undefined : `Sec-Fetch-Site: ${site}`;
  const origin = headerOf(request, 'origin');
  if (origin === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `Origin: ${origin}`;
  }
  // the Host read with the Origin's scheme, so that a default port written out or left out compares equal
  let host: string | undefined;
  try {
    host = new URL(`${url.protocol}//${request.host}`).host;
  } catch {
    host = undefined;
  }
  return url.origin !== 'null' && url.host === host ? undefined : `Origin: ${origin} is not this server (${request.host})`;
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
    const token = request.cookies[SESSION_COOKIE];
    if (token && TOKEN.test(token)) {
      const hash = tokenHash(token);
      const found = await find(hash);
      if (found) {
        request.user = found.user;
        request.sessionHash = hash;
      }
    }
    const cookie = request.cookies[CSRF_COOKIE];
    const anonymous = cookie && TOKEN.test(cookie) ? cookie : undefined;
    request.csrfToken = request.user ? sessionCsrfToken(token!) : (anonymous ?? newToken());
    if (request.csrfToken !== cookie) setCsrfCookie(ctx, reply, request.csrfToken);

    const url = request.routeOptions.url;
    const declared = request.routeOptions.config?.access;
    // routes outside the API (static files, the not-found handler) are public; an API route without a declaration is for users
    const access: Access = declared ?? (url?.startsWith('/api/') ? 'user' : 'public');
    if (access !== 'public' && !request.user) throw new ApiError('UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method) && url !== undefined) {
      const why = crossOrigin(request);
      if (why) throw new ApiError('CROSS_ORIGIN', why);
      const sent = headerOf(request, CSRF_HEADER);
      // logged in: the session's token only; not yet: the cookie's, as the page was given it
      const expected = request.user ? request.csrfToken : anonymous;
      if (!sent || !expected || !sameToken(sent, expected)) {
        throw new ApiError('CSRF', "send this session's token (the luoshi_csrf cookie, or csrfToken of GET /api/auth/me) in the X-CSRF-Token header");
      }
    }
    if (Array.isArray(access) && !access.includes(request.user!.role)) {
      throw new ApiError('FORBIDDEN', `needs ${access.join(' or ')}; you are ${request.user!.role}`);
    }
  });
}
