import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../contract/constants/staff-limits.ts';
import { parseInstant } from './clock.ts';
import { parseOrigin } from './public-origin.ts';

/** The repository root, so the defaults do not depend on the directory the server is started from. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface ServerConfig {
  /** PORT, default 4200. */
  port: number;
  /** HOST, default 'localhost'. */
  host: string;
  /** PORTAL_DB, default <repo>/.data/portal.db; a relative value is taken from the working directory. */
  dbPath: string;
  /** STATIC_DIR, default <repo>/dist/portal/browser; a relative value is taken from the working directory. */
  staticDir: string;
  /** LOG_LEVEL, default 'info'. */
  logLevel: LogLevel;
  /** RATE_LIMIT_MAX: requests per minute per client to /api, default 600; 0 turns the limit off. */
  rateLimitMax: number;
  /**
   * TRUST_PROXY: addresses or subnets of the proxies in front of the server, comma-separated
   * (e.g. 127.0.0.1 or 10.0.0.0/8), whose X-Forwarded-For/-Proto are believed; none by default.
   * Set it behind a TLS-terminating proxy, so staff cookies get Secure and the __Host- prefix
   * and the limits count real client addresses.
   */
  trustProxy: string | undefined;
  /**
   * PUBLIC_ORIGIN: scheme, host and port citizens reach the portal at (e.g.
   * https://zwfw.jiangcheng.gov.cn), for the absolute addresses in pages (canonical, hreflang,
   * Open Graph), the sitemap and links in text messages; default http://localhost:<PORT>.
   */
  publicOrigin: string;
  /** ID_HASH_KEY: secret of the identity-number hash; required when NODE_ENV=production. */
  idHashKey: string | undefined;
  /**
   * Which staff accounts a new database gets: the demo accounts listed in the README, except when
   * NODE_ENV=production, where anyone who read the README could sign in with them. There a new
   * database gets one account, `admin`, when STAFF_ADMIN_PASSWORD is set (12 to 128
   * characters), and none otherwise. Ignored for a database that exists.
   */
  staffAccounts: { kind: 'demo' } | { kind: 'admin'; password: string } | { kind: 'none' };
  /**
   * PORTAL_NOW: an ISO 8601 instant with its offset (e.g. 2026-09-15T09:00:00+08:00) at which the
   * server's clock starts, running on from there; for e2e and demos. Refused when NODE_ENV is
   * production. Absent (the system clock) by default.
   */
  startTime?: Date;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the server's settings from the environment; throws a ConfigError naming every bad variable at once. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): ServerConfig {
  const problems: string[] = [];
  // An empty variable (PORT= in a shell or .env file) means "use the default".
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const path = (name: string, fallback: string): string => {
    const raw = read(name);
    if (raw === undefined) return resolve(repoRoot, fallback);
    return isAbsolute(raw) || raw === ':memory:' ? raw : resolve(cwd, raw);
  };

  const port = integer('PORT', 4200, 0, 65535);
  const rateLimitMax = integer('RATE_LIMIT_MAX', 600, 0, 1_000_000);
  const trustProxy = read('TRUST_PROXY');
  const rawLevel = read('LOG_LEVEL') ?? 'info';
  const logLevel = logLevels.find((level) => level === rawLevel);
  const idHashKey = read('ID_HASH_KEY');
  if (idHashKey === undefined && read('NODE_ENV') === 'production') {
    problems.push('ID_HASH_KEY must be set in production (a long random secret)');
  }
  const production = read('NODE_ENV') === 'production';
  const adminPassword = env['STAFF_ADMIN_PASSWORD'];
  let staffAccounts: ServerConfig['staffAccounts'] = production
    ? { kind: 'none' }
    : { kind: 'demo' };
  if (adminPassword) {
    if (!production) {
      problems.push('STAFF_ADMIN_PASSWORD is for production; other servers get the demo accounts');
    } else if (
      [...adminPassword].length < PASSWORD_MIN_LENGTH ||
      [...adminPassword].length > PASSWORD_MAX_LENGTH
    ) {
      problems.push(
        `STAFF_ADMIN_PASSWORD must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
      );
    } else {
      staffAccounts = { kind: 'admin', password: adminPassword };
    }
  }
  const rawOrigin = read('PUBLIC_ORIGIN');
  const publicOrigin =
    rawOrigin === undefined ? `http://localhost:${port}` : parseOrigin(rawOrigin);
  if (publicOrigin === undefined) {
    problems.push(
      `PUBLIC_ORIGIN must be an http or https origin without a path, e.g. https://portal.example, got "${rawOrigin}"`,
    );
  }
  if (logLevel === undefined) {
    problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${rawLevel}"`);
  }

  const config: ServerConfig = {
    port,
    host: read('HOST') ?? 'localhost',
    dbPath: path('PORTAL_DB', '.data/portal.db'),
    staticDir: path('STATIC_DIR', 'dist/portal/browser'),
    logLevel: logLevel ?? 'info',
    rateLimitMax,
    trustProxy,
    publicOrigin: publicOrigin ?? `http://localhost:${port}`,
    idHashKey,
    staffAccounts,
  };
  const startTime = read('PORTAL_NOW');
  if (startTime !== undefined) {
    const instant = parseInstant(startTime);
    if (read('NODE_ENV') === 'production') {
      problems.push('PORTAL_NOW is for tests and demos and is refused when NODE_ENV=production');
    } else if (instant === undefined) {
      problems.push(
        `PORTAL_NOW must be an instant with its offset, e.g. 2026-09-15T09:00:00+08:00, got "${startTime}"`,
      );
    } else {
      config.startTime = instant;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
