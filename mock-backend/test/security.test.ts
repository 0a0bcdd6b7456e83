import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { hashedScript, writeStaticFixture } from './static-fixture.ts';
import { tempDirectory } from './temp-directory.ts';
import { testApp } from './test-app.ts';

const expectedPolicy: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

function parsePolicy(header: unknown): Record<string, string> {
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((directive) => directive.trim())
      .filter(Boolean)
      .map((directive) => {
        const [name = '', ...sources] = directive.split(/\s+/);
        return [name, sources.join(' ')];
      }),
  );
}

function assertSecurityHeaders(response: LightMyRequestResponse, what: string) {
  assert.deepEqual(parsePolicy(response.headers['content-security-policy']), expectedPolicy, what);
  assert.equal(response.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(response.headers['referrer-policy'], 'strict-origin-when-cross-origin', what);
  assert.equal(response.headers['x-frame-options'], 'DENY', what);
  assert.equal(response.headers['x-powered-by'], undefined, what);
}

describe('security headers', () => {
  test('are on every kind of response', async (t) => {
    const staticDir = writeStaticFixture(tempDirectory(t, 'portal-static-'));
    const { app } = await testApp(t, { staticDir });
    const requests: [string, InjectOptions, number][] = [
      ['API JSON', { url: '/api/health' }, 200],
      [
        'API write',
        {
          method: 'POST',
          url: '/api/page-feedback',
          payload: { path: '/', locale: 'en', useful: true },
        },
        201,
      ],
      ['API validation problem', { method: 'POST', url: '/api/page-feedback', payload: {} }, 400],
      ['API 404', { url: '/api/unknown' }, 404],
      ['API 405', { method: 'DELETE', url: '/api/health' }, 405],
      ['malformed URL', { url: '/api/%E0%A4%A' }, 400],
      ['static file', { url: `/zh/${hashedScript}`, headers: { 'accept-encoding': 'br' } }, 200],
      ['index.html fallback', { url: '/en/services/x' }, 200],
      ['missing asset', { url: '/en/chunk-MISSING1.js' }, 404],
      ['root redirect', { url: '/' }, 302],
      ['path redirect', { url: '/services?q=1' }, 302],
      ['locale redirect', { url: '/en' }, 301],
      ['robots.txt', { url: '/robots.txt' }, 200],
      ['OpenAPI document', { url: '/api/openapi.json' }, 200],
    ];
    for (const [what, request, status] of requests) {
      const response = await app.inject(request);
      assert.equal(response.statusCode, status, what);
      assertSecurityHeaders(response, what);
    }
  });

  test('the site is not served with HSTS over plain http', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({ url: '/api/health' });
    assert.equal(response.headers['strict-transport-security'], undefined);
  });

  test('API answers are never stored by caches', async (t) => {
    const { app } = await testApp(t);
    for (const url of ['/api/health', '/api/unknown']) {
      const response = await app.inject({ url });
      assert.equal(response.headers['cache-control'], 'no-store', url);
    }
  });

  test('the API docs page works under a content security policy', async (t) => {
    const { app } = await testApp(t);
    const page = await app.inject({ url: '/api/docs/' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const policy = parsePolicy(page.headers['content-security-policy']);
    assert.equal(policy['script-src'], "'self'");
    assert.equal(policy['object-src'], "'none'");
    // Everything the page loads comes from our own origin, so 'self' covers it.
    for (const [, src] of page.body.matchAll(/(?:src|href)="([^"]+)"/g)) {
      assert.ok(src?.startsWith('/api/docs/') || src?.startsWith('./'), src);
    }
    assert.doesNotMatch(page.body, /<script>(?!\s*<\/script>)|<script[^>]*>[^<\s]/);
  });
});

describe('rate limit', () => {
  test('answers 429 problem+json with Retry-After once a client is over the limit', async (t) => {
    const { app } = await testApp(t, { rateLimitMax: 3 });
    for (let i = 0; i < 3; i++) {
      const response = await app.inject({ url: '/api/health' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['x-ratelimit-limit'], '3');
    }
    const limited = await app.inject({ url: '/api/health' });
    assert.equal(limited.statusCode, 429);
    assert.match(String(limited.headers['content-type']), /^application\/problem\+json/);
    assert.equal(limited.json().type, '/problems/rate-limited');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assertSecurityHeaders(limited, '429');

    // Unknown addresses count too, so probing for routes is limited like using them.
    assert.equal((await app.inject({ url: '/api/guess' })).statusCode, 429);
    // Pages are not limited.
    assert.notEqual((await app.inject({ url: '/robots.txt' })).statusCode, 429);
  });

  test('clients are counted separately', async (t) => {
    const { app } = await testApp(t, { rateLimitMax: 1 });
    assert.equal(
      (await app.inject({ url: '/api/health', remoteAddress: '10.0.0.1' })).statusCode,
      200,
    );
    assert.equal(
      (await app.inject({ url: '/api/health', remoteAddress: '10.0.0.1' })).statusCode,
      429,
    );
    assert.equal(
      (await app.inject({ url: '/api/health', remoteAddress: '10.0.0.2' })).statusCode,
      200,
    );
  });

  test('is off with a limit of 0', async (t) => {
    const { app } = await testApp(t, { rateLimitMax: 0 });
    for (let i = 0; i < 20; i++) {
      const response = await app.inject({ url: '/api/health' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['x-ratelimit-limit'], undefined);
    }
  });
});
