import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { LightMyRequestResponse } from 'fastify';
import { csvRecords } from '../export/parse-csv.ts';
import { suiteApp } from '../export/suite-app.ts';
import type { ResultsTable } from '../../../contract/feedback.ts';
import type { OpenDataSatisfaction } from '../../../contract/open-data.ts';

const figureColumns = [
  'ratings',
  'satisfied_share',
  'very_satisfied',
  'satisfied',
  'basically_satisfied',
  'dissatisfied',
  'very_dissatisfied',
  'fixed_on_time_share',
];

describe('open data: published satisfaction as CSV and JSON', () => {
  // The table is otherwise reused for a minute; the suppression test reads it right after rating.
  const fixture = suiteApp({ resultsMaxAgeMs: 0 });

  test('publishes the results page’s own figures, without signing in', async () => {
    const { app } = fixture();
    for (const by of ['service', 'hall']) {
      const page = (await app.inject(`/api/feedback/results?by=${by}`)).json<ResultsTable>();
      const json = await app.inject(`/api/open-data/satisfaction.json?by=${by}`);
      assert.equal(json.statusCode, 200);
      assert.deepEqual(json.json<OpenDataSatisfaction>(), { ...page, minimumRatings: 5 });

      const csv = await app.inject(`/api/open-data/satisfaction.csv?by=${by}`);
      assert.equal(csv.statusCode, 200);
      assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
      assert.match(
        String(csv.headers['content-disposition']),
        new RegExp(
          `^attachment; filename="satisfaction-by-${by}-${page.period.from}-${page.period.to}\\.csv"`,
        ),
      );
      const rows = csvRecords(csv.body);
      assert.deepEqual(
        rows.map((row) => row['id']),
        page.rows.map((row) => row.id),
      );
      for (const [index, row] of rows.entries()) {
        const figures = page.rows[index]!.satisfaction;
        assert.equal(row['by'], by);
        assert.equal(row['published'], String(figures.published));
        if (figures.published) {
          assert.equal(Number(row['ratings']), figures.ratings);
          assert.equal(Number(row['satisfied_share']), figures.satisfiedShare);
          assert.equal(Number(row['very_dissatisfied']), figures.distribution[4]!.count);
        }
      }
    }
  });

  test('suppresses a service with 1–4 ratings in both formats; the fifth publishes', async () => {
    const { app, dbPath } = fixture();
    const db = new Database(dbPath, { readonly: true });
    const unrated = db
      .prepare<[], { code: string }>(
        `SELECT code FROM services WHERE code NOT IN (SELECT service_code FROM ratings)
         ORDER BY code LIMIT 1`,
      )
      .get();
    db.close();
    assert.ok(unrated, 'the seed leaves some service unrated');
    const rowsOf = async () => {
      const json = (
        await app.inject('/api/open-data/satisfaction.json')
      ).json<OpenDataSatisfaction>();
      const csv = csvRecords((await app.inject('/api/open-data/satisfaction.csv')).body);
      return {
        json: json.rows.find((row) => row.id === unrated.code),
        csv: csv.find((row) => row['id'] === unrated.code),
      };
    };
    for (let n = 1; n <= 5; n++) {
      const rated: LightMyRequestResponse = await app.inject({
        method: 'POST',
        url: '/api/feedback/ratings',
        payload: { service: unrated.code, channel: 'online', level: 'satisfied', locale: 'zh-CN' },
      });
      assert.equal(rated.statusCode, 201, rated.body);
      const { json, csv } = await rowsOf();
      if (n < 5) {
        assert.deepEqual(json?.satisfaction, { published: false }, `${n} ratings`);
        assert.equal(csv?.['published'], 'false');
        for (const column of figureColumns)
          assert.equal(csv?.[column], '', `${column}, ${n} ratings`);
      } else {
        assert.equal(json?.satisfaction.published, true);
        assert.equal(csv?.['ratings'], '5');
        assert.equal(csv?.['satisfied'], '5');
        assert.equal(csv?.['fixed_on_time_share'], '', 'no negative ratings: no fix share');
      }
    }
  });

  test('a chosen period: rows rest on 5 or more ratings, others carry no figure', async () => {
    const { app } = fixture();
    const response = await app.inject(
      '/api/open-data/satisfaction.json?by=hall&from=2026-09-01&to=2026-09-14',
    );
    assert.equal(response.statusCode, 200, response.body);
    const figures = response.json<OpenDataSatisfaction>();
    assert.deepEqual(figures.period, { from: '2026-09-01', to: '2026-09-14' });
    assert.ok(figures.rows.length > 0);
    for (const row of figures.rows) {
      if (row.satisfaction.published) assert.ok(row.satisfaction.ratings >= 5);
      else assert.deepEqual(row.satisfaction, { published: false });
    }
    const to = await app.inject('/api/open-data/satisfaction.json?to=2026-06-30');
    assert.deepEqual(to.json<OpenDataSatisfaction>().period, {
      from: '2025-07-01',
      to: '2026-06-30',
    });
  });

  test('refuses a bad period with a problem naming the field', async () => {
    const { app } = fixture();
    const cases: [query: string, path: string][] = [
      ['from=2026-09-10&to=2026-09-01', '/query/from'],
      ['to=2026-09-16', '/query/to'],
      ['from=2025-01-01&to=2026-09-01', '/query/from'],
      ['from=2026-02-30', '/query/from'],
      ['by=department', '/query/by'],
      ['format=xml', '/query'],
    ];
    for (const [query, path] of cases) {
      for (const format of ['csv', 'json']) {
        const response = await app.inject(`/api/open-data/satisfaction.${format}?${query}`);
        assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
        const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
        assert.ok(
          paths.some((each) => each.startsWith(path)),
          `${query}: ${paths.join(', ')}`,
        );
      }
    }
  });

  test('may be cached a minute and revalidated with its ETag', async () => {
    const { app } = fixture();
    for (const format of ['csv', 'json']) {
      const url = `/api/open-data/satisfaction.${format}?by=hall`;
      const first = await app.inject(url);
      assert.equal(first.headers['cache-control'], 'public, max-age=60');
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[a-z]+-[\w-]+"$/);
      const again = await app.inject({ url, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const other = await app.inject({ url, headers: { 'if-none-match': '"json-stale"' } });
      assert.equal(other.statusCode, 200);
    }
  });
});
