import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { describe, test } from 'node:test';
import { testApp } from './test-app.ts';

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Writes bytes to the server as they are and reads its answer until it closes the connection. */
function exchange(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer within 20 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.write(request);
  });
}

describe("requests refused by Node's HTTP parser", () => {
  const cases: [name: string, request: string, status: number, type: string][] = [
    [
      'a 20 KB address',
      `GET /api/services?q=${'a'.repeat(20 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      431,
      '/problems/headers-too-large',
    ],
    [
      'a 20 KB header',
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`,
      431,
      '/problems/headers-too-large',
    ],
    ['a request line that is not HTTP', 'GARBAGE\r\n\r\n', 400, '/problems/bad-request'],
    [
      'a header name with a space',
      'GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n',
      400,
      '/problems/bad-request',
    ],
    [
      'a Content-Length that is not a number',
      'POST /api/page-feedback HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      400,
      '/problems/bad-request',
    ],
    [
      'Content-Length beside chunked Transfer-Encoding',
      'POST /api/page-feedback HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
      '/problems/bad-request',
    ],
    [
      'a line ending without carriage return in the request line',
      'GET /api/health HTTP/1.1\nHost: x\n\n',
      400,
      '/problems/bad-request',
    ],
  ];

  for (const [name, request, status, type] of cases) {
    test(`${name} is a ${status} problem+json with the security headers`, async (t) => {
      const { app } = await testApp(t);
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const response = await exchange(port, request);
      assert.equal(response.status, status);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(
        response.headers.get('content-length'),
        String(Buffer.byteLength(response.body)),
      );
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      const problem = JSON.parse(response.body) as Record<string, unknown>;
      assert.equal(problem['type'], type);
      assert.equal(problem['status'], status);
      assert.equal(typeof problem['title'], 'string');
      assert.equal(typeof problem['detail'], 'string');
    });
  }
});
