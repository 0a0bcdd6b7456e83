import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { openDatabase } from '../../src/store/database.ts';
import { openStore } from '../../src/store/store.ts';
import {
  HALL,
  NOW,
  SERVICE,
  bookingBody,
  idempotencyKey,
} from '../appointments/booking-fixture.ts';
import { seedForTests } from '../test-app.ts';
import { tempDirectory } from '../temp-directory.ts';

/**
 * The code a province's catalogue gives its 100,001st service (seed:large numbers them from 1,
 * five digits wide): the same guide as SERVICE, offered at one more hall.
 */
const SIX_DIGITS = `${SERVICE.replace(/-[0-9]+$/, '')}-100001`;

test('a six-digit service code passes every endpoint that takes a code', async (t) => {
  const dbPath = join(tempDirectory(t), 'portal.db');
  openStore(dbPath, { seed: seedForTests }).close();
  const db = openDatabase(dbPath);
  try {
    db.transaction(() => {
      db.prepare(
        `INSERT INTO services (code, department_id, popularity, updated_at, data)
         SELECT :code, department_id, popularity, updated_at, json_set(data, '$.code', :code)
         FROM services WHERE code = :from`,
      ).run({ code: SIX_DIGITS, from: SERVICE });
      for (const table of ['service_themes', 'service_halls']) {
        const column = table === 'service_themes' ? 'theme_id' : 'hall_id';
        db.prepare(
          `INSERT INTO ${table} (service_code, ${column})
           SELECT :code, ${column} FROM ${table} WHERE service_code = :from`,
        ).run({ code: SIX_DIGITS, from: SERVICE });
      }
    })();
  } finally {
    db.close();
  }
  const app = await buildApp({
    dbPath,
    logLevel: 'silent',
    clock: fixedClock(NOW),
    rateLimitMax: 0,
  });
  t.after(() => app.close());
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload, headers });

  const guide = await app.inject(`/api/services/${SIX_DIGITS}`);
  assert.equal(guide.statusCode, 200, guide.body);
  assert.equal(guide.json().guide.code, SIX_DIGITS);
  const found = await app.inject(`/api/services?q=${SIX_DIGITS}`);
  assert.deepEqual(
    found.json().items.map((s: { code: string }) => s.code),
    [SIX_DIGITS],
  );

  const availability = await app.inject(`/api/halls/${HALL}/availability?service=${SIX_DIGITS}`);
  assert.equal(availability.statusCode, 200, availability.body);

  const booked = await post('/api/appointments', bookingBody({ service: SIX_DIGITS }), {
    'idempotency-key': idempotencyKey(),
  });
  assert.equal(booked.statusCode, 201, booked.body);

  const rated = await post('/api/feedback/ratings', {
    service: SIX_DIGITS,
    channel: 'online',
    level: 'very-satisfied',
    locale: 'zh-CN',
  });
  assert.equal(rated.statusCode, 201, rated.body);

  const results = await app.inject(`/api/feedback/results/services/${SIX_DIGITS}`);
  assert.equal(results.statusCode, 200, results.body);

  const survey = await post('/api/page-feedback', {
    path: `/services/${SIX_DIGITS}`,
    locale: 'zh-CN',
    useful: false,
    comment: '材料清单不清楚',
    field: { part: 'fee' },
  });
  assert.equal(survey.statusCode, 201, survey.body);

  // Seven digits are no code at all, wherever they are sent.
  const seven = `${SIX_DIGITS}0`;
  const refused = await post('/api/appointments', bookingBody({ service: seven }), {
    'idempotency-key': idempotencyKey(),
  });
  assert.equal(refused.statusCode, 400);
  assert.equal(refused.json().errors[0].path, '/body/service');
  const notAGuide = await post('/api/page-feedback', {
    path: `/services/${seven}`,
    locale: 'zh-CN',
    useful: false,
    field: { part: 'fee' },
  });
  assert.equal(notAGuide.statusCode, 400);
});
