/** The HTTP API: `buildApp` makes the Fastify app (not listening); `luoshi serve` listens. */
export { buildApp, type BuildOptions } from './app.js';
export { DEFAULT_UPLOAD_LIMIT } from '../config.js';
export { apiErrorCatalogue, ApiError, type ApiErrorCode } from './errors.js';
export { hashPassword, verifyPassword, generatePassword } from '../app/passwords.js';
export { seedDemo, type DemoAccount, type DemoResult } from './demo.js';
export type { App } from './context.js';
