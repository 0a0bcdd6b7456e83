import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { fixedClock } from '../src/clock.ts';
import { NOW, bookingBody, idempotencyKey } from './appointments/booking-fixture.ts';
import { testApp } from './test-app.ts';

function collector() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe('request logs', () => {
  test('one line per request with method, path, status and time, and no personal data', async (t) => {
    const { lines, stream } = collector();
    const { app } = await testApp(t, { logLevel: 'info', logStream: stream });
    await app.inject({
      method: 'POST',
      url: '/api/page-feedback?token=secret-token',
      headers: { cookie: 'session=secret-cookie', authorization: 'Bearer secret-bearer' },
      payload: { path: '/about', locale: 'en', useful: false, comment: 'Call me on 13800138000' },
    });
    await app.inject({ url: '/api/nothing?id=110101199003071234' });
    await app.inject({ url: '/api/%E0%A4%A?phone=13900139000' });

    const requests = lines
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'request');
    assert.equal(requests.length, 3);
    assert.deepEqual(
      requests.map(({ method, url, statusCode }) => ({ method, url, statusCode })),
      [
        { method: 'POST', url: '/api/page-feedback', statusCode: 201 },
        { method: 'GET', url: '/api/nothing', statusCode: 404 },
        { method: 'GET', url: '/api/%E0%A4%A', statusCode: 400 },
      ],
    );
    for (const entry of requests) assert.equal(typeof entry.responseTime, 'number');
    const all = lines.join('\n');
    for (const secret of [
      'secret-token',
      'secret-cookie',
      'secret-bearer',
      '13800138000',
      '110101199003071234',
      'Call me',
    ]) {
      assert.ok(!all.includes(secret), `log contains ${secret}`);
    }
  });

  test('server errors are logged with their cause, which the client never sees', async (t) => {
    const { lines, stream } = collector();
    const { app } = await testApp(t, { logLevel: 'info', logStream: stream });
    app.get('/api/test-only/explode', () => {
      throw new Error('disk I/O error at /var/lib/portal.db');
    });
    const response = await app.inject({ url: '/api/test-only/explode' });
    assert.equal(response.statusCode, 500);
    assert.doesNotMatch(response.body, /disk I\/O/);
    const failure = lines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === 'request failed');
    assert.ok(failure);
    assert.equal(failure.level, 50);
    assert.match(failure.err.message, /disk I\/O error/);
  });

  test('bookings and look-ups log neither the mobile, the identity number nor the name', async (t) => {
    const { lines, stream } = collector();
    const { app } = await testApp(t, {
      logLevel: 'trace',
      logStream: stream,
      clock: fixedClock(NOW),
    });
    const body = bookingBody({ name: 'Wang Xiaoming' });
    const booked = await app.inject({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: body,
    });
    assert.equal(booked.statusCode, 201);
    const { reference } = booked.json();
    await app.inject({
      method: 'POST',
      url: '/api/appointments/lookup',
      payload: { reference, mobile: body.mobile },
    });
    // A refused booking echoes nothing either.
    await app.inject({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: { ...body, idNumber: '110105194912310021' },
    });
    await app.inject({
      method: 'POST',
      url: `/api/appointments/${reference}/cancel`,
      payload: { mobile: body.mobile },
    });
    const requests = lines.map((line) => JSON.parse(line)).filter((e) => e.msg === 'request');
    assert.equal(requests.length, 4);
    const all = lines.join('\n');
    for (const secret of [
      body.mobile,
      body.idNumber,
      '002X',
      '110105194912310021',
      'Wang Xiaoming',
    ]) {
      assert.ok(!all.includes(secret), `log contains ${secret}`);
    }
  });

  test('silent logs nothing', async (t) => {
    const { lines, stream } = collector();
    const { app } = await testApp(t, { logLevel: 'silent', logStream: stream });
    await app.inject({ url: '/api/health' });
    assert.deepEqual(lines, []);
  });
});
