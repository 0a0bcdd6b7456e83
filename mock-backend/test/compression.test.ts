import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { testApp } from './test-app.ts';

describe('API compression', () => {
  test("picks the encoding by the client's q-values, brotli on a tie", async (t) => {
    const { app } = await testApp(t);
    const cases: [accept: string, encoding: string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['br;q=0.2, gzip;q=0.8', 'gzip'],
      ['gzip;q=0.5, br;q=0.9', 'br'],
      ['identity', undefined],
      ['br;q=0, gzip;q=0', undefined],
    ];
    for (const [accept, encoding] of cases) {
      const response = await app.inject({
        url: '/api/services',
        headers: { 'accept-encoding': accept },
      });
      assert.equal(response.headers['content-encoding'], encoding, accept);
      assert.match(String(response.headers.vary), /accept-encoding/i, accept);
    }
  });

  test('adds Accept-Encoding to Vary once, keeping what is already there', async (t) => {
    const { app } = await testApp(t);
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('vary', 'Origin');
    });
    for (const accept of [undefined, 'br']) {
      const response = await app.inject({
        url: '/api/services',
        headers: accept ? { 'accept-encoding': accept } : {},
      });
      const vary = String(response.headers.vary)
        .split(',')
        .map((token) => token.trim().toLowerCase());
      assert.deepEqual(vary, ['origin', 'accept-encoding'], String(accept));
    }
  });

  test('compresses a search answer for a client that accepts it, and only then', async (t) => {
    const { app } = await testApp(t);
    const url = `/api/services?q=${encodeURIComponent('社保')}`;
    const plain = await app.inject({ url });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(plain.headers.vary), /Accept-Encoding/i);

    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2);
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.rawPayload).toString()), plain.json());

    const gzip = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(gzip.rawPayload).toString()), plain.json());
  });

  test('leaves small answers and 304s alone', async (t) => {
    const { app } = await testApp(t);
    const health = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br' } });
    assert.equal(health.headers['content-encoding'], undefined);
    const first = await app.inject({ url: '/api/themes' });
    const again = await app.inject({
      url: '/api/themes',
      headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.headers['content-encoding'], undefined);
  });
});
