import { hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import { systemClock, type Clock } from './clock.ts';
import { registerCompression } from './compression.ts';
import { repoRoot } from './config.ts';
import { frameworkProblem, registerErrorHandler } from './error-handler.ts';
import { RequestLog, loggerOptions } from './logging.ts';
import { replyNotFound } from './not-found.ts';
import { registerApiDocs, registerOpenApi } from './openapi.ts';
import { redirectToLocale, registerPages } from './pages.ts';
import { answerParserError } from './parser-errors.ts';
import { pathOf } from './paths.ts';
import { sendProblem } from './problems.ts';
import { Catalogue } from './catalogue/catalogue.ts';
import appointmentRoutes from './routes/appointments.ts';
import calendarRoutes from './routes/calendar.ts';
import catalogueRoutes from './routes/catalogue.ts';
import feedbackRoutes, { sweepRatingInvitations, type FeedbackLimits } from './routes/feedback.ts';
import healthRoutes from './routes/health.ts';
import pageFeedbackRoutes from './routes/page-feedback.ts';
import staffRoutes from './routes/staff/index.ts';
import { registerContractSchemas } from './schemas.ts';
import { baselineSecurityHeaders, registerRateLimit, registerSecurityHeaders } from './security.ts';
import { loadDeadlines } from './feedback/deadlines.ts';
import { seed } from './seed/index.ts';
import type { StaffSeed } from './seed/staff.ts';
import { openStore, type Store } from './store/store.ts';
import { schemaController } from './validation.ts';

export interface AppOptions {
  /** SQLite file; created (with its directory) when missing, migrated, and seeded when new. */
  dbPath: string;
  /** Directory holding the SPA builds zh/ and en/; without it pages answer 503, the API still works. */
  staticDir?: string | undefined;
  /** pino level: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel?: string | undefined;
  /** Requests per minute per client to /api; default 600; 0 turns the limit off. */
  rateLimitMax?: number | undefined;
  /** Where log lines go; standard output by default. Tests use it to read the logs. */
  logStream?: DestinationStream | undefined;
  /** Sees each route as registered, schemas already pointing at the contract's; tests walk the route table with it. */
  onRoute?: ((route: RouteOptions) => void) | undefined;
  /** Where the server reads the time; the system clock by default. Tests and e2e servers pin it. */
  clock?: Clock | undefined;
  /**
   * Secret of the keyed hash that stands in for identity numbers (ID_HASH_KEY). Changing it
   * makes earlier bookings unrecognisable to the fair-use rules; required in production.
   */
  idHashKey?: string | undefined;
  /** Per-client limits on feedback submits and tracking look-ups; false turns them off (load tests). */
  feedbackLimits?: FeedbackLimits | false | undefined;
  /** How long the published results table and the staff dashboard may be reused, in ms; default a minute. */
  resultsMaxAgeMs?: number | undefined;
  /**
   * Staff accounts a new database gets: the README's demo accounts (the default), one `admin`
   * with this scrypt hash (production), or none.
   */
  staffAccounts?: StaffSeed | undefined;
  /**
   * Seeds the hall's day's demo appointments (seed/hall-day.ts) into a new database: the server
   * turns it on with the demo accounts. Off by default, so tests count only what they book.
   */
  demoAppointments?: boolean | undefined;
  /** Scheme, host and port citizens reach the portal at, for links in text messages. */
  publicOrigin?: string | undefined;
  /**
   * Believe X-Forwarded-For/-Proto from the proxy in front (fastify's trustProxy), so the client
   * address and "came over TLS" (the staff cookie's __Host- prefix and Secure) are the proxy's
   * word. Off by default: without a proxy, any client could claim them.
   */
  trustProxy?: boolean | string | undefined;
  /** The limit of failed staff sign-ins per account and client a minute; false turns it off (load tests). */
  staffSignInLimit?: boolean | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's one source of "now" (AppOptions.clock); never call new Date() for business time. */
    readonly clock: Clock;
    /** Writes a rating link to the outbox for each appointment whose time has passed. */
    sweepRatingInvitations(): Promise<number>;
  }
}

/** Used when no ID_HASH_KEY is configured: development and tests only (config refuses it in production). */
export const developmentIdHashKey = 'jiangcheng-portal-development-only';

const stores = new WeakMap<FastifyInstance, Store>();

/**
 * The store an app built by buildApp works on, for in-process tests that set up state no API
 * offers (a signed-in session without running scrypt). Nothing reachable over HTTP calls it.
 */
export function storeOf(app: FastifyInstance): Store {
  const store = stores.get(app);
  if (!store) throw new Error('This app was not made by buildApp');
  return store;
}

/**
 * The key binding staff XSRF tokens to sessions, derived from the one configured secret with its
 * own label (HKDF), so it survives restarts like the sessions it protects and needs no new setting.
 */
function xsrfKeyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', 'jiangcheng-portal staff xsrf', 32));
}

/** Largest request body accepted, in bytes; larger ones get 413. */
export const bodyLimit = 100 * 1024;

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
};

/**
 * Builds the portal's server: plugins first (errors, security headers, schemas, OpenAPI), then the
 * API's scope (its own hooks, docs and routes) and the pages. The app owns its database and closes it on close().
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    logController: new RequestLog(),
    bodyLimit,
    trustProxy: options.trustProxy ?? false,
    schemaController,
    clientErrorHandler: answerParserError,
    // Hooks never run for a URL the router refuses, so this answer adds the security headers itself.
    frameworkErrors: (error, request, reply) => {
      const problem = frameworkProblem(error);
      void sendProblem(reply, problem, baselineSecurityHeaders);
      // The request log line is not written for these either.
      reply.log.info(
        {
          method: request.method,
          url: pathOf(request.url),
          statusCode: problem.status,
          responseTime: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
    },
  });
  const clock = options.clock ?? systemClock;
  const publicOrigin = options.publicOrigin ?? 'http://localhost:3000';
  app.decorate('clock', clock);
  const deadlines = loadDeadlines();
  const store = openStore(options.dbPath, {
    seed: (db) =>
      seed(db, {
        now: clock.now(),
        deadlines,
        staff: options.staffAccounts ?? { kind: 'demo' },
        demoAppointments: options.demoAppointments ?? false,
      }),
  });
  app.addHook('onClose', async () => store.close());
  stores.set(app, store);

  try {
    registerErrorHandler(app);
    app.setNotFoundHandler(
      (request, reply) => redirectToLocale(request, reply) ?? replyNotFound(app, request, reply),
    );
    // Only JSON bodies are accepted; text/plain would otherwise reach validation as a string.
    app.removeContentTypeParser('text/plain');

    await registerSecurityHeaders(app);
    registerContractSchemas(app);
    if (options.onRoute) app.addHook('onRoute', options.onRoute);
    await registerOpenApi(app, version);

    // What applies to the API only is registered in its scope, where fastify applies it to the
    // scope's routes and its 404s, and to nothing else.
    await app.register(
      async (api) => {
        api.addHook('onRequest', async (_request, reply) => {
          // API answers may carry personal data; no cache along the way should keep them.
          reply.header('cache-control', 'no-store');
        });
        await registerRateLimit(api, options.rateLimitMax ?? 600);
        await registerCompression(api);
        api.setNotFoundHandler((request, reply) => replyNotFound(app, request, reply));
        await registerApiDocs(api);
        await api.register(healthRoutes, { store, version });
        const catalogue = new Catalogue(store.catalogue.source());
        app.log.info(
          {
            services: catalogue.size,
            index: catalogue.indexOrigin,
            unusable: catalogue.unusableIndex,
          },
          'catalogue search index ready',
        );
        await api.register(catalogueRoutes, { catalogue });
        await api.register(calendarRoutes, { store, halls: catalogue.halls });
        await api.register(appointmentRoutes, {
          store,
          catalogue,
          idHashKey: options.idHashKey ?? developmentIdHashKey,
        });
        await api.register(pageFeedbackRoutes, { store });
        app.decorate('sweepRatingInvitations', () =>
          sweepRatingInvitations(store, catalogue, clock, publicOrigin),
        );
        await api.register(feedbackRoutes, {
          store,
          catalogue,
          deadlines,
          limits: options.feedbackLimits,
          resultsMaxAgeMs: options.resultsMaxAgeMs,
        });
        await api.register(staffRoutes, {
          prefix: '/staff',
          store,
          catalogue,
          deadlines,
          xsrfKey: xsrfKeyFrom(options.idHashKey ?? developmentIdHashKey),
          signInLimit: options.staffSignInLimit,
          dashboardMaxAgeMs: options.resultsMaxAgeMs,
          publicOrigin,
        });
      },
      { prefix: '/api' },
    );
    await registerPages(app, { staticDir: options.staticDir, publicOrigin });
    return app;
  } catch (error) {
    store.close();
    throw error;
  }
}
