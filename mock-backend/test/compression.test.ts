import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding } from '../src/compression.ts';
import { testApp } from './test-app.ts';

describe('API compression', () => {
  test('prefers brotli, then gzip, and honours q=0', () => {
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseEncoding('gzip, deflate'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('identity'), null);
    assert.equal(chooseEncoding(undefined), null);
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
