import { buildApp } from './app.ts';
import { offsetClock, systemClock } from './clock.ts';
import { ConfigError, loadConfig, type ServerConfig } from './config.ts';
import type { StaffSeed } from './seed/staff.ts';
import { hashPassword } from './staff/passwords.ts';

/** Longest a graceful shutdown may take before the process gives up on in-flight requests. */
const shutdownTimeoutMs = 10_000;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function readConfig(): ServerConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

const config = readConfig();
const staffAccounts: StaffSeed =
  config.staffAccounts.kind === 'admin'
    ? { kind: 'admin', passwordHash: await hashPassword(config.staffAccounts.password) }
    : config.staffAccounts;
const app = await buildApp({
  dbPath: config.dbPath,
  staticDir: config.staticDir,
  logLevel: config.logLevel,
  rateLimitMax: config.rateLimitMax,
  // RATE_LIMIT_MAX=0 (load tests from one address) turns the feedback and staff sign-in limits off as well.
  feedbackLimits: config.rateLimitMax === 0 ? false : undefined,
  staffSignInLimit: config.rateLimitMax !== 0,
  idHashKey: config.idHashKey,
  trustProxy: config.trustProxy,
  clock: config.startTime ? offsetClock(config.startTime) : systemClock,
  publicOrigin: config.publicOrigin,
  staffAccounts,
  // The hall's day's demo appointments come with the demo accounts (never in production).
  demoAppointments: staffAccounts.kind === 'demo',
}).catch((error: unknown) =>
  // A database that cannot be opened or migrated: say which, and stop before listening.
  fail(`Could not start the portal server: ${error instanceof Error ? error.message : error}`),
);

if (config.startTime) {
  app.log.warn({ startTime: config.startTime.toISOString() }, 'clock set by PORTAL_NOW');
}

/** How often appointments whose time has passed are sent their rating link. */
const invitationSweepMs = 60_000;
const invitationSweep = setInterval(() => {
  app.sweepRatingInvitations().catch((error: unknown) => {
    app.log.error({ err: error }, 'rating invitation sweep failed');
  });
}, invitationSweepMs);
invitationSweep.unref();

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(invitationSweep);
  app.log.info({ signal }, 'shutting down');
  const timer = setTimeout(() => {
    app.log.error('shutdown took too long; exiting');
    process.exit(1);
  }, shutdownTimeoutMs);
  timer.unref();
  try {
    // Stops accepting connections, lets in-flight requests finish, then closes the database.
    await app.close();
    process.exitCode = 0;
  } catch (error) {
    app.log.error({ err: error }, 'shutdown failed');
    process.exitCode = 1;
  }
}
process.once('SIGTERM', (signal) => void stop(signal));
process.once('SIGINT', (signal) => void stop(signal));

try {
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    config.staffAccounts.kind === 'demo'
      ? 'Staff demo accounts (demo only): user names and password in README.md, section "Staff demo accounts"; sign in at /zh/staff/sign-in'
      : 'Staff sign-in at /zh/staff/sign-in; a new database gets the account "admin" only when STAFF_ADMIN_PASSWORD is set (README.md, "Configuration")',
  );
} catch (error) {
  app.log.fatal({ err: error }, 'could not start listening');
  await app.close();
  process.exit(1);
}
