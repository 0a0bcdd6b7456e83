import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Type } from '@sinclair/typebox';
import type { LightMyRequestResponse } from 'fastify';
import { fieldErrors } from '../src/field-errors.ts';
import { testApp } from './test-app.ts';

const validFeedback = { path: '/about', locale: 'en', useful: true };

function assertProblem(response: LightMyRequestResponse, status: number, type: string) {
  assert.equal(response.statusCode, status);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  const body = response.json();
  assert.equal(body.type, type);
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  return body;
}

/** Anything that betrays the server's insides: stack frames, file paths, SQL, library error codes. */
function assertNothingLeaks(response: LightMyRequestResponse) {
  const body = response.body;
  for (const leak of [
    /\bat .+:\d+:\d+/,
    /\/work\/|\/tmp\/|\/home\/|node_modules|\.ts\b|file:\/\//,
    /SQLITE|\bSELECT\b|\bINSERT\b|no such table/i,
    /FST_ERR|stack/i,
  ]) {
    assert.doesNotMatch(body, leak, `response leaks ${leak}: ${body}`);
  }
}

describe('problem responses', () => {
  test('malformed JSON is a 400 malformed-json problem', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({
      method: 'POST',
      url: '/api/page-feedback',
      headers: { 'content-type': 'application/json' },
      payload: '{"path": "/about", ',
    });
    assertProblem(response, 400, '/problems/malformed-json');
    assertNothingLeaks(response);
  });

  test('an empty JSON body is malformed too', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({
      method: 'POST',
      url: '/api/page-feedback',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    assertProblem(response, 400, '/problems/malformed-json');
  });

  test('a body over 100 KB is a 413', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({
      method: 'POST',
      url: '/api/page-feedback',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ ...validFeedback, comment: 'x'.repeat(102_400) }),
    });
    const body = assertProblem(response, 413, '/problems/payload-too-large');
    assert.match(body.detail, /100 KB/);
    assertNothingLeaks(response);
  });

  test('a body just under the limit is read (and then validated)', async (t) => {
    const { app } = await testApp(t);
    const payload = JSON.stringify({ ...validFeedback, comment: 'x'.repeat(100_000) });
    assert.ok(Buffer.byteLength(payload) < 102_400);
    const response = await app.inject({
      method: 'POST',
      url: '/api/page-feedback',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    assertProblem(response, 400, '/problems/validation');
  });

  test('a body that is not JSON is a 415', async (t) => {
    const { app } = await testApp(t);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'text/xml']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/page-feedback',
        headers: { 'content-type': contentType },
        payload: 'path=/about&locale=en&useful=true',
      });
      assertProblem(response, 415, '/problems/unsupported-media-type');
    }
  });

  test('an unknown /api route is a 404 problem', async (t) => {
    const { app } = await testApp(t);
    for (const url of ['/api/nothing-here', '/api/', '/api', '/api/health/extra?x=1']) {
      const response = await app.inject({ url });
      assertProblem(response, 404, '/problems/not-found');
      assertNothingLeaks(response);
    }
    const post = await app.inject({ method: 'POST', url: '/api/nothing-here', payload: {} });
    assertProblem(post, 404, '/problems/not-found');
  });

  test('a known path with the wrong method is a 405 with Allow', async (t) => {
    const { app } = await testApp(t);
    const get = await app.inject({ method: 'GET', url: '/api/page-feedback' });
    assertProblem(get, 405, '/problems/method-not-allowed');
    assert.equal(get.headers['allow'], 'POST');

    const del = await app.inject({ method: 'DELETE', url: '/api/health' });
    assertProblem(del, 405, '/problems/method-not-allowed');
    assert.equal(del.headers['allow'], 'GET, HEAD');
  });

  test('query strings are coerced to their types, and wrong types are a 400 with errors[]', async (t) => {
    const { app } = await testApp(t);
    app.get(
      '/api/test-only/search',
      {
        schema: {
          querystring: Type.Object(
            {
              page: Type.Integer({ minimum: 1 }),
              size: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
              online: Type.Optional(Type.Boolean()),
            },
            { additionalProperties: false },
          ),
        },
      },
      (request) => request.query,
    );

    const good = await app.inject({ url: '/api/test-only/search?page=2&online=true' });
    assert.equal(good.statusCode, 200);
    assert.deepEqual(good.json(), { page: 2, online: true });

    const bad = await app.inject({ url: '/api/test-only/search?page=two&size=500&online=maybe' });
    const body = assertProblem(bad, 400, '/problems/validation');
    const paths = body.errors.map((error: { path: string }) => error.path).sort();
    assert.deepEqual(paths, ['/query/online', '/query/page', '/query/size']);
    for (const error of body.errors) assert.equal(typeof error.message, 'string');

    const unknown = await app.inject({ url: '/api/test-only/search?page=1&sort=name' });
    const unknownBody = assertProblem(unknown, 400, '/problems/validation');
    assert.deepEqual(unknownBody.errors, [
      { path: '/query/sort', message: 'is not a field this request accepts' },
    ]);
  });

  test('a path parameter longer than the router allows is a 414 problem', async (t) => {
    const { app } = await testApp(t);
    app.get('/api/test-only/items/:id', (request) => request.params);
    const response = await app.inject({ url: `/api/test-only/items/${'x'.repeat(200)}` });
    assertProblem(response, 414, '/problems/uri-too-long');
    assertNothingLeaks(response);
  });

  test('an unknown body property is a 400, not silently dropped', async (t) => {
    const { app } = await testApp(t);
    const response = await app.inject({
      method: 'POST',
      url: '/api/page-feedback',
      payload: { ...validFeedback, rating: 5 },
    });
    const body = assertProblem(response, 400, '/problems/validation');
    assert.deepEqual(body.errors, [
      { path: '/body/rating', message: 'is not a field this request accepts' },
    ]);
  });

  test('an unexpected error is a 500 that says nothing about its cause', async (t) => {
    const { app } = await testApp(t);
    app.get('/api/test-only/explode', () => {
      throw new Error(
        'SqliteError: no such table: page_feedbacks in SELECT * FROM page_feedbacks at /work/main/mock-backend/src/store/x.ts:12:3',
      );
    });
    app.get(
      '/api/test-only/bad-response',
      { schema: { response: { 200: Type.Object({ id: Type.Integer() }) } } },
      () => ({ id: 'not a number', secret: '/tmp/portal.db' }),
    );
    for (const url of ['/api/test-only/explode', '/api/test-only/bad-response']) {
      const response = await app.inject({ url });
      const body = assertProblem(response, 500, '/problems/internal');
      assert.deepEqual(Object.keys(body).sort(), ['detail', 'status', 'title', 'type']);
      assertNothingLeaks(response);
    }
  });

  test('no error response carries a stack trace or a file path', async (t) => {
    const { app } = await testApp(t, { rateLimitMax: 1000 });
    const requests = [
      {
        method: 'POST',
        url: '/api/page-feedback',
        payload: '{"a":',
        headers: { 'content-type': 'application/json' },
      },
      { method: 'POST', url: '/api/page-feedback', payload: { path: 12 } },
      {
        method: 'POST',
        url: '/api/page-feedback',
        payload: 'x',
        headers: { 'content-type': 'text/csv' },
      },
      { method: 'PUT', url: '/api/health' },
      { method: 'GET', url: '/api/%E0%A4%A' },
      { method: 'GET', url: '/en/..%2f..%2fpackage.json' },
      { method: 'GET', url: '/zh/missing-file.js' },
      { method: 'POST', url: '/zh/', payload: {} },
    ] as const;
    for (const request of requests) {
      const response = await app.inject(request);
      assert.ok(response.statusCode >= 400, `${request.method} ${request.url}`);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assertNothingLeaks(response);
    }
  });
});

describe('fieldErrors', () => {
  test('names the allowed values of a choice once', () => {
    const errors = fieldErrors(
      [
        {
          instancePath: '/locale',
          keyword: 'const',
          params: { allowedValue: 'zh-CN' },
          schemaPath: '#/properties/locale/anyOf/0/const',
          message: 'must be equal to constant',
        },
        {
          instancePath: '/locale',
          keyword: 'const',
          params: { allowedValue: 'en' },
          schemaPath: '#/properties/locale/anyOf/1/const',
          message: 'must be equal to constant',
        },
        {
          instancePath: '/locale',
          keyword: 'anyOf',
          params: {},
          schemaPath: '#/properties/locale/anyOf',
          message: 'must match a schema in anyOf',
        },
      ],
      'body',
    );
    assert.deepEqual(errors, [{ path: '/body/locale', message: 'must be one of: "zh-CN", "en"' }]);
  });

  test('escapes property names in JSON pointers', () => {
    const errors = fieldErrors(
      [
        {
          instancePath: '',
          keyword: 'required',
          params: { missingProperty: 'a/b~c' },
          schemaPath: '#/required',
        },
      ],
      'querystring',
    );
    assert.deepEqual(errors, [{ path: '/query/a~1b~0c', message: 'is required' }]);
  });
});
