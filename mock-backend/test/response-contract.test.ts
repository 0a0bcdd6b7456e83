import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RouteOptions } from 'fastify';
import { fixedClock } from '../src/clock.ts';
import { typedDataCompiler } from '../src/validation.ts';
import {
  bookingBody,
  FIRST_DAY,
  HALL,
  idempotencyKey,
  NOW,
  SERVICE,
} from './appointments/booking-fixture.ts';
import { signInStaffForSamples, staffSamples } from './staff/contract-samples.ts';
import {
  dashboardSamples,
  signInSupervisorsForSamples,
} from './staff/dashboard-contract-samples.ts';
import { reviewSamples, signInReviewersForSamples } from './staff/review-contract-samples.ts';
import { hallDaySamples, signInHallStaffForSamples } from './staff/hall-day-contract-samples.ts';
import {
  hallOperationsSamples,
  signInHallOperationsForSamples,
} from './staff/hall-operations-contract-samples.ts';
import { testApp } from './test-app.ts';

interface Sample {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** A function where the URL needs what an earlier sample made (a booking's reference). */
  url: string | (() => string);
  payload?: unknown;
  /** A function where the headers need what the test set up first (a staff session). */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** The status this request must get, so a sample cannot drift into testing something else. */
  status: number;
  /** Reads what later samples need from the answer. */
  keep?: (body: unknown) => void;
}

/** The reference of the booking the samples make, for the samples that manage it. */
let reference = 'NONE-MADE';
/** The tracking code of the negative rating the samples make, for the samples that track it. */
let trackingCode = 'NONE-MADE-YET';
const booked = () => `/api/appointments/${reference}`;
const mobile = bookingBody().mobile;

const feedback = { path: '/about', locale: 'en', useful: false, comment: 'Missing hours' };

/**
 * Real requests for every route with a response schema, keyed "METHOD /url" as registered.
 * A new route fails the test until it has samples here.
 */
const samples: Record<string, Sample[]> = {
  'GET /api/health': [{ url: '/api/health', status: 200 }],
  'GET /api/services': [
    { url: '/api/services', status: 200 },
    { url: `/api/services?q=${encodeURIComponent('社保')}`, status: 200 },
    { url: '/api/services?q=shebao&audience=individual&page=2', status: 200 },
    { url: '/api/services?q=nothing-matches-this', status: 200 },
    { url: '/api/services?page=0', status: 400 },
    { url: `/api/services?q=${'x'.repeat(101)}`, status: 400 },
    { url: '/api/services?theme=no-such-theme', status: 400 },
  ],
  'GET /api/services/:code': [
    { url: '/api/services/RSJ-005', status: 200 },
    { url: '/api/services/NOPE-999', status: 404 },
  ],
  'GET /api/themes': [{ url: '/api/themes', status: 200 }],
  'GET /api/departments': [{ url: '/api/departments', status: 200 }],
  'GET /api/halls': [{ url: '/api/halls', status: 200 }],
  'GET /api/calendar': [
    { url: '/api/calendar?from=2026-09-15', status: 200 },
    { url: '/api/calendar?from=2026-09-15&to=2026-09-30&hall=beihu', status: 200 },
    { url: '/api/calendar?from=2027-01-01&to=2027-12-31', status: 200 },
    { url: '/api/calendar?from=2026-09-30&to=2026-09-01', status: 400 },
    { url: '/api/calendar?from=2026-09-15&hall=atlantis', status: 400 },
  ],
  'GET /api/halls/:id/availability': [
    { url: `/api/halls/${HALL}/availability?service=${SERVICE}`, status: 200 },
    { url: `/api/halls/no-such-hall/availability?service=${SERVICE}`, status: 404 },
    { url: `/api/halls/${HALL}/availability?service=lower-case`, status: 400 },
  ],
  'POST /api/appointments': [
    {
      method: 'POST',
      url: '/api/appointments',
      payload: bookingBody(),
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey() },
      status: 201,
      keep: (body) => (reference = (body as { reference: string }).reference),
    },
    {
      method: 'POST',
      url: '/api/appointments',
      payload: bookingBody({ mobile: '12345' }),
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey() },
      status: 400,
    },
  ],
  'POST /api/appointments/lookup': [
    {
      method: 'POST',
      url: '/api/appointments/lookup',
      payload: {
        get reference() {
          return reference;
        },
        mobile,
      },
      status: 200,
    },
    {
      method: 'POST',
      url: '/api/appointments/lookup',
      payload: {
        get reference() {
          return reference;
        },
        mobile: '13900000000',
      },
      status: 404,
    },
  ],
  'POST /api/appointments/:reference/reschedule': [
    {
      method: 'POST',
      url: () => `${booked()}/reschedule`,
      payload: { mobile, date: FIRST_DAY, time: '10:00' },
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey() },
      status: 200,
    },
  ],
  'POST /api/appointments/:reference/cancel': [
    { method: 'POST', url: () => `${booked()}/cancel`, payload: { mobile }, status: 200 },
    { method: 'POST', url: () => `${booked()}/cancel`, payload: { mobile }, status: 409 },
  ],
  'POST /api/feedback/ratings': [
    {
      method: 'POST',
      url: '/api/feedback/ratings',
      payload: { service: SERVICE, channel: 'online', level: 'satisfied', locale: 'zh-CN' },
      status: 201,
    },
    {
      method: 'POST',
      url: '/api/feedback/ratings',
      payload: {
        service: SERVICE,
        channel: 'hall',
        hall: HALL,
        level: 'dissatisfied',
        reasons: ['long-wait'],
        comment: '排队太久',
        mobile,
        locale: 'zh-CN',
      },
      status: 201,
      keep: (body) =>
        (trackingCode = (body as { case: { trackingCode: string } }).case.trackingCode),
    },
    {
      method: 'POST',
      url: '/api/feedback/ratings',
      payload: { service: SERVICE, channel: 'online', level: 'great', locale: 'zh-CN' },
      status: 400,
    },
  ],
  'GET /api/feedback/rating-invitations/:token': [
    { url: `/api/feedback/rating-invitations/${'A'.repeat(22)}`, status: 404 },
  ],
  'POST /api/feedback/submissions': [
    {
      method: 'POST',
      url: '/api/feedback/submissions',
      payload: {
        kind: 'suggestion',
        whatHappened: '希望周末也能预约',
        anonymous: true,
        locale: 'zh-CN',
      },
      status: 201,
    },
    {
      method: 'POST',
      url: '/api/feedback/submissions',
      payload: { kind: 'rumour', whatHappened: 'x', anonymous: true, locale: 'zh-CN' },
      status: 400,
    },
  ],
  'POST /api/feedback/track': [
    {
      method: 'POST',
      url: '/api/feedback/track',
      payload: {
        get trackingCode() {
          return trackingCode;
        },
        mobile,
      },
      status: 200,
    },
  ],
  'POST /api/feedback/track/resolution': [
    {
      method: 'POST',
      url: '/api/feedback/track/resolution',
      payload: {
        get trackingCode() {
          return trackingCode;
        },
        mobile,
        solved: true,
      },
      // Nothing has been replied yet, so the state machine refuses the answer.
      status: 409,
    },
  ],
  'GET /api/feedback/results/services/:code': [
    { url: `/api/feedback/results/services/${SERVICE}`, status: 200 },
    { url: '/api/feedback/results/services/XX-999', status: 404 },
  ],
  'GET /api/feedback/results': [
    { url: '/api/feedback/results?by=service', status: 200 },
    { url: '/api/feedback/results?by=hall', status: 200 },
  ],
  'POST /api/page-feedback': [
    { method: 'POST', url: '/api/page-feedback', payload: feedback, status: 201 },
    {
      method: 'POST',
      url: '/api/page-feedback',
      payload: { ...feedback, useful: true },
      status: 400,
    },
    { method: 'POST', url: '/api/page-feedback', payload: { path: 'x' }, status: 400 },
    {
      method: 'POST',
      url: '/api/page-feedback',
      payload: '{"path": ',
      headers: { 'content-type': 'application/json' },
      status: 400,
    },
    {
      method: 'POST',
      url: '/api/page-feedback',
      payload: 'text',
      headers: { 'content-type': 'text/plain' },
      status: 415,
    },
    {
      method: 'POST',
      url: '/api/page-feedback',
      payload: { ...feedback, comment: 'x'.repeat(110 * 1024) },
      status: 413,
    },
  ],
  'GET /api/open-data/satisfaction.json': [
    { url: '/api/open-data/satisfaction.json', status: 200 },
    { url: '/api/open-data/satisfaction.json?by=hall&from=2026-09-01&to=2026-09-14', status: 200 },
    { url: '/api/open-data/satisfaction.json?from=2026-09-10&to=2026-09-01', status: 400 },
  ],
  'GET /api/open-data/satisfaction.csv': [
    { url: '/api/open-data/satisfaction.csv?by=hall', status: 200 },
    { url: '/api/open-data/satisfaction.csv?to=2099-01-01', status: 400 },
  ],
  ...staffSamples,
  ...reviewSamples,
  ...dashboardSamples,
  ...hallDaySamples,
  ...hallOperationsSamples,
};

type ResponseSchemas = Record<string, unknown>;

/** The schema a route declares for a status: the exact code, then "4xx"-style ranges, then default. */
function schemaFor(responses: ResponseSchemas, status: number, contentType: string): unknown {
  const declared =
    responses[String(status)] ?? responses[`${String(status)[0]}xx`] ?? responses['default'];
  if (declared === undefined) return undefined;
  const content = (declared as { content?: Record<string, { schema: unknown }> }).content;
  return content ? content[contentType.split(';')[0]!.trim()]?.schema : declared;
}

test('every route answers as its response schemas say, checked with the Ajv the app uses', async (t) => {
  const routes: RouteOptions[] = [];
  const { app } = await testApp(t, {
    rateLimitMax: 0,
    clock: fixedClock(NOW),
    onRoute: (route) => routes.push(route),
    // The hall's day samples work on the seeded day.
    demoAppointments: true,
  });
  await app.ready();
  await signInStaffForSamples(app);
  await signInReviewersForSamples(app);
  await signInSupervisorsForSamples(app);
  await signInHallStaffForSamples(app);
  await signInHallOperationsForSamples(app);
  const validator = typedDataCompiler(app.getSchemas() as Record<string, object>);

  const withResponses = routes.filter(
    (route) => route.method !== 'HEAD' && route.schema?.response !== undefined,
  );
  const registered = withResponses.map((route) => `${String(route.method)} ${route.url}`).sort();
  assert.deepEqual(registered, Object.keys(samples).sort(), 'routes and samples must match');

  let checked = 0;
  // In the order written here, so a booking is made before the samples that manage it.
  for (const [key, routeSamples] of Object.entries(samples)) {
    const route = withResponses.find((each) => `${String(each.method)} ${each.url}` === key)!;
    for (const sample of routeSamples) {
      const url = typeof sample.url === 'function' ? sample.url() : sample.url;
      const headers = typeof sample.headers === 'function' ? sample.headers() : sample.headers;
      const request = `${sample.method ?? 'GET'} ${url.slice(0, 80)}`;
      const response = await app.inject({
        method: sample.method ?? 'GET',
        url,
        ...(headers ? { headers } : {}),
        ...(sample.payload === undefined
          ? {}
          : {
              payload:
                typeof sample.payload === 'string'
                  ? sample.payload
                  : JSON.stringify(sample.payload),
              ...(headers ? {} : { headers: { 'content-type': 'application/json' } }),
            }),
      });
      assert.equal(
        response.statusCode,
        sample.status,
        `${request}: ${response.body.slice(0, 300)}`,
      );
      const contentType = String(response.headers['content-type']);
      const schema = schemaFor(
        route.schema!.response as ResponseSchemas,
        response.statusCode,
        contentType,
      );
      assert.ok(schema, `${request}: ${response.statusCode} ${contentType} is not declared`);
      const validate = validator({
        schema: schema as object,
        method: String(route.method),
        url: route.url,
        httpPart: 'body',
      });
      // 204: nothing to validate but that nothing came.
      if (response.statusCode === 204) {
        assert.equal(response.body, '', `${request}: a 204 with a body`);
        checked++;
        continue;
      }
      // A download (CSV) is checked as the text it is; everything else is JSON.
      const body: unknown = contentType.startsWith('text/') ? response.body : response.json();
      assert.ok(validate(body), `${request}: ${JSON.stringify(validate.errors)}`);
      sample.keep?.(body);
      checked++;
    }
  }
  t.diagnostic(`${checked} answers from ${withResponses.length} routes checked`);
});
