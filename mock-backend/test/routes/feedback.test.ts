import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { buildApp, type AppOptions } from '../../src/app.ts';
import type { Clock } from '../../src/clock.ts';
import {
  HALL,
  NOW,
  SERVICE,
  bookingBody,
  idempotencyKey,
} from '../appointments/booking-fixture.ts';
import { makeTempDirectory, removeDirectory } from '../temp-directory.ts';

/** A clock the test moves by hand. */
function handClock(start: string): Clock & { set(instant: string): void } {
  let now = new Date(start);
  return { now: () => now, set: (instant) => (now = new Date(instant)) };
}

interface Fixture {
  app: FastifyInstance;
  dbPath: string;
  clock: ReturnType<typeof handClock>;
}

/** One app per suite: building one (catalogue and demo seed) takes seconds on a busy machine. */
function suiteApp(options: Partial<AppOptions> = {}, start = NOW): () => Fixture {
  let fixture: Fixture | undefined;
  let dir = '';
  before(async () => {
    dir = makeTempDirectory();
    const clock = handClock(start);
    const dbPath = join(dir, 'portal.db');
    const app = await buildApp({ dbPath, logLevel: 'silent', clock, rateLimitMax: 0, ...options });
    fixture = { app, dbPath, clock };
  });
  after(async () => {
    await fixture?.app.close();
    removeDirectory(dir);
  });
  return () => {
    if (!fixture) throw new Error('suite app not built');
    return fixture;
  };
}

function query<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath);
  try {
    return db.prepare<unknown[], T>(sql).all(...params);
  } finally {
    db.close();
  }
}

function run(dbPath: string, sql: string, ...params: unknown[]): void {
  const db = new Database(dbPath);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

const post = (app: FastifyInstance, url: string, payload: unknown, remoteAddress = '127.0.0.1') =>
  app.inject({
    method: 'POST',
    url,
    remoteAddress,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });

function assertProblem(response: LightMyRequestResponse, status: number, type?: string) {
  assert.equal(response.statusCode, status, response.body);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  const body = response.json();
  if (type) assert.equal(body.type, type);
  return body;
}

const errorPaths = (response: LightMyRequestResponse): string[] =>
  response.json().errors.map((error: { path: string }) => error.path);

const rating = (overrides: Record<string, unknown> = {}) => ({
  service: SERVICE,
  channel: 'online',
  level: 'very-satisfied',
  locale: 'zh-CN',
  ...overrides,
});

const submission = (overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  whatHappened: '窗口只开了两个，排队一个半小时。',
  wanted: '高峰时段多开窗口',
  anonymous: false,
  name: '王女士',
  mobile: '13812345678',
  locale: 'zh-CN',
  ...overrides,
});

describe('POST /api/feedback/ratings', () => {
  const fixture = suiteApp();

  test('takes each of the five levels; only negative ones open a case', async () => {
    const { app } = fixture();
    for (const level of ['very-satisfied', 'satisfied']) {
      const response = await post(app, '/api/feedback/ratings', rating({ level }));
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().case, null);
    }
    const basic = await post(
      app,
      '/api/feedback/ratings',
      rating({ level: 'basically-satisfied', reasons: ['long-wait'] }),
    );
    assert.equal(basic.statusCode, 201);
    assert.equal(basic.json().case, null);
    for (const level of ['dissatisfied', 'very-dissatisfied']) {
      const response = await post(
        app,
        '/api/feedback/ratings',
        rating({ level, reasons: ['attitude', 'other'], mobile: '13912345678' }),
      );
      assert.equal(response.statusCode, 201);
      const { case: opened } = response.json();
      assert.match(
        opened.trackingCode,
        /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/,
      );
      // Tuesday 15 September: acknowledged Wednesday; 15 working days later, past National Day.
      assert.equal(opened.acknowledgeBy, '2026-09-16');
    }
  });

  test('reasons belong to the lower three levels, mobile numbers to negative ones', async () => {
    const { app } = fixture();
    const cases: [Record<string, unknown>, string][] = [
      [{ level: 'satisfied', reasons: ['long-wait'] }, '/body/reasons'],
      [{ level: 'basically-satisfied' }, '/body/reasons'],
      [{ level: 'dissatisfied', reasons: [] }, '/body/reasons'],
      [{ level: 'dissatisfied', reasons: ['other', 'other'] }, '/body/reasons'],
      [{ level: 'very-dissatisfied', reasons: ['tired'] }, '/body/reasons/0'],
      [{ level: 'basically-satisfied', reasons: ['other'], mobile: '13912345678' }, '/body/mobile'],
      [{ level: 'excellent' }, '/body/level'],
      [{ channel: 'hall' }, '/body/hall'],
      [{ channel: 'appointment' }, '/body/token'],
      [{ service: 'XX-999' }, '/body/service'],
      [{ channel: 'hall', hall: 'nowhere' }, '/body/hall'],
      [{ comment: 'bell\u0007' }, '/body/comment'],
    ];
    for (const [overrides, path] of cases) {
      const response = await post(app, '/api/feedback/ratings', rating(overrides));
      assertProblem(response, 400, '/problems/validation');
      assert.ok(
        errorPaths(response).includes(path),
        `${JSON.stringify(overrides)}: ${response.body}`,
      );
    }
  });

  test('a negative rating with a mobile is tracked with it, shown masked', async () => {
    const { app } = fixture();
    const rated = await post(
      app,
      '/api/feedback/ratings',
      rating({
        level: 'dissatisfied',
        reasons: ['come-back-again'],
        comment: '跑了两趟',
        mobile: '13700001111',
      }),
    );
    const { trackingCode } = rated.json().case;
    const tracked = await post(app, '/api/feedback/track', { trackingCode, mobile: '13700001111' });
    assert.equal(tracked.statusCode, 200);
    const body = tracked.json();
    assert.equal(body.kind, 'negative-rating');
    assert.equal(body.whatHappened, '跑了两趟');
    assert.equal(body.mobile, '137****1111');
    assert.doesNotMatch(tracked.body, /13700001111/);
  });

  test('the same comment from the same client within minutes is stored once', async () => {
    const { app, dbPath } = fixture();
    const body = rating({
      level: 'very-dissatisfied',
      reasons: ['system-fault'],
      comment: '系统一直报错 42',
    });
    const first = await post(app, '/api/feedback/ratings', body);
    const again = await post(app, '/api/feedback/ratings', {
      ...body,
      comment: ' 系统一直报错  42 ',
    });
    assert.equal(first.statusCode, 201);
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().case.trackingCode, first.json().case.trackingCode);
    const other = await post(app, '/api/feedback/ratings', body, '10.0.0.9');
    assert.equal(other.statusCode, 201);
    const count = query<{ n: number }>(
      dbPath,
      "SELECT count(*) AS n FROM ratings WHERE comment = '系统一直报错 42'",
    );
    assert.equal(count[0]?.n, 2);
  });

  test('the honeypot answers like a success and stores nothing', async () => {
    const { app, dbPath } = fixture();
    const before = query<{ n: number }>(dbPath, 'SELECT count(*) AS n FROM ratings')[0]?.n;
    const response = await post(
      app,
      '/api/feedback/ratings',
      rating({ website: 'http://spam.example' }),
    );
    assert.equal(response.statusCode, 201);
    assert.equal(query<{ n: number }>(dbPath, 'SELECT count(*) AS n FROM ratings')[0]?.n, before);
  });
});

describe('rating links after an appointment (一事一评)', () => {
  const fixture = suiteApp({ publicOrigin: 'https://portal.example' });

  test('a passed appointment gets one link; the link rates it once, a second use is 409', async () => {
    const { app, dbPath, clock } = fixture();
    const booked = await app.inject({
      method: 'POST',
      url: '/api/appointments',
      headers: { 'idempotency-key': idempotencyKey() },
      payload: bookingBody(),
    });
    assert.equal(booked.statusCode, 201, booked.body);
    assert.equal(await app.sweepRatingInvitations(), 0, 'not before its time');

    clock.set('2026-09-16T09:29:00+08:00');
    assert.equal(await app.sweepRatingInvitations(), 0, 'not before it ends');
    clock.set('2026-09-16T10:00:00+08:00');
    assert.equal(await app.sweepRatingInvitations(), 1);
    assert.equal(await app.sweepRatingInvitations(), 0, 'once per appointment');

    const messages = query<{ locale: string; recipient: string; body: string }>(
      dbPath,
      "SELECT locale, recipient, body FROM outbox WHERE kind = 'rating-invitation' ORDER BY locale",
    );
    assert.equal(messages.length, 2);
    assert.equal(messages[0]?.recipient, '13812345678');
    const token = /token=([A-Za-z0-9_-]+)/.exec(messages[0]?.body ?? '')?.[1];
    assert.ok(token);
    assert.match(
      messages[0]?.body ?? '',
      /^\[Jiangcheng Gov\].*https:\/\/portal\.example\/en\/feedback\/rate\?token=/,
    );
    assert.match(messages[1]?.body ?? '', /https:\/\/portal\.example\/zh\/feedback\/rate\?token=/);

    const invitation = await app.inject(`/api/feedback/rating-invitations/${token}`);
    assert.equal(invitation.statusCode, 200);
    assert.deepEqual(
      { ...invitation.json<object>(), serviceName: undefined, hallName: undefined },
      {
        service: SERVICE,
        hall: HALL,
        date: '2026-09-16',
        serviceName: undefined,
        hallName: undefined,
      },
    );

    const body = rating({ channel: 'appointment', hall: HALL, token });
    const wrongService = await post(app, '/api/feedback/ratings', { ...body, service: 'GAJ-002' });
    assertProblem(wrongService, 400, '/problems/validation');
    const first = await post(app, '/api/feedback/ratings', body);
    assert.equal(first.statusCode, 201, first.body);
    const second = await post(app, '/api/feedback/ratings', { ...body, level: 'satisfied' });
    assertProblem(second, 409, '/problems/already-rated');
    assertProblem(
      await app.inject(`/api/feedback/rating-invitations/${token}`),
      409,
      '/problems/already-rated',
    );
    assert.equal(
      query<{ n: number }>(
        dbPath,
        "SELECT count(*) AS n FROM ratings WHERE channel = 'appointment'",
      )[0]?.n,
      1,
    );
  });

  test('an unknown token is 404', async () => {
    const { app } = fixture();
    const token = 'A'.repeat(22);
    assertProblem(
      await app.inject(`/api/feedback/rating-invitations/${token}`),
      404,
      '/problems/not-found',
    );
    const response = await post(
      app,
      '/api/feedback/ratings',
      rating({ channel: 'appointment', hall: HALL, token }),
    );
    assertProblem(response, 404, '/problems/not-found');
  });
});

describe('POST /api/feedback/submissions', () => {
  // Thursday 24 September 2026, the day before the Mid-Autumn holiday (25–27 September).
  const fixture = suiteApp({}, '2026-09-24T15:00:00+08:00');

  test('answers with a tracking code and due dates past the holiday', async () => {
    const { app, dbPath } = fixture();
    const response = await post(app, '/api/feedback/submissions', submission());
    assert.equal(response.statusCode, 201, response.body);
    const receipt = response.json();
    assert.equal(receipt.kind, 'complaint');
    assert.equal(receipt.acknowledgeBy, '2026-09-28');
    const suggestion = await post(
      app,
      '/api/feedback/submissions',
      submission({ kind: 'suggestion', whatHappened: 'More seats, please.' }),
    );
    const answer = (await suggestion.json()).answerBy as string;
    assert.ok(answer < receipt.answerBy, 'complaints get 15 working days, suggestions 10');
    const [row] = query<{ status: string; version: number; mobile: string }>(
      dbPath,
      'SELECT status, version, mobile FROM feedback_cases WHERE tracking_code = ?',
      receipt.trackingCode,
    );
    assert.deepEqual(row, { status: 'received', version: 1, mobile: '13812345678' });
    const history = query<{ from_status: string | null; to_status: string; by_role: string }>(
      dbPath,
      `SELECT from_status, to_status, by_role FROM feedback_case_history h
       JOIN feedback_cases c ON c.id = h.case_id WHERE c.tracking_code = ?`,
      receipt.trackingCode,
    );
    assert.deepEqual(history, [{ from_status: null, to_status: 'received', by_role: 'citizen' }]);
  });

  test('named needs a name and mobile; anonymous takes neither', async () => {
    const { app } = fixture();
    const named = await post(
      app,
      '/api/feedback/submissions',
      submission({ name: undefined, mobile: undefined }),
    );
    assertProblem(named, 400, '/problems/validation');
    assert.deepEqual(errorPaths(named).sort(), ['/body/mobile', '/body/name']);
    const anonymous = await post(app, '/api/feedback/submissions', submission({ anonymous: true }));
    assert.deepEqual(errorPaths(anonymous).sort(), ['/body/mobile', '/body/name']);
    const blank = await post(app, '/api/feedback/submissions', submission({ whatHappened: '   ' }));
    assert.deepEqual(errorPaths(blank), ['/body/whatHappened']);
    const long = await post(
      app,
      '/api/feedback/submissions',
      submission({ whatHappened: 'x'.repeat(2001) }),
    );
    assert.deepEqual(errorPaths(long), ['/body/whatHappened']);
  });

  test('the same text from the same client within minutes is acknowledged once', async () => {
    const { app, dbPath, clock } = fixture();
    const body = submission({
      whatHappened: '大厅空调坏了',
      anonymous: true,
      name: undefined,
      mobile: undefined,
    });
    const first = await post(app, '/api/feedback/submissions', body);
    const again = await Promise.all([
      post(app, '/api/feedback/submissions', body),
      post(app, '/api/feedback/submissions', body),
    ]);
    assert.equal(first.statusCode, 201);
    for (const response of again) {
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().trackingCode, first.json().trackingCode);
    }
    const count = () =>
      query<{ n: number }>(
        dbPath,
        "SELECT count(*) AS n FROM feedback_cases WHERE what_happened = '大厅空调坏了'",
      )[0]?.n;
    assert.equal(count(), 1);
    assert.equal((await post(app, '/api/feedback/submissions', body, '10.1.1.1')).statusCode, 201);
    clock.set('2026-09-24T15:30:00+08:00');
    assert.equal((await post(app, '/api/feedback/submissions', body)).statusCode, 201);
    assert.equal(count(), 3);
  });

  test('text with script and HTML is stored and tracked as the same text', async () => {
    const { app } = fixture();
    const text = '<script>alert(1)</script><img src=x onerror="alert(2)"> & 继续';
    const sent = await post(
      app,
      '/api/feedback/submissions',
      submission({ whatHappened: text, wanted: text }),
    );
    const tracked = await post(app, '/api/feedback/track', {
      trackingCode: sent.json().trackingCode,
      mobile: '13812345678',
    });
    assert.equal(tracked.json().whatHappened, text);
    assert.equal(tracked.json().wanted, text);
    assert.match(String(tracked.headers['content-type']), /^application\/json/);
  });
});

describe('tracking and answering a reply', () => {
  const fixture = suiteApp({
    feedbackLimits: { windowMs: 60_000, submits: 100, lookups: 100, failedLookups: 3 },
  });

  const send = async (app: FastifyInstance) =>
    (
      await post(
        app,
        '/api/feedback/submissions',
        submission({ whatHappened: `问题 ${Math.random()}` }),
      )
    ).json().trackingCode as string;

  /** Puts a case in 'replied' as staff would (the staff workspace comes later). */
  const reply = (dbPath: string, trackingCode: string) => {
    for (const [to, extra] of [
      ['in-review', ''],
      [
        'replied',
        ", reply_text = '已整改', replied_at = changed_at, first_replied_on = '2026-09-16'",
      ],
    ] as const) {
      run(
        dbPath,
        `UPDATE feedback_cases SET status = ?, version = version + 1, changed_by = 'staff',
           changed_at = '2026-09-16T02:00:00.000Z' ${extra} WHERE tracking_code = ?`,
        to,
        trackingCode,
      );
    }
  };

  test('a wrong code and a wrong mobile get the same answer', async () => {
    const { app } = fixture();
    const trackingCode = await send(app);
    const wrongMobile = await post(
      app,
      '/api/feedback/track',
      { trackingCode, mobile: '13800000000' },
      '10.2.0.1',
    );
    const noMobile = await post(app, '/api/feedback/track', { trackingCode }, '10.2.0.2');
    const wrongCode = await post(
      app,
      '/api/feedback/track',
      { trackingCode: '2222-2222-2222', mobile: '13812345678' },
      '10.2.0.3',
    );
    assertProblem(wrongMobile, 404);
    assert.equal(noMobile.body, wrongMobile.body);
    assert.equal(wrongCode.body, wrongMobile.body);
    const lower = await post(app, '/api/feedback/track', {
      trackingCode: trackingCode.replaceAll('-', '').toLowerCase(),
      mobile: '13812345678',
    });
    assert.equal(lower.statusCode, 200);
    assert.equal(lower.json().trackingCode, trackingCode);
  });

  test('failed look-ups are limited per client', async () => {
    const { app } = fixture();
    const guess = (code: string) =>
      post(app, '/api/feedback/track', { trackingCode: code }, '10.3.0.1');
    for (const code of ['2222-2222-2223', '2222-2222-2224', '2222-2222-2225']) {
      assert.equal((await guess(code)).statusCode, 404);
    }
    const limited = await guess('2222-2222-2226');
    assertProblem(limited, 429, '/problems/rate-limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    const trackingCode = await send(app);
    const elsewhere = await post(
      app,
      '/api/feedback/track',
      { trackingCode, mobile: '13812345678' },
      '10.3.0.2',
    );
    assert.equal(elsewhere.statusCode, 200);
  });

  test('"not solved" reopens the case once with a new deadline; a second answer is 409', async () => {
    const { app, dbPath, clock } = fixture();
    const trackingCode = await send(app);
    const ask = { trackingCode, mobile: '13812345678' };
    assertProblem(
      await post(app, '/api/feedback/track/resolution', { ...ask, solved: true }),
      409,
      '/problems/invalid-transition',
    );

    reply(dbPath, trackingCode);
    const replied = (await post(app, '/api/feedback/track', ask)).json();
    assert.equal(replied.status, 'replied');
    assert.equal(replied.canRespond, true);
    assert.deepEqual(replied.reply, { text: '已整改', at: '2026-09-16T02:00:00.000Z' });

    clock.set('2026-09-21T10:00:00+08:00');
    const reopened = await post(app, '/api/feedback/track/resolution', { ...ask, solved: false });
    assert.equal(reopened.statusCode, 200, reopened.body);
    const body = reopened.json();
    assert.equal(body.status, 'reopened');
    assert.equal(body.solved, false);
    assert.equal(body.canRespond, false);
    assert.ok(body.answerBy > replied.answerBy, 'a new deadline from the day it was reopened');
    assert.deepEqual(
      body.history.map((entry: { from: string | null; to: string; by: string }) => [
        entry.from,
        entry.to,
        entry.by,
      ]),
      [
        [null, 'received', 'citizen'],
        ['received', 'in-review', 'staff'],
        ['in-review', 'replied', 'staff'],
        ['replied', 'reopened', 'citizen'],
      ],
    );
    const [row] = query<{ version: number }>(
      dbPath,
      'SELECT version FROM feedback_cases WHERE tracking_code = ?',
      trackingCode,
    );
    assert.equal(row?.version, 4);

    // Reviewed and answered again: the citizen has had their one say.
    run(
      dbPath,
      "UPDATE feedback_cases SET status = 'in-review' WHERE tracking_code = ?",
      trackingCode,
    );
    run(
      dbPath,
      "UPDATE feedback_cases SET status = 'replied' WHERE tracking_code = ?",
      trackingCode,
    );
    const again = await post(app, '/api/feedback/track/resolution', { ...ask, solved: false });
    assertProblem(again, 409, '/problems/invalid-transition');
  });

  test('"solved" closes the case', async () => {
    const { app, dbPath } = fixture();
    const trackingCode = await send(app);
    reply(dbPath, trackingCode);
    const closed = await post(app, '/api/feedback/track/resolution', {
      trackingCode,
      mobile: '13812345678',
      solved: true,
    });
    assert.equal(closed.json().status, 'closed');
    assert.equal(closed.json().solved, true);
  });
});

describe('published results', () => {
  // The table is otherwise reused for a minute; these tests read it right after rating.
  const fixture = suiteApp({ resultsMaxAgeMs: 0 });

  test('no figure from 1–4 ratings appears in any response; the fifth publishes', async () => {
    const { app, dbPath } = fixture();
    const [unrated] = query<{ code: string; hall: string }>(
      dbPath,
      `SELECT s.code, sh.hall_id AS hall FROM services s JOIN service_halls sh ON sh.service_code = s.code
       WHERE s.code NOT IN (SELECT service_code FROM ratings) ORDER BY s.code LIMIT 1`,
    );
    assert.ok(unrated, 'the seed leaves some service unrated');
    const figures = async () => {
      const one = (await app.inject(`/api/feedback/results/services/${unrated.code}`)).json();
      const list = (await app.inject('/api/feedback/results')).json();
      return {
        one: one.satisfaction,
        row: list.rows.find((row: { id: string }) => row.id === unrated.code),
      };
    };
    assert.deepEqual((await figures()).one, { published: false });
    for (let n = 1; n <= 4; n++) {
      const response = await post(
        app,
        '/api/feedback/ratings',
        rating({ service: unrated.code, level: 'very-dissatisfied', reasons: ['long-wait'] }),
        `10.9.0.${n}`,
      );
      assert.equal(response.statusCode, 201);
      const { one, row } = await figures();
      assert.deepEqual(one, { published: false });
      assert.deepEqual(row.satisfaction, { published: false });
    }
    await post(app, '/api/feedback/ratings', rating({ service: unrated.code }), '10.9.0.5');
    const { one } = await figures();
    assert.equal(one.published, true);
    assert.equal(one.ratings, 5);
    assert.equal(one.satisfiedShare, 0.2);
    assert.equal(one.fixedOnTimeShare, null, 'four negative ratings publish no fix share');
  });

  test('every published row rests on at least 5 ratings; halls are all listed', async () => {
    const { app } = fixture();
    for (const by of ['service', 'hall']) {
      const response = await app.inject(`/api/feedback/results?by=${by}`);
      assert.equal(response.statusCode, 200);
      const { rows } = response.json();
      assert.ok(
        rows.some((row: { satisfaction: { published: boolean } }) => row.satisfaction.published),
      );
      for (const { satisfaction } of rows) {
        if (satisfaction.published) assert.ok(satisfaction.ratings >= 5);
        else assert.deepEqual(satisfaction, { published: false });
      }
    }
  });

  test('the per-day tallies agree with the ratings and cases they come from', async () => {
    const { app, dbPath } = fixture();
    const raw = query<{
      code: string;
      ratings: number;
      satisfied: number;
      negative: number;
      fixed: number;
    }>(
      dbPath,
      `SELECT r.service_code AS code, count(*) AS ratings,
         sum(r.level IN ('very-satisfied', 'satisfied', 'basically-satisfied')) AS satisfied,
         sum(r.case_id IS NOT NULL) AS negative,
         sum(c.first_replied_on <= c.first_answer_by AND coalesce(c.solved, 1) = 1) AS fixed
       FROM ratings r LEFT JOIN feedback_cases c ON c.id = r.case_id
       WHERE r.rated_on BETWEEN '2025-09-16' AND '2026-09-15'
       GROUP BY r.service_code HAVING count(*) >= 5 ORDER BY count(*) DESC LIMIT 5`,
    );
    assert.ok(raw.length > 0);
    for (const service of raw) {
      const { satisfaction } = (
        await app.inject(`/api/feedback/results/services/${service.code}`)
      ).json();
      assert.equal(satisfaction.ratings, service.ratings);
      assert.equal(
        satisfaction.satisfiedShare,
        Math.round((service.satisfied / service.ratings) * 1000) / 1000,
      );
      if (service.negative >= 5) {
        assert.equal(
          satisfaction.fixedOnTimeShare,
          Math.round((service.fixed / service.negative) * 1000) / 1000,
        );
      }
    }
  });

  test('an unknown service is 404', async () => {
    assertProblem(await fixture().app.inject('/api/feedback/results/services/XX-999'), 404);
  });
});

describe('the published results table', () => {
  const fixture = suiteApp();

  test("is summed at most once a minute; one service's figures are live", async () => {
    const { app, dbPath } = fixture();
    const [unrated] = query<{ code: string }>(
      dbPath,
      `SELECT code FROM services WHERE code NOT IN (SELECT service_code FROM ratings)
       ORDER BY code LIMIT 1`,
    );
    assert.ok(unrated, 'the seed leaves some service unrated');
    const listed = async () =>
      (await app.inject('/api/feedback/results'))
        .json()
        .rows.some((row: { id: string }) => row.id === unrated.code);
    assert.equal(await listed(), false);
    for (let n = 1; n <= 5; n++) {
      const response = await post(
        app,
        '/api/feedback/ratings',
        rating({ service: unrated.code }),
        `10.8.0.${n}`,
      );
      assert.equal(response.statusCode, 201);
    }
    const one = (await app.inject(`/api/feedback/results/services/${unrated.code}`)).json();
    assert.equal(one.satisfaction.published, true);
    assert.equal(await listed(), false, 'the table read a moment ago is reused');
  });
});
describe('the guide field of "Is this page useful?"', () => {
  const fixture = suiteApp();

  test('a "no" on a guide may name the field that is wrong, with what is wrong', async () => {
    const { app, dbPath } = fixture();
    const payload = {
      path: `/services/${SERVICE}`,
      locale: 'zh-CN',
      useful: false,
      comment: '复印件份数不对',
      field: { part: 'material', item: '居民身份证' },
    };
    assert.equal((await post(app, '/api/page-feedback', payload)).statusCode, 201);
    const [row] = query<{ field_part: string; field_item: string }>(
      dbPath,
      'SELECT field_part, field_item FROM page_feedback ORDER BY id DESC LIMIT 1',
    );
    assert.deepEqual({ ...row }, { field_part: 'material', field_item: '居民身份证' });
    for (const [overrides, path] of [
      [{ useful: true, comment: undefined }, '/body/field'],
      [{ path: '/about' }, '/body/field'],
      [{ comment: '  ' }, '/body/comment'],
      [{ field: { part: 'colour' } }, '/body/field/part'],
    ] as const) {
      const response = await post(app, '/api/page-feedback', { ...payload, ...overrides });
      assertProblem(response, 400, '/problems/validation');
      assert.ok(errorPaths(response).includes(path), response.body);
    }
  });
});

describe('generated bad requests to every feedback endpoint', () => {
  const fixture = suiteApp({ feedbackLimits: false });

  const nasty = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '\u0000\u0007\u001b[31m',
      'x'.repeat(5000),
      "'; DROP TABLE ratings; --",
      'GAJ-001',
      'smzx',
      '2222-2222-2222',
      '13812345678',
      '../../etc/passwd',
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 10 }), { maxLength: 8 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  );
  const bodyOf = (keys: string[]) =>
    fc.oneof(
      fc.dictionary(fc.constantFrom(...keys, 'other'), nasty, { maxKeys: keys.length + 1 }),
      nasty,
    );

  const endpoints: [string, string[]][] = [
    [
      '/api/feedback/ratings',
      [
        'service',
        'hall',
        'channel',
        'level',
        'reasons',
        'comment',
        'mobile',
        'token',
        'locale',
        'website',
      ],
    ],
    [
      '/api/feedback/submissions',
      [
        'kind',
        'service',
        'hall',
        'whatHappened',
        'wanted',
        'anonymous',
        'name',
        'mobile',
        'locale',
        'website',
      ],
    ],
    ['/api/feedback/track', ['trackingCode', 'mobile']],
    ['/api/feedback/track/resolution', ['trackingCode', 'mobile', 'solved']],
    ['/api/page-feedback', ['path', 'locale', 'useful', 'comment', 'field']],
  ];

  for (const [url, keys] of endpoints) {
    test(`POST ${url}: no 5xx, every 4xx a problem`, async () => {
      const { app } = fixture();
      await fc.assert(
        fc.asyncProperty(bodyOf(keys), async (body) => {
          const response = await post(app, url, body);
          assert.ok(
            response.statusCode < 500,
            `${response.statusCode} for ${JSON.stringify(body)}`,
          );
          if (response.statusCode >= 400) {
            assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
            assert.equal(response.json().status, response.statusCode);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  for (const [template, part] of [
    ['/api/feedback/rating-invitations/', 'token'],
    ['/api/feedback/results/services/', 'code'],
    ['/api/feedback/results?by=', 'by'],
  ] as const) {
    test(`GET ${template}{${part}}: no 5xx, every 4xx a problem`, async () => {
      const { app } = fixture();
      await fc.assert(
        fc.asyncProperty(nasty, async (value) => {
          const text = typeof value === 'string' ? value : JSON.stringify(value);
          const response = await app.inject(`${template}${encodeURIComponent(text)}`);
          assert.ok(response.statusCode < 500, `${response.statusCode} for ${text}`);
          if (response.statusCode >= 400) {
            assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
