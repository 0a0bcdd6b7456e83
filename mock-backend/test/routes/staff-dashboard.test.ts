import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dashboard } from '../../../contract/dashboard.ts';
import { fixedClock } from '../../src/clock.ts';
import { signInAs } from '../staff-session.ts';
import { get } from '../staff/fixture.ts';
import { testApp } from '../test-app.ts';

const NOW = '2026-09-15T09:00:00+08:00';

test('who sees which department’s dashboard, and which periods are refused', async (t) => {
  const { app } = await testApp(t, { clock: fixedClock(NOW), rateLimitMax: 0 });
  const gjjSupervisor = await signInAs(app, 'zhao.lei');
  const zwbSupervisor = await signInAs(app, 'wu.fang');
  const admin = await signInAs(app, 'admin');
  const reviewer = await signInAs(app, 'wang.min');

  // A department's supervisor: their own department, the 90 days up to today, by week.
  const own = await get(app, '/api/staff/dashboard', gjjSupervisor);
  assert.equal(own.statusCode, 200, own.body);
  const gjj = own.json<Dashboard>();
  assert.equal(gjj.department?.id, 'gjj');
  assert.deepEqual(gjj.departments, [], 'no department to choose');
  assert.deepEqual(
    [gjj.from, gjj.to, gjj.asOf, gjj.bucketSize],
    ['2026-06-18', '2026-09-15', '2026-09-15', 'week'],
  );
  assert.equal(gjj.buckets.length, gjj.satisfaction.buckets.length);
  assert.equal(gjj.buckets.length, gjj.fixRate.buckets.length);
  assert.ok(gjj.satisfaction.services.length > 0, 'the demo seed rates gjj’s services');
  assert.ok(gjj.appointments.every((hall) => hall.offeredSeats > 0));
  // Naming their own department is fine; another is refused.
  assert.equal(
    (await get(app, '/api/staff/dashboard?department=gjj', gjjSupervisor)).statusCode,
    200,
  );
  const other = await get(app, '/api/staff/dashboard?department=gaj', gjjSupervisor);
  assert.equal(other.statusCode, 403);
  assert.match(String(other.headers['content-type']), /^application\/problem\+json/);

  // zwb's supervisor and an admin: the whole city by default, or any one department.
  for (const who of [zwbSupervisor, admin]) {
    const city = (await get(app, '/api/staff/dashboard', who)).json<Dashboard>();
    assert.equal(city.department, null);
    assert.ok(city.departments.some((department) => department.id === 'gaj'));
    const cityRatings = city.satisfaction.overall.published ? city.satisfaction.overall.ratings : 0;
    const gjjRatings = gjj.satisfaction.overall.published ? gjj.satisfaction.overall.ratings : 0;
    assert.ok(cityRatings > gjjRatings, 'the city counts more than one department');
    const one = await get(app, '/api/staff/dashboard?department=gjj', who);
    assert.deepEqual(
      { ...one.json<Dashboard>(), departments: [] },
      gjj,
      'the same figures as gjj’s supervisor sees',
    );
  }
  // Reviewers do not see the dashboard.
  assert.equal((await get(app, '/api/staff/dashboard', reviewer)).statusCode, 403);

  // Periods: at most 366 days, from not after to, real dates; each refusal names its field.
  const refused = [
    ['?from=2025-09-14&to=2026-09-15', '/query/from'],
    ['?from=2026-09-16&to=2026-09-15', '/query/from'],
    ['?to=2026-02-30', '/query/to'],
    ['?from=15.9.2026', '/query/from'],
    ['?department=nowhere', '/query/department'],
    ['?colour=red', '/query'],
  ] as const;
  for (const [query, path] of refused) {
    const response = await get(app, `/api/staff/dashboard${query}`, admin);
    assert.equal(response.statusCode, 400, query);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    const errors = response.json<{ errors: { path: string }[] }>().errors;
    assert.ok(
      errors.some((error) => error.path.startsWith(path)),
      `${query}: ${response.body}`,
    );
  }
  const year = await get(app, '/api/staff/dashboard?from=2025-09-15&to=2026-09-15', admin);
  assert.equal(year.statusCode, 200, year.body);
  assert.equal(year.json<Dashboard>().bucketSize, 'month');
  assert.equal(year.json<Dashboard>().buckets.length, 13);
});
