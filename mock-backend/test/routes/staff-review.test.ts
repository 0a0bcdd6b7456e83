import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { ReviewItem, ReviewQueue } from '../../../contract/staff.ts';
import { buildApp, type AppOptions } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { DEMO_REVIEW_ITEMS, XSS_PROBE } from '../../src/seed/review.ts';
import { signInAs, type SignedIn } from '../staff-session.ts';
import { makeTempDirectory, removeDirectory } from '../temp-directory.ts';

const NOW = '2026-09-15T09:00:00+08:00';

interface Fixture {
  app: FastifyInstance;
  dbPath: string;
  logs: string[];
  as: (userName: string) => Promise<SignedIn>;
}

/** One app per suite (building one takes seconds on a busy machine), its log lines kept. */
function suiteApp(options: Partial<AppOptions> = {}): () => Fixture {
  let fixture: Fixture | undefined;
  let dir = '';
  before(async () => {
    dir = makeTempDirectory();
    const logs: string[] = [];
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    const dbPath = join(dir, 'portal.db');
    const app = await buildApp({
      dbPath,
      logLevel: 'info',
      logStream,
      clock: fixedClock(NOW),
      rateLimitMax: 0,
      feedbackLimits: false,
      ...options,
    });
    const sessions = new Map<string, SignedIn>();
    const as = async (userName: string) => {
      let session = sessions.get(userName);
      if (!session) {
        session = await signInAs(app, userName);
        sessions.set(userName, session);
      }
      return session;
    };
    fixture = { app, dbPath, logs, as };
  });
  after(async () => {
    await fixture?.app.close();
    removeDirectory(dir);
  });
  return () => {
    if (!fixture) throw new Error('the suite app is not built yet');
    return fixture;
  };
}

const get = async (f: Fixture, url: string, who: string) =>
  f.app.inject({ method: 'GET', url, headers: (await f.as(who)).headers });

const getItem = async (f: Fixture, id: string, who: string): Promise<ReviewItem> => {
  const response = await get(f, `/api/staff/items/${id}`, who);
  assert.equal(response.statusCode, 200, response.body);
  assert.equal(response.headers.etag, `"${response.json<ReviewItem>().version}"`);
  return response.json<ReviewItem>();
};

const post = async (
  f: Fixture,
  id: string,
  action: string,
  who: string,
  body: unknown,
  ifMatch: string | null,
): Promise<LightMyRequestResponse> =>
  f.app.inject({
    method: 'POST',
    url: `/api/staff/items/${id}/${action}`,
    headers: {
      ...(await f.as(who)).headers,
      ...(ifMatch === null ? {} : { 'if-match': ifMatch }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });

/** An action on the item's current version. */
const act = async (f: Fixture, id: string, action: string, who: string, body?: unknown) => {
  const item = await getItem(f, id, who);
  return post(f, id, action, who, body, `"${item.version}"`);
};

const bodies: Record<string, unknown> = {
  'start-review': undefined,
  verify: { valid: true, reason: '核实属实' },
  fix: { outcome: 'fixed', text: '已更新办事指南的材料清单。' },
  'follow-up': { outcome: 'satisfied', note: '电话回访，群众满意。' },
  reply: { text: '您好，材料清单已更正，感谢反馈。' },
  close: undefined,
};
const workflowActions = Object.keys(bodies);

/** A new negative rating through the public API: its item id and tracking code. */
async function newNegativeRating(f: Fixture, comment: string, mobile = '13700001111') {
  const response = await f.app.inject({
    method: 'POST',
    url: '/api/feedback/ratings',
    payload: {
      service: 'GJJ-003',
      channel: 'online',
      level: 'very-dissatisfied',
      reasons: ['attitude'],
      comment,
      mobile,
      locale: 'zh-CN',
    },
  });
  assert.equal(response.statusCode, 201, response.body);
  const trackingCode = response.json<{ case: { trackingCode: string } }>().case.trackingCode;
  const queue = await get(f, `/api/staff/items?q=${encodeURIComponent(comment)}`, 'zhao.lei');
  const [item] = queue.json<ReviewQueue>().items;
  assert.ok(item, 'the new rating is in the queue');
  return { id: item.id, trackingCode, mobile };
}

const track = (f: Fixture, trackingCode: string, mobile: string) =>
  f.app.inject({ method: 'POST', url: '/api/feedback/track', payload: { trackingCode, mobile } });

describe('working a negative rating through 好差评 over HTTP', () => {
  const fixture = suiteApp();

  test('each state allows exactly the next step; every other action is 409 and changes nothing', async () => {
    const f = fixture();
    const { id } = await newNegativeRating(f, '态度很差，问三句答一句。');
    assert.equal((await act(f, id, 'claim', 'wang.min')).statusCode, 200);
    // [the state's legal action, in order]; every other workflow action must be refused there.
    for (const legal of ['start-review', 'verify', 'fix', 'follow-up', 'reply', 'close']) {
      for (const action of workflowActions.filter((each) => each !== legal)) {
        const before = await getItem(f, id, 'wang.min');
        const response = await post(
          f,
          id,
          action,
          'wang.min',
          bodies[action],
          `"${before.version}"`,
        );
        assert.equal(response.statusCode, 409, `${action} before ${legal}: ${response.body}`);
        assert.equal(response.json<{ type: string }>().type, '/problems/invalid-transition');
        assert.equal((await getItem(f, id, 'wang.min')).version, before.version);
      }
      const before = await getItem(f, id, 'wang.min');
      assert.ok(before.actions.includes(legal as never), `${legal} is offered`);
      const response = await act(f, id, legal, 'wang.min', bodies[legal]);
      assert.equal(response.statusCode, 200, `${legal}: ${response.body}`);
      assert.equal(response.headers.etag, `"${before.version + 1}"`);
    }
    const done = await getItem(f, id, 'wang.min');
    assert.equal(done.status, 'closed');
    assert.equal(done.workflow?.verification.done?.valid, true);
    assert.equal(done.workflow?.fix.done?.outcome, 'fixed');
    assert.equal(done.workflow?.followUp.done?.outcome, 'satisfied');
    assert.deepEqual(
      done.history.map((entry) => [entry.from, entry.to]),
      [
        [null, 'received'],
        ['received', 'in-review'],
        ['in-review', 'replied'],
        ['replied', 'closed'],
      ],
    );
  });

  test('a complaint has no 好差评 steps: start-review, then reply', async () => {
    const f = fixture();
    const id = DEMO_REVIEW_ITEMS.gajComplaint.id;
    assert.equal((await act(f, id, 'claim', 'chen.jing')).statusCode, 200);
    assert.equal((await act(f, id, 'verify', 'chen.jing', bodies.verify)).statusCode, 409);
    assert.equal((await act(f, id, 'reply', 'chen.jing', bodies.reply)).statusCode, 409);
    assert.equal((await act(f, id, 'start-review', 'chen.jing')).statusCode, 200);
    assert.equal((await act(f, id, 'fix', 'chen.jing', bodies.fix)).statusCode, 409);
    assert.equal((await act(f, id, 'reply', 'chen.jing', bodies.reply)).statusCode, 200);
  });

  test('every change wrote one audit row with before and after; the database refuses to edit them', async () => {
    const f = fixture();
    const { id } = await newNegativeRating(f, '审计测试：窗口无人。');
    await act(f, id, 'claim', 'wang.min');
    await act(f, id, 'notes', 'wang.min', { text: '先电话联系。' });
    await act(f, id, 'start-review', 'wang.min');
    await act(f, id, 'verify', 'wang.min', { valid: false, reason: '评价针对其他事项' });
    await act(f, id, 'reply', 'wang.min', { text: '经核实，该评价针对其他部门事项。' });
    const response = await get(f, `/api/staff/items/${id}/audit`, 'zhao.lei');
    assert.equal(response.statusCode, 200, response.body);
    const entries = response.json<{
      entries: { action: string; before: unknown; after: unknown; actor: { userName: string } }[];
    }>().entries;
    assert.deepEqual(
      entries.map((entry) => entry.action),
      ['claim', 'note', 'start-review', 'verify', 'reply'],
    );
    assert.ok(entries.every((entry) => entry.actor.userName === 'wang.min'));
    assert.deepEqual(entries[0]?.before, { assignee: null });
    assert.deepEqual(entries[0]?.after, { assignee: 'wang.min' });
    assert.deepEqual(entries[2]?.before, { status: 'received' });
    assert.deepEqual(entries[2]?.after, { status: 'in-review' });
    assert.deepEqual(entries[3]?.after, { valid: false, reason: '评价针对其他事项' });

    const db = new Database(f.dbPath);
    try {
      assert.throws(
        () => db.prepare("UPDATE staff_audit SET action = 'nothing'").run(),
        /cannot be changed/,
      );
      assert.throws(() => db.prepare('DELETE FROM staff_audit').run(), /cannot be changed/);
    } finally {
      db.close();
    }
  });

  test('a stale If-Match is 412 and changes nothing; a missing one is 428', async () => {
    const f = fixture();
    const id = DEMO_REVIEW_ITEMS.atFix.id;
    const item = await getItem(f, id, 'wang.min');
    assert.equal((await act(f, id, 'notes', 'wang.min', { text: '准备整改。' })).statusCode, 200);
    const stale = await post(f, id, 'fix', 'wang.min', bodies.fix, `"${item.version}"`);
    assert.equal(stale.statusCode, 412, stale.body);
    assert.equal(stale.json<{ type: string }>().type, '/problems/stale-item');
    assert.equal((await getItem(f, id, 'wang.min')).workflow?.fix.done, null);
    const missing = await post(f, id, 'fix', 'wang.min', bodies.fix, null);
    assert.equal(missing.statusCode, 428, missing.body);
  });

  test('the tracking page shows the public reply and moderation reason, never a note; "not solved" returns the item to the queue', async () => {
    const f = fixture();
    const note = `内部备注-${Date.now()}`;
    const { id, trackingCode, mobile } = await newNegativeRating(f, '你们都是废物！！！');
    await act(f, id, 'claim', 'wang.min');
    await act(f, id, 'notes', 'wang.min', { text: note });
    await act(f, id, 'start-review', 'wang.min');
    await act(f, id, 'verify', 'wang.min', { valid: false, reason: '辱骂，无具体事项' });
    const replyText = '您好，请说明具体办理的事项，以便核实。';
    assert.equal((await act(f, id, 'reply', 'wang.min', { text: replyText })).statusCode, 200);
    assert.equal((await act(f, id, 'hide', 'zhao.lei', { reason: '含辱骂内容' })).statusCode, 200);

    const tracked = await track(f, trackingCode, mobile);
    assert.equal(tracked.statusCode, 200, tracked.body);
    const body = tracked.json<{
      reply: { text: string } | null;
      moderation: { reason: string } | null;
    }>();
    assert.equal(body.reply?.text, replyText);
    assert.deepEqual(body.moderation, { reason: '含辱骂内容' });
    assert.ok(!tracked.body.includes(note), 'no internal note on the tracking page');

    const unsolved = await f.app.inject({
      method: 'POST',
      url: '/api/feedback/track/resolution',
      payload: { trackingCode, mobile, solved: false },
    });
    assert.equal(unsolved.statusCode, 200, unsolved.body);
    const reopened = await get(f, '/api/staff/items?status=reopened&assignee=me', 'wang.min');
    assert.ok(reopened.json<ReviewQueue>().items.some((item) => item.id === id));
    assert.ok((await getItem(f, id, 'wang.min')).actions.includes('start-review'));
  });
});

describe('who may see and change an item', () => {
  const fixture = suiteApp();
  const overdue = DEMO_REVIEW_ITEMS.overdue.id;

  test('another department’s item, its notes and its audit answer 404 with no data', async () => {
    const f = fixture();
    const own = await getItem(f, overdue, 'zhao.lei');
    for (const [who, response] of [
      ['chen.jing', await get(f, `/api/staff/items/${overdue}`, 'chen.jing')],
      ['sun.hao', await get(f, `/api/staff/items/${overdue}`, 'sun.hao')],
      ['sun.hao', await get(f, `/api/staff/items/${overdue}/audit`, 'sun.hao')],
      [
        'chen.jing',
        await post(f, overdue, 'notes', 'chen.jing', { text: '越权' }, `"${own.version}"`),
      ],
      [
        'sun.hao',
        await post(f, overdue, 'hide', 'sun.hao', { reason: '越权' }, `"${own.version}"`),
      ],
      ['chen.jing', await post(f, overdue, 'reveal-mobile', 'chen.jing', undefined, null)],
    ] as const) {
      assert.equal(response.statusCode, 404, `${who}: ${response.body}`);
      assert.ok(!response.body.includes(own.whatHappened), `${who} learns nothing of the text`);
      assert.ok(!response.body.includes('139'), `${who} learns nothing of the mobile`);
    }
    assert.equal((await getItem(f, overdue, 'zhao.lei')).version, own.version);
    const queue = await get(f, '/api/staff/items?department=gjj', 'chen.jing');
    assert.equal(queue.statusCode, 403);
    const mine = (await get(f, '/api/staff/items?pageSize=100', 'chen.jing')).json<ReviewQueue>();
    assert.ok(mine.items.every((item) => item.department.id === 'gaj'));
  });

  test('a colleague’s item is read-only to a reviewer (403); a reviewer may not read the audit', async () => {
    const f = fixture();
    const id = DEMO_REVIEW_ITEMS.atFix.id;
    const item = await getItem(f, id, 'li.qiang');
    assert.deepEqual(item.actions, []);
    const response = await post(f, id, 'fix', 'li.qiang', bodies.fix, `"${item.version}"`);
    assert.equal(response.statusCode, 403, response.body);
    assert.equal((await get(f, `/api/staff/items/${id}/audit`, 'wang.min')).statusCode, 403);
  });

  test('a supervisor assigns only to a colleague of the item’s department', async () => {
    const f = fixture();
    const wrong = await act(f, overdue, 'assign', 'zhao.lei', { assignee: 'chen.jing' });
    assert.equal(wrong.statusCode, 400, wrong.body);
    const right = await act(f, overdue, 'assign', 'zhao.lei', { assignee: 'li.qiang' });
    assert.equal(right.statusCode, 200, right.body);
    assert.equal(right.json<ReviewItem>().assignee?.userName, 'li.qiang');
    assert.equal((await act(f, overdue, 'assign', 'wang.min', { assignee: null })).statusCode, 403);
  });

  test('revealing a mobile number writes an audit row and no log line carries the number', async () => {
    const f = fixture();
    const { id } = DEMO_REVIEW_ITEMS.atFix;
    const { mobile } = DEMO_REVIEW_ITEMS.atFix;
    assert.equal((await getItem(f, id, 'wang.min')).mobile, '139****4321');
    const response = await post(f, id, 'reveal-mobile', 'wang.min', undefined, null);
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), { mobile });
    const audit = (await get(f, `/api/staff/items/${id}/audit`, 'zhao.lei')).json<{
      entries: { action: string; after: unknown }[];
    }>();
    const reveal = audit.entries.find((entry) => entry.action === 'reveal-mobile');
    assert.deepEqual(reveal?.after, { mobile: '139****4321' });
    assert.ok(f.logs.length > 0, 'the request log is on');
    assert.ok(f.logs.every((line) => !line.includes(mobile)));
  });

  test('stored script and HTML come back byte for byte, as text', async () => {
    const f = fixture();
    const item = await getItem(f, DEMO_REVIEW_ITEMS.xss.id, 'wang.min');
    assert.equal(item.whatHappened, XSS_PROBE);
    assert.equal(item.excerpt, XSS_PROBE);
  });
});

describe('the review queue', () => {
  const fixture = suiteApp();
  // The admin's queue spans every department, so each filter has items to keep and to drop.
  const queue = async (query: string, who = 'admin') => {
    const paged = query.includes('pageSize=') ? query : `pageSize=100&${query}`;
    const response = await get(f(), `/api/staff/items?${paged}`, who);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<ReviewQueue>();
  };
  const f = () => fixture();

  test('counts per status hold under every filter but status, and add up to the total', async () => {
    const all = await queue('');
    const sum = Object.values(all.counts).reduce((a, b) => a + b, 0);
    assert.equal(all.total, sum);
    assert.ok(all.total > 100, `the demo seed fills the queue (${all.total})`);
    const received = await queue('status=received');
    assert.deepEqual(received.counts, all.counts);
    assert.equal(received.total, all.counts.received);
    assert.ok(received.items.every((item) => item.status === 'received'));
  });

  const filters: [string, (item: ReviewQueue['items'][number]) => boolean][] = [
    ['kind=negative-rating', (item) => item.kind === 'negative-rating'],
    [
      'kind=low-rating',
      (item) => item.kind === 'low-rating' && item.level === 'basically-satisfied',
    ],
    ['level=very-dissatisfied', (item) => item.level === 'very-dissatisfied'],
    ['service=GJJ-001', (item) => item.service?.code === 'GJJ-001'],
    ['hall=gjj-hall', (item) => item.hall?.id === 'gjj-hall'],
    ['assignee=none', (item) => item.assignee === null],
    ['assignee=wang.min', (item) => item.assignee?.userName === 'wang.min'],
    ['due=overdue', (item) => item.overdue && (item.workingDaysLeft ?? 0) < 0],
    [
      'due=soon',
      (item) => !item.overdue && item.workingDaysLeft !== null && item.workingDaysLeft <= 2,
    ],
  ];
  for (const [query, holds] of filters) {
    test(`${query} narrows to matching items`, async () => {
      const all = await queue('');
      const narrowed = await queue(query);
      assert.ok(narrowed.total >= 1, `${query} matches a seeded item`);
      assert.ok(narrowed.total < all.total, `${query} leaves some out`);
      assert.equal(narrowed.items.length, Math.min(100, narrowed.total));
      for (const item of narrowed.items)
        assert.ok(holds(item), `${query}: ${JSON.stringify(item)}`);
    });
  }

  test('the seeded overdue, due-soon and fix-step items are where the e2e tests look', async () => {
    const overdue = await queue('due=overdue&kind=negative-rating&assignee=none');
    assert.ok(overdue.items.some((item) => item.id === DEMO_REVIEW_ITEMS.overdue.id));
    const soon = await queue('due=soon');
    assert.ok(soon.items.some((item) => item.id === DEMO_REVIEW_ITEMS.dueSoon.id));
    const mine = await queue('assignee=me', 'wang.min');
    assert.ok(mine.items.every((item) => item.assignee?.userName === 'wang.min'));
    const atFix = mine.items.find((item) => item.id === DEMO_REVIEW_ITEMS.atFix.id);
    assert.equal(atFix?.step, 'fix');
  });

  test('text search finds Chinese and English, in either case of letters', async () => {
    const chinese = await queue(`q=${encodeURIComponent('排队两个小时')}`, 'zhao.lei');
    assert.ok(chinese.items.some((item) => item.id === DEMO_REVIEW_ITEMS.overdue.id));
    assert.ok(chinese.items.every((item) => item.excerpt.includes('排队两个小时')));
    const english = await queue('q=ONLINE%20APPLICATION', 'zhao.lei');
    assert.deepEqual(
      english.items.map((item) => item.id),
      [DEMO_REVIEW_ITEMS.dueSoon.id],
    );
    const literal = await queue('q=100%25');
    assert.equal(literal.total, 0, 'LIKE wildcards are taken literally');
  });

  // Searches of 3 or more characters go through the trigram index (migration 008), shorter ones
  // through a plain LIKE: both must find exactly the items holding the substring, ASCII letters
  // in either case and nothing else folded. The reference reads the texts straight from the view.
  const searches: [string, string][] = [
    ['two Chinese characters (no trigram)', '排队'],
    ['one character (no trigram)', '队'],
    ['three Chinese characters', '排队两'],
    ['a longer Chinese phrase', '工作人员说系统'],
    ['English in another case', 'oNLINE aPP'],
    ['English across a word break', 'ne ap'],
    ['a percent sign', '100%'],
    ['an underscore', 'a_b'],
    ['a LIKE wildcard alone', '%'],
    ['a double quote', '"ab'],
  ];
  for (const [name, text] of searches) {
    test(`text search: ${name} finds exactly the items holding it`, async () => {
      const db = new Database(f().dbPath, { readonly: true });
      const fold = (value: string) => value.replace(/[A-Z]/g, (c) => c.toLowerCase());
      let expected: string[];
      try {
        expected = db
          .prepare<[], { id: string; text: string; wanted: string | null }>(
            'SELECT id, text, wanted FROM review_items WHERE answer_by IS NOT NULL',
          )
          .all()
          .filter((row) => [row.text, row.wanted ?? ''].some((t) => fold(t).includes(fold(text))))
          .map((row) => row.id);
      } finally {
        db.close();
      }
      const found: string[] = [];
      for (let page = 1; ; page += 1) {
        const result = await queue(`q=${encodeURIComponent(text)}&page=${page}`);
        found.push(...result.items.map((item) => item.id));
        if (result.items.length < result.pageSize) {
          assert.equal(result.total, expected.length);
          break;
        }
      }
      assert.deepEqual(found.sort(), expected.sort());
    });
  }

  test('text search finds items written after the index was built, of either table', async () => {
    // A negative rating opens a case; a 基本满意 rating makes a low-rating item (migration 007).
    await newNegativeRating(f(), 'Trigram-check 窗口叫号慢');
    const low = await f().app.inject({
      method: 'POST',
      url: '/api/feedback/ratings',
      payload: {
        service: 'GJJ-003',
        channel: 'online',
        level: 'basically-satisfied',
        reasons: ['attitude'],
        comment: 'trigram-CHECK 等候区太挤',
        locale: 'zh-CN',
      },
    });
    assert.equal(low.statusCode, 201, low.body);
    const found = await queue(`q=${encodeURIComponent('TRIGRAM-CHECK')}`);
    assert.deepEqual(found.items.map((item) => item.kind).sort(), [
      'low-rating',
      'negative-rating',
    ]);
  });

  test('sort and paging', async () => {
    const due = await queue('sort=due');
    const dates = due.items.map((item) => item.answerBy);
    assert.deepEqual(dates, [...dates].sort());
    const newest = await queue('sort=-received&pageSize=5&page=2');
    const all = await queue('sort=-received');
    assert.deepEqual(
      newest.items.map((item) => item.id),
      all.items.slice(5, 10).map((item) => item.id),
    );
  });

  // The staff page tells its user about such values in its address and never sends them.
  for (const query of [
    'status=bogus',
    'kind=bogus',
    'sort=bogus',
    'sort=',
    'status=received&status=closed',
    'status[]=received',
    `sort=${'x'.repeat(5000)}`,
  ]) {
    test(`an unrecognised ${query.slice(0, 30)} is a 400 problem, for the queue and its export`, async () => {
      for (const path of ['/api/staff/items', '/api/staff/review/export.csv']) {
        const response = await get(f(), `${path}?${query}`, 'wang.min');
        assert.equal(response.statusCode, 400, `${path}?${query}: ${response.body}`);
        assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
        assert.equal(response.json<{ status: number }>().status, 400);
      }
    });
  }

  test('an admin sees every department; a supervisor only their own', async () => {
    const admin = await queue('', 'admin');
    const departments = new Set(admin.items.map((item) => item.department.id));
    assert.ok(departments.size > 1);
    const gaj = await queue('department=gaj', 'admin');
    assert.ok(gaj.items.every((item) => item.department.id === 'gaj'));
    const mine = await queue('', 'sun.hao');
    assert.ok(mine.items.every((item) => item.department.id === 'gaj'));
  });
});
