import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ServiceSearchQuery } from '../../../contract/catalogue.ts';
import { Catalogue } from '../../src/catalogue/catalogue.ts';
import { loadQueryWords, QueryWords } from '../../src/catalogue/query-words.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { SEEDED } from '../../../test-fixtures/search-expectations.ts';

let catalogue: Catalogue;
before(() => {
  catalogue = new Catalogue(catalogueSeed);
});

const codes = (query: ServiceSearchQuery) => catalogue.search(query).items.map((s) => s.code);

describe('Queries as citizens type them', () => {
  test('a query that finds services with every word answers as before, marked all', () => {
    const result = catalogue.search({ q: '护照 补发', pageSize: 50 });
    assert.equal(result.match, 'all');
    assert.equal(result.items[0]?.code, SEEDED.passportReplacement);
    assert.equal(catalogue.search({}).match, 'all');
  });

  test('without a service holding every word, lists those holding the most, marked some', () => {
    const result = catalogue.search({ q: '护照 补发 zzqqxx', pageSize: 50 });
    assert.equal(result.match, 'some');
    // Both real words first, then one of them: 补发 of the passport before any other.
    assert.equal(result.items[0]?.code, SEEDED.passportReplacement);
    const one = new Set(codes({ q: '护照', pageSize: 50 }));
    for (const code of codes({ q: '补发', pageSize: 50 })) one.add(code);
    assert.ok(result.items.every((s) => one.has(s.code)));
    assert.equal(result.total, one.size);
  });

  test('ranks partial matches by words held, then field, then popularity', () => {
    const items = catalogue.search({ q: '护照 补发 zzqqxx', pageSize: 50 }).items;
    const both = items.filter((s) => s.name.zh.includes('护照') && s.name.zh.includes('补发'));
    assert.deepEqual(
      items.slice(0, both.length).map((s) => s.code),
      both.map((s) => s.code),
    );
  });

  test('drops filler words and cuts a run into words', () => {
    assert.equal(codes({ q: '办居住证需要什么', pageSize: 1 })[0], 'GAJ-013');
    assert.equal(codes({ q: 'residence permit what do i need', pageSize: 1 })[0], 'GAJ-013');
    assert.equal(codes({ q: '社保查询', pageSize: 1 })[0], SEEDED.socialInsurance);
  });

  test('applies synonyms, in both languages', () => {
    assert.equal(codes({ q: '租房提取公积金', pageSize: 1 })[0], 'GJJ-002');
    assert.equal(codes({ q: '驾驶证到期换证', pageSize: 1 })[0], 'JJ-002');
    assert.ok(codes({ q: 'kids vaccination', pageSize: 3 }).includes('WJW-004'));
  });

  test('corrects one wrong character or letter', () => {
    assert.equal(codes({ q: '护炤', pageSize: 1 })[0], SEEDED.passport);
    assert.equal(codes({ q: 'pasport', pageSize: 1 })[0], SEEDED.passport);
    assert.equal(codes({ q: 'passprot', pageSize: 1 })[0], SEEDED.passport);
  });

  test('answers with nothing only when no word is found at all', () => {
    for (const q of ['zzqqxx', 'zzqqxx qqzzyy', '怎么办']) {
      const result = catalogue.search({ q });
      assert.equal(result.total, 0, q);
      assert.equal(result.match, 'all', q);
    }
  });
});

describe('Query words', () => {
  test('the shipped list loads', () => {
    const words = loadQueryWords();
    assert.ok(words.isFiller('怎么办'));
    assert.deepEqual(words.synonyms('租房').slice(0, 2), ['租房', '租赁住房']);
  });

  test('cuts runs at fillers and synonyms, stripping single-character fillers at the ends', () => {
    const words = loadQueryWords();
    assert.deepEqual(words.cut('办居住证需要什么'), [{ text: '居住证', known: false }]);
    assert.deepEqual(words.cut('小孩上学'), [
      { text: '小孩', known: true },
      { text: '上学', known: true },
    ]);
    assert.deepEqual(words.cut('开个小店'), [{ text: '小店', known: false }]);
  });

  test('refuses lists that would be read two ways', () => {
    const refuse = (fillers: string[], synonyms: string[][], message: RegExp) =>
      assert.throws(() => new QueryWords({ fillers, synonyms }), message);
    refuse(
      [],
      [
        ['租房', '租赁'],
        ['租房', '房租'],
      ],
      /in two synonym groups/,
    );
    refuse(['租房'], [['租房', '租赁']], /both a filler and a synonym/);
    refuse(['how to'], [], /not one term/);
    refuse(['How'], [], /not one term/);
  });
});
