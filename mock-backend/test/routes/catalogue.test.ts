import assert from 'node:assert/strict';
import { before, after, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { join } from 'node:path';
import { buildApp } from '../../src/app.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { makeTempDirectory, removeDirectory } from '../temp-directory.ts';
import { FIRST_RESULTS, SEEDED } from '../../../test-fixtures/search-expectations.ts';

// One app for the file: these tests only read the seeded catalogue.
let app: FastifyInstance;
let dir: string;
before(async () => {
  dir = makeTempDirectory();
  app = await buildApp({ dbPath: join(dir, 'portal.db'), logLevel: 'silent', rateLimitMax: 0 });
});
after(async () => {
  await app.close();
  removeDirectory(dir);
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('GET /api/services', () => {
  for (const [q, code] of FIRST_RESULTS) {
    test(`lists ${code} first for “${q}”`, async () => {
      const response = await get(`/api/services?q=${encodeURIComponent(q)}`);
      assert.equal(response.json().items[0].code, code);
    });
  }

  test('answers with results, total, paging and facets', async () => {
    const response = await get('/api/services?q=%E6%8A%A4%E7%85%A7&pageSize=2&page=1');
    assert.equal(response.statusCode, 200);
    const body = response.json();
    assert.equal(body.items.length, 2);
    assert.ok(body.total > 2);
    assert.equal(body.sort, 'relevance');
    assert.ok(body.facets.theme.some((f: { value: string }) => f.value === SEEDED.passportTheme));
  });

  test('is cacheable and revalidates with its ETag', async () => {
    const response = await get('/api/services?q=tax');
    const etag = response.headers.etag as string;
    assert.match(etag, /^W\/".+"$/);
    assert.equal(response.headers['cache-control'], 'public, max-age=300');
    const again = await get('/api/services?q=tax', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const other = await get('/api/services?q=tax', { 'if-none-match': 'W/"old"' });
    assert.equal(other.statusCode, 200);
  });

  test('refuses unknown themes and departments', async () => {
    const response = await get('/api/services?theme=moon-landing&department=nowhere');
    assert.equal(response.statusCode, 400);
    assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
    assert.deepEqual(
      response.json().errors.map((e: { path: string }) => e.path),
      ['/query/theme', '/query/department'],
    );
  });

  for (const [query, path] of [
    ['page=0', '/query/page'],
    ['page=-1', '/query/page'],
    ['page=abc', '/query/page'],
    ['pageSize=1000000', '/query/pageSize'],
    [`q=${'x'.repeat(10_000)}`, '/query/q'],
    ['sort=random', '/query/sort'],
    ['audience=everyone', '/query/audience'],
    ['visits=7', '/query/visits'],
    ['online=perhaps', '/query/online'],
    ['colour=red', '/query'],
  ] as const) {
    test(`answers ${query.slice(0, 30)} with a 400 naming ${path}`, async () => {
      const response = await get(`/api/services?${query}`);
      assert.equal(response.statusCode, 400);
      const problem = response.json();
      assert.equal(problem.type, '/problems/validation');
      assert.ok(problem.errors.some((e: { path: string }) => e.path.startsWith(path)));
    });
  }

  // Search never reaches SQL (it runs on the in-memory index), so a catalogue left whole
  // afterwards proves nothing. What can fail: syntax changes no answer, so each query finds
  // exactly what its words alone find, and one with no words finds nothing. An injected
  // `OR "1"="1"` that found everything would break both.
  for (const q of [
    '"',
    '*',
    'NEAR',
    "'--",
    ')',
    '护照" OR "1"="1',
    "'; DROP TABLE services; --",
    'passport*',
    '(社保) AND NOT 护照',
  ]) {
    const words = q.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    test(`answers ${q} as its words alone (“${words}”)`, async () => {
      const response = await get(`/api/services?q=${encodeURIComponent(q)}`);
      assert.equal(response.statusCode, 200);
      const answer = response.json();
      if (words === '') {
        assert.equal(answer.total, 0);
      } else {
        assert.deepEqual(
          answer,
          (await get(`/api/services?q=${encodeURIComponent(words)}`)).json(),
        );
        assert.ok(answer.total < catalogueSeed.services.length, `${q} found every service`);
      }
    });
  }

  test('never fails with a 5xx, whatever the query string', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.constantFrom('0', '-1', '1e9', 'NaN', 'true', '', '[]', '社保', '%', '\u0000', '50', '51'),
      fc.integer().map(String),
    );
    const key = fc.constantFrom(
      'q',
      'theme',
      'department',
      'audience',
      'online',
      'visits',
      'sort',
      'page',
      'pageSize',
      'lang',
      'x',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 5 }), async (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const response = await get(`/api/services?${search}`);
        assert.ok(response.statusCode < 500, `${search} → ${response.statusCode}`);
        if (response.statusCode >= 400) {
          assert.match(response.headers['content-type'] as string, /^application\/problem\+json/);
          assert.ok(response.json().title);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('GET /api/services/{code}', () => {
  test('gives the whole guide and its related services', async () => {
    const response = await get(`/api/services/${SEEDED.passport}`);
    assert.equal(response.statusCode, 200);
    const { guide, related } = response.json();
    assert.equal(guide.code, SEEDED.passport);
    assert.ok(guide.materials.length > 0 && guide.steps.length > 0 && guide.legalBasis.length > 0);
    assert.deepEqual(
      related.map((s: { code: string }) => s.code),
      guide.relatedCodes,
    );
    assert.ok(response.headers.etag);
  });

  test('answers an unknown code with a 404 problem', async () => {
    for (const code of ['NOPE-001', encodeURIComponent('"; --'), 'x'.repeat(40)]) {
      const response = await get(`/api/services/${code}`);
      assert.equal(response.statusCode, 404, code);
      assert.equal(response.json().type, '/problems/not-found');
    }
    assert.equal((await get(`/api/services/${'x'.repeat(41)}`)).statusCode, 400);
  });
});

describe('reference lists', () => {
  test('themes, departments and halls come in the editors order', async () => {
    for (const [url, expected] of [
      ['/api/themes', catalogueSeed.themes],
      ['/api/departments', catalogueSeed.departments],
      ['/api/halls', catalogueSeed.halls],
    ] as const) {
      const response = await get(url);
      assert.equal(response.statusCode, 200, url);
      assert.deepEqual(response.json(), expected, url);
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
    }
  });
});
