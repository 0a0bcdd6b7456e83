import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { testApp } from '../test-app.ts';

interface Row {
  id: number;
  path: string;
  locale: string;
  useful: number;
  comment: string | null;
  field_part: string | null;
  field_item: string | null;
  received_at: string;
}

function rows(dbPath: string): Row[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare<[], Row>('SELECT * FROM page_feedback ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('POST /api/page-feedback', () => {
  test('stores the answer and returns a receipt', async (t) => {
    const { app, dbPath } = await testApp(t);
    const response = await app.inject({
      method: 'POST',
      url: '/api/page-feedback',
      payload: {
        path: '/services/GA-CRJ-001',
        locale: 'zh-CN',
        useful: false,
        comment: '  材料清单不清楚  ',
      },
    });
    assert.equal(response.statusCode, 201);
    const receipt = response.json();
    assert.deepEqual(Object.keys(receipt).sort(), ['id', 'receivedAt']);
    assert.ok(Number.isInteger(receipt.id) && receipt.id > 0);
    assert.ok(Math.abs(Date.parse(receipt.receivedAt) - Date.now()) < 60_000);

    const second = await app.inject({
      method: 'POST',
      url: '/api/page-feedback',
      payload: { path: '/about', locale: 'en', useful: true },
    });
    assert.equal(second.statusCode, 201);

    const stored = rows(dbPath);
    assert.equal(stored.length, 2);
    assert.deepEqual(
      { ...stored[0], received_at: undefined },
      {
        id: receipt.id,
        path: '/services/GA-CRJ-001',
        locale: 'zh-CN',
        useful: 0,
        comment: '材料清单不清楚',
        field_part: null,
        field_item: null,
        received_at: undefined,
      },
    );
    assert.equal(stored[0]?.received_at, receipt.receivedAt);
    assert.equal(stored[1]?.useful, 1);
    assert.equal(stored[1]?.comment, null);
  });

  test('a blank comment counts as none', async (t) => {
    const { app, dbPath } = await testApp(t);
    const response = await app.inject({
      method: 'POST',
      url: '/api/page-feedback',
      payload: { path: '/about', locale: 'en', useful: true, comment: '   ' },
    });
    assert.equal(response.statusCode, 201);
    assert.equal(rows(dbPath)[0]?.comment, null);
  });

  const invalid: [string, unknown, { path: string; message?: RegExp }[]][] = [
    [
      'missing fields',
      {},
      [{ path: '/body/path' }, { path: '/body/locale' }, { path: '/body/useful' }],
    ],
    [
      'a string where a boolean belongs',
      { path: '/about', locale: 'en', useful: 'true' },
      [{ path: '/body/useful', message: /boolean/ }],
    ],
    [
      'a number where a boolean belongs',
      { path: '/about', locale: 'en', useful: 1 },
      [{ path: '/body/useful' }],
    ],
    [
      'an unknown locale',
      { path: '/about', locale: 'fr', useful: true },
      [{ path: '/body/locale', message: /"zh-CN", "en"/ }],
    ],
    [
      'a path that is not a portal path',
      { path: 'https://example.com/', locale: 'en', useful: true },
      [{ path: '/body/path' }],
    ],
    [
      'a path with a query',
      { path: '/search?q=passport', locale: 'en', useful: true },
      [{ path: '/body/path' }],
    ],
    [
      'a path that is too long',
      { path: `/${'a'.repeat(300)}`, locale: 'en', useful: true },
      [{ path: '/body/path' }],
    ],
    [
      'a comment that is too long',
      { path: '/about', locale: 'en', useful: false, comment: 'x'.repeat(1001) },
      [{ path: '/body/comment' }],
    ],
    [
      'a comment on a useful page',
      { path: '/about', locale: 'en', useful: true, comment: 'Great' },
      [{ path: '/body/comment' }],
    ],
    [
      'an unknown field',
      { path: '/about', locale: 'en', useful: true, email: 'a@b.cn' },
      [{ path: '/body/email' }],
    ],
    ['an array instead of an object', [{ path: '/about' }], [{ path: '/body' }]],
  ];
  for (const [what, payload, expected] of invalid) {
    test(`refuses ${what} with a validation problem`, async (t) => {
      const { app, dbPath } = await testApp(t);
      const response = await app.inject({
        method: 'POST',
        url: '/api/page-feedback',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      });
      assert.equal(response.statusCode, 400);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      const body = response.json();
      assert.equal(body.type, '/problems/validation');
      for (const { path, message } of expected) {
        const error = body.errors.find((candidate: { path: string }) => candidate.path === path);
        assert.ok(error, `${path} in ${JSON.stringify(body.errors)}`);
        if (message) assert.match(error.message, message);
      }
      assert.equal(rows(dbPath).length, 0);
    });
  }
});
