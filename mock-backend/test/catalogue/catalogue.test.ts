import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { ServiceSearchQuery } from '../../../contract/catalogue.ts';
import { Catalogue } from '../../src/catalogue/catalogue.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { FIRST_RESULTS, SEARCHES, SEEDED } from '../../../test-fixtures/search-expectations.ts';

let catalogue: Catalogue;
before(() => {
  catalogue = new Catalogue(catalogueSeed);
});

const codes = (query: ServiceSearchQuery) => catalogue.search(query).items.map((s) => s.code);

describe('Catalogue search', () => {
  test('finds what citizens type, the service they mean first', () => {
    for (const [q, first] of FIRST_RESULTS) assert.equal(codes({ q, pageSize: 1 })[0], first, q);
    // 社保 and its pinyin find social-insurance services only.
    for (const q of SEARCHES.socialInsurance.queries) {
      const result = catalogue.search({ q, pageSize: 5 });
      assert.ok(
        result.items.every((s) => s.themeIds.includes(SEEDED.socialInsuranceTheme)),
        q,
      );
    }
    // Passports: the first application, then renewal.
    for (const q of SEARCHES.passport.queries) {
      assert.deepEqual(codes({ q, pageSize: 2 }), [SEEDED.passport, SEEDED.passportRenewal], q);
    }
    assert.equal(codes({ q: 'gjj', pageSize: 1 })[0]?.slice(0, 3), 'GJJ');
    assert.equal(codes({ q: '身份证', pageSize: 1 })[0], SEEDED.idCard);
  });

  test('ranks name matches above matches in the guide text', () => {
    const result = catalogue.search({ q: '护照', pageSize: 50 });
    const named = result.items.map((s) => s.name.zh.includes('护照'));
    const firstUnnamed = named.indexOf(false);
    assert.ok(firstUnnamed > 0, 'some results mention 护照 only in their guide');
    assert.ok(
      named.slice(firstUnnamed).every((n) => !n),
      'no name match after a body match',
    );
  });

  test('finds single Chinese characters', () => {
    const result = catalogue.search({ q: '证', pageSize: 50 });
    assert.ok(result.total > 10);
  });

  test('requires every term of the query', () => {
    const all = (q: string) => new Set(codes({ q, pageSize: 50 }));
    const both = codes({ q: '护照 补发', pageSize: 50 });
    assert.equal(both[0], SEEDED.passportReplacement);
    const passport = all('护照');
    const replace = all('补发');
    assert.ok(both.every((code) => passport.has(code) && replace.has(code)));
    assert.ok(both.length < Math.min(passport.size, replace.size));
  });

  test('answers a query with nothing searchable in it with no results', () => {
    const result = catalogue.search({ q: `"*')-- ;` });
    assert.equal(result.total, 0);
    assert.deepEqual(result.items, []);
  });

  test('without a query lists every service, most popular first', () => {
    const result = catalogue.search({ pageSize: 50 });
    assert.equal(result.total, catalogueSeed.services.length);
    assert.equal(result.sort, 'popular');
    const popularity = result.items.map((s) => s.popularity);
    assert.deepEqual(
      popularity,
      [...popularity].sort((a, b) => b - a),
    );
  });

  test('sorts matches by popularity when asked', () => {
    const result = catalogue.search({ q: '证', sort: 'popular', pageSize: 50 });
    const popularity = result.items.map((s) => s.popularity);
    assert.equal(result.sort, 'popular');
    assert.deepEqual(
      popularity,
      [...popularity].sort((a, b) => b - a),
    );
  });

  test('sorts by name in the page language', () => {
    const en = catalogue.search({ sort: 'name', lang: 'en', pageSize: 50 }).items;
    const names = en.map((s) => s.name.en);
    assert.deepEqual(names, [...names].sort(new Intl.Collator('en').compare));
    const zh = catalogue.search({ sort: 'name', lang: 'zh-CN', pageSize: 50 }).items;
    const zhNames = zh.map((s) => s.name.zh);
    assert.deepEqual(zhNames, [...zhNames].sort(new Intl.Collator('zh-CN').compare));
  });

  test('pages through results without losing or repeating any', () => {
    const all = catalogue.search({ q: '证明', pageSize: 50 });
    const paged = [1, 2, 3, 4].flatMap((page) =>
      catalogue.search({ q: '证明', page, pageSize: 7 }).items.map((s) => s.code),
    );
    assert.deepEqual(
      paged,
      all.items.slice(0, 28).map((s) => s.code),
    );
    assert.deepEqual(catalogue.search({ q: '证明', page: 999 }).items, []);
  });

  test('facet counts equal the results each facet value leads to', () => {
    const themeIds = catalogueSeed.themes.map((t) => t.id);
    const departmentIds = catalogueSeed.departments.map((d) => d.id);
    const words = [
      '社保',
      '证',
      '护照',
      'licence',
      'tax',
      'shebao',
      'gjj',
      '登记',
      '',
      'a',
      '提取',
    ];
    const query = fc.record(
      {
        q: fc.constantFrom(...words),
        theme: fc.option(fc.constantFrom(...themeIds), { nil: undefined }),
        department: fc.option(fc.constantFrom(...departmentIds), { nil: undefined }),
        audience: fc.option(fc.constantFrom('individual' as const, 'business' as const), {
          nil: undefined,
        }),
        online: fc.option(fc.boolean(), { nil: undefined }),
        visits: fc.option(fc.constantFrom(0 as const, 1 as const, 2 as const), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(query, (raw) => {
        const q = Object.fromEntries(
          Object.entries(raw).filter(([, v]) => v !== undefined),
        ) as ServiceSearchQuery;
        const { facets } = catalogue.search(q);
        for (const { value, count } of facets.theme) {
          assert.equal(catalogue.search({ ...q, theme: value }).total, count);
        }
        for (const { value, count } of facets.department) {
          assert.equal(catalogue.search({ ...q, department: value }).total, count);
        }
        for (const { value, count } of facets.audience) {
          assert.equal(
            catalogue.search({ ...q, audience: value as 'individual' | 'business' }).total,
            count,
          );
        }
        // Values left out lead to nothing.
        const listed = new Set(facets.theme.map((f) => f.value));
        for (const id of themeIds.filter((id) => !listed.has(id))) {
          assert.equal(catalogue.search({ ...q, theme: id }).total, 0);
        }
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });
});
