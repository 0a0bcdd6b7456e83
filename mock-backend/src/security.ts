import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/**
 * The policy for every response (helmet writes it as "directive sources;directive sources"). The SPA build has no inline scripts; Angular adds component
 * styles at run time, hence 'unsafe-inline' for styles only.
 */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export function cspHeader(policy: Record<string, readonly string[]>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join(';');
}

/**
 * Headers for responses fastify sends before any hook runs (an undecodable URL): the same
 * protections helmet gives every other response.
 */
export const baselineSecurityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': cspHeader(contentSecurityPolicy),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(contentSecurityPolicy).map(([key, value]) => [key, [...value]]),
      ),
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
    // HSTS is the TLS terminator's job: browsers ignore it over plain http, and on localhost it
    // would pin https for every other local project on the same host name.
    strictTransportSecurity: false,
  });
}

/**
 * Limits each client to `max` requests a minute in the scope it is registered in: the API, known
 * routes, unknown ones and the docs alike, so guessing addresses costs the same. Pages and assets
 * are outside that scope and not limited.
 */
export async function registerRateLimit(scope: FastifyInstance, max: number): Promise<void> {
  if (max <= 0) return;
  await scope.register(rateLimit, { global: false });
  const limit = scope.rateLimit({ max, timeWindow: 60_000 });
  // A hook rather than the plugin's per-route option, so the scope's 404 answers count too.
  scope.addHook('onRequest', limit);
}
