import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { ReviewQueue } from '../../../contract/staff.ts';
import { DEMO_REVIEW_ITEMS } from '../../src/seed/review.ts';
import { storeOf } from '../../src/app.ts';
import { parseCsv } from '../export/parse-csv.ts';
import { suiteApp } from '../export/suite-app.ts';
import { signInAs, type SignedIn } from '../staff-session.ts';

const BOM = '\uFEFF';

/** The records of a downloaded CSV, heading first, after checking its BOM. */
const records = (body: string): string[][] => {
  assert.ok(body.startsWith(BOM));
  return parseCsv(body.slice(BOM.length));
};

describe('GET /api/staff/review/export.csv', () => {
  const fixture = suiteApp();
  let app: FastifyInstance;
  let dbPath = '';
  const sessions = new Map<string, SignedIn>();
  const as = async (userName: 'wang.min' | 'zhao.lei' | 'admin') => sessions.get(userName)!.headers;

  // A named complaint whose text holds an ID number, a mobile number and a formula.
  const planted = {
    kind: 'complaint',
    service: 'GJJ-001',
    whatHappened:
      '=HYPERLINK("http://evil.example","点这里") 我的身份证 110101199003071234，电话 138 1234 5678，公积金导出测试',
    anonymous: false,
    name: '张三丰',
    mobile: '13811112222',
    locale: 'zh-CN',
  };

  before(async () => {
    ({ app, dbPath } = fixture());
    const response = await app.inject({
      method: 'POST',
      url: '/api/feedback/submissions',
      payload: planted,
    });
    assert.equal(response.statusCode, 201, response.body);
    for (const userName of ['wang.min', 'zhao.lei', 'admin']) {
      sessions.set(userName, await signInAs(app, userName));
    }
  });

  test('downloads every row of the queue’s filter, in its order, as UTF-8 CSV with a BOM', async () => {
    const headers = await as('wang.min');
    const query = 'due=overdue&sort=-received';
    const response = await app.inject({ url: `/api/staff/review/export.csv?${query}`, headers });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="[^"]*\.csv"; filename\*=UTF-8''%E8%AF%84%E4%BB%B7%E9%98%9F%E5%88%97-2026-09-15\.csv$/,
    );
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.deepEqual(response.rawPayload.subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]));
    const [heading, ...rows] = records(response.body);
    assert.equal(heading?.[0], '编号');

    // The same rows as the queue's pages, in the same order.
    const queue = (
      await app.inject({ url: `/api/staff/items?${query}&pageSize=100`, headers })
    ).json<ReviewQueue>();
    assert.ok(queue.total > 0 && queue.total <= 100, `${queue.total} overdue items`);
    assert.deepEqual(
      rows.map((row) => row[0]),
      queue.items.map((item) => item.id),
    );
    assert.ok(rows.some((row) => row[0] === DEMO_REVIEW_ITEMS.overdue.id));
  });

  test('shows a department’s staff their own department only; another answers 403', async () => {
    const own = await app.inject({
      url: '/api/staff/review/export.csv',
      headers: await as('wang.min'),
    });
    const ids = records(own.body)
      .slice(1)
      .map((row) => row[0]);
    assert.ok(ids.includes(DEMO_REVIEW_ITEMS.overdue.id));
    assert.ok(!ids.includes(DEMO_REVIEW_ITEMS.gajComplaint.id), 'a gaj item in a gjj export');

    const other = await app.inject({
      url: '/api/staff/review/export.csv?department=gaj',
      headers: await as('wang.min'),
    });
    assert.equal(other.statusCode, 403);
    assert.equal(other.headers['content-type'], 'application/problem+json; charset=utf-8');

    const admin = await app.inject({
      url: '/api/staff/review/export.csv?department=gaj',
      headers: await as('admin'),
    });
    assert.ok(records(admin.body).some((row) => row[0] === DEMO_REVIEW_ITEMS.gajComplaint.id));
  });

  test('refuses a bad filter with a problem naming the field', async () => {
    const response = await app.inject({
      url: '/api/staff/review/export.csv?status=lost',
      headers: await as('wang.min'),
    });
    assert.equal(response.statusCode, 400);
    assert.match(JSON.stringify(response.json()), /status/);
  });

  test('heads the file in `lang`, the page’s language, whatever the Accept-Language', async () => {
    const response = await app.inject({
      url: '/api/staff/review/export.csv?due=overdue&lang=en',
      headers: { ...(await as('wang.min')), 'accept-language': 'zh-CN,zh;q=0.9' },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(records(response.body)[0]?.[0], 'ID');
    assert.match(String(response.headers['content-disposition']), /review-queue-2026-09-15\.csv/);

    const zh = await app.inject({
      url: '/api/staff/review/export.csv?due=overdue&lang=zh',
      headers: { ...(await as('wang.min')), 'accept-language': 'en' },
    });
    assert.equal(records(zh.body)[0]?.[0], '编号');

    const other = await app.inject({
      url: '/api/staff/review/export.csv?lang=fr',
      headers: await as('wang.min'),
    });
    assert.equal(other.statusCode, 400);
    assert.equal(other.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(JSON.stringify(other.json()), /lang/);
  });

  test('masks personal data: no name, no full mobile or ID number, and no live formula', async () => {
    const response = await app.inject({
      url: `/api/staff/review/export.csv?q=${encodeURIComponent('公积金导出测试')}`,
      headers: { ...(await as('wang.min')), 'accept-language': 'en' },
    });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    const [heading, ...rows] = records(body);
    assert.equal(heading?.[0], 'ID', 'headed in English for an English client');
    assert.equal(rows.length, 1, body);
    for (const whole of [
      planted.name,
      planted.mobile,
      '110101199003071234',
      '13812345678',
      '138 1234 5678',
      DEMO_REVIEW_ITEMS.overdue.mobile,
      DEMO_REVIEW_ITEMS.atFix.mobile,
    ]) {
      assert.ok(!body.includes(whole), `${whole} in the export`);
    }
    assert.ok(body.includes('110***********1234'), 'the ID number is masked, not dropped');
    assert.ok(body.includes('138****5678'), 'the mobile number is masked, not dropped');
    // The excerpt holds a comma, so it is quoted; the quote must come before the formula guard.
    assert.ok(body.includes(`"'=HYPERLINK(""http://evil.example""`), body);
  });

  test('writes who exported which filter and how many rows to the audit, masked', async () => {
    const q = '13811112222';
    const response = await app.inject({
      url: `/api/staff/review/export.csv?kind=complaint&q=${q}&page=3`,
      headers: await as('zhao.lei'),
    });
    assert.equal(response.statusCode, 200);
    const db = new Database(dbPath, { readonly: true });
    try {
      const row = db
        .prepare<[], { target: string; departmentId: string; after: string; userName: string }>(
          `SELECT a.target, a.department_id AS departmentId, a.after, s.user_name AS userName
           FROM staff_audit a JOIN staff_accounts s ON s.id = a.actor_id
           WHERE a.action = 'export-queue' ORDER BY a.id DESC LIMIT 1`,
        )
        .get()!;
      assert.equal(row.userName, 'zhao.lei');
      assert.equal(row.target, 'review-queue');
      assert.equal(row.departmentId, 'gjj');
      assert.deepEqual(JSON.parse(row.after), {
        filter: { kind: 'complaint', q: '138****2222' },
        rows: records(response.body).length - 1,
      });
    } finally {
      db.close();
    }
  });

  test('other requests keep writing while an export is read, which sees one snapshot', async () => {
    const exported = await storeOf(app).review.exportQueue({
      visibleDepartment: null,
      sort: 'due',
    });
    const rows = exported.rows[Symbol.iterator]();
    assert.equal(rows.next().done, false);
    // Half-way through the export (a slow client), staff keep working: a claim writes the item
    // and its audit row in one transaction, which the connection would refuse while it iterates.
    const headers = await as('wang.min');
    const item = await app.inject({
      url: `/api/staff/items/${DEMO_REVIEW_ITEMS.dueSoon.id}`,
      headers,
    });
    const claim = await app.inject({
      method: 'POST',
      url: `/api/staff/items/${DEMO_REVIEW_ITEMS.dueSoon.id}/claim`,
      headers: { ...headers, 'if-match': String(item.headers.etag) },
    });
    assert.equal(claim.statusCode, 200, claim.body);
    // A new item meanwhile is not in this export: it reads the snapshot it counted.
    const added = await app.inject({
      method: 'POST',
      url: '/api/feedback/submissions',
      payload: { ...planted, whatHappened: '导出期间提交的投诉' },
    });
    assert.equal(added.statusCode, 201, added.body);
    let read = 1;
    while (!rows.next().done) read += 1;
    assert.equal(read, exported.total, 'the rows are the snapshot the count was made in');
    exported.close();
  });

  test('an export ended from outside half-way (the client left) lets go of its snapshot', async () => {
    const exported = await storeOf(app).review.exportQueue({
      visibleDepartment: null,
      sort: 'due',
    });
    const rows = exported.rows[Symbol.iterator]();
    assert.equal(rows.next().done, false);
    // What the route does when the response closes, between two chunks.
    exported.close();
    assert.equal(rows.next().done, true);
    exported.close();
  });
});
