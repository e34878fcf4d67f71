/**
 * luoshi's configuration, read in one place: the environment variables every entry point honours, the office's
 * time zone and the size limits. The environment is read when asked for, not when this module loads: a test or a
 * script may set a variable after importing luoshi.
 */

/** Where "today" is counted: the offices luoshi serves keep China Standard Time. */
export const OFFICE_TIME_ZONE = 'Asia/Shanghai';

/** Largest upload the server takes, in bytes (`luoshi serve --upload-limit MB` changes it). */
export const DEFAULT_UPLOAD_LIMIT = 50 * 1024 * 1024;

/** Largest evidence file attached to a progress report, in bytes (never more than the upload limit). */
export const DEFAULT_EVIDENCE_LIMIT = 10 * 1024 * 1024;

/** The port `luoshi serve` listens on without --port or $PORT. */
const DEFAULT_PORT = 8080;

export interface Environment {
  /** LUOSHI_DATABASE_URL: a PostgreSQL URL (postgres://…?schema=…) or sqlite:PATH; unset, a SQLite file. */
  databaseUrl?: string;
  /** PORT: where `luoshi serve` listens (a string: the command checks it as it checks --port). */
  port: string;
  /** LUOSHI_SMTP_URL and LUOSHI_SMTP_FROM: the reminders' e-mail (none: e-mail is refused). */
  smtpUrl?: string;
  smtpFrom?: string;
  /** LUOSHI_SECURE_COOKIES=1: Secure cookies, behind https. */
  secureCookies: boolean;
  /** LUOSHI_TRUST_PROXY=1: behind a proxy, the client's address is X-Forwarded-For's (the login limit counts it). */
  trustProxy: boolean;
}

/** The environment as luoshi reads it (an empty variable counts as unset, but for PORT: 0 there picks a free port). */
export function environment(env: NodeJS.ProcessEnv = process.env): Environment {
  const set = (name: string): string | undefined => env[name] || undefined;
  return {
    ...(set('LUOSHI_DATABASE_URL') ? { databaseUrl: set('LUOSHI_DATABASE_URL') } : {}),
    port: env.PORT ?? String(DEFAULT_PORT),
    ...(set('LUOSHI_SMTP_URL') ? { smtpUrl: set('LUOSHI_SMTP_URL') } : {}),
    ...(set('LUOSHI_SMTP_FROM') ? { smtpFrom: set('LUOSHI_SMTP_FROM') } : {}),
    secureCookies: env.LUOSHI_SECURE_COOKIES === '1',
    trustProxy: env.LUOSHI_TRUST_PROXY === '1',
  };
}
