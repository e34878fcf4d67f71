/** Logging in and out, and who the session is. */
import { z } from 'zod';
import { createSession, deleteSession, findCredentials } from '../../ledger/index.js';
import { dummyHash, verifyPassword } from '../../app/passwords.js';
import { ApiError } from '../errors.js';
import { clearSessionCookie, newToken, sessionCsrfToken, setCsrfCookie, setSessionCookie, tokenHash, userOf } from '../auth.js';
import { LoginBody, SessionResponse } from '../schemas/auth.js';
import { errors } from '../schemas/common.js';
import type { App, ServerContext } from '../context.js';

const tags = ['auth'];

export function authRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/auth/me',
    { config: { access: 'public' }, schema: { tags, summary: '当前用户与 CSRF 令牌', response: { 200: SessionResponse } } },
    async (request) => ({ user: request.user ?? null, csrfToken: request.csrfToken }),
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags, summary: '登录', body: LoginBody, response: { 200: SessionResponse, ...errors(400, 401, 403, 429) } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const found = await ctx.limiter.check(username, request.ip, async () => {
        const stored = await findCredentials(ctx.ledger, username);
        // an unknown name is checked against a dummy hash: it takes as long as a wrong password
        return (await verifyPassword(password, stored?.passwordHash ?? (await dummyHash()))) ? stored : undefined;
      });
      if (!found) throw new ApiError('BAD_CREDENTIALS');
      // said only to whoever knows the password
      if (found.user.disabled) throw new ApiError('ACCOUNT_DISABLED', username);
      const token = newToken();
      const expiresAt = new Date(ctx.now().getTime() + ctx.sessionTtlMs).toISOString();
      await createSession(ctx.ledger, found.user.id, { tokenHash: tokenHash(token), userId: found.user.id, expiresAt });
      setSessionCookie(ctx, reply, token);
      // the new session's CSRF token
      const csrf = sessionCsrfToken(token);
      setCsrfCookie(ctx, reply, csrf);
      return { user: found.user, csrfToken: csrf };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'user' }, schema: { tags, summary: '退出登录', response: { 204: z.null().meta({ description: 'logged out' }), ...errors(401, 403) } } },
    async (request, reply) => {
      const user = userOf(request);
      if (request.sessionHash) await deleteSession(ctx.ledger, user.id, request.sessionHash);
      clearSessionCookie(ctx, reply);
      return reply.code(204).send(null);
    },
  );
}
