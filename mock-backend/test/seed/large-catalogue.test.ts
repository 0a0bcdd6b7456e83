import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ServiceGuide } from '../../../contract/catalogue.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { generateLargeCatalogue, MAX_LARGE_CATALOGUE } from '../../src/seed/large-catalogue.ts';
import { insertCatalogue } from '../../src/store/catalogue-repository.ts';
import { openStore } from '../../src/store/store.ts';
import { tempDirectory } from '../temp-directory.ts';

const COUNT = 500;

describe('generateLargeCatalogue', () => {
  before(() => {
    // TypeBox leaves formats to the caller; these match what the server's Ajv checks.
    if (!FormatRegistry.Has('date')) {
      FormatRegistry.Set('date', (value) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      });
    }
    if (!FormatRegistry.Has('uri')) {
      FormatRegistry.Set(
        'uri',
        (value) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value),
      );
    }
  });

  const catalogue = generateLargeCatalogue(COUNT);

  test('holds the asked number of services with the real reference lists', () => {
    assert.equal(catalogue.services.length, COUNT);
    assert.equal(catalogue.themes, catalogueSeed.themes);
    assert.equal(catalogue.departments, catalogueSeed.departments);
    assert.equal(catalogue.halls, catalogueSeed.halls);
  });

  test('gives every service its own code', () => {
    const codes = new Set(catalogue.services.map((service) => service.code));
    assert.equal(codes.size, COUNT);
  });

  test('produces only services the contract accepts', () => {
    for (const service of catalogue.services) {
      const errors = [...Value.Errors(ServiceGuide, service)].map(
        (error) => `${error.path}: ${error.message}`,
      );
      assert.deepEqual(errors, [], service.code);
      assert.ok(Value.Check(ServiceGuide, service), service.code);
    }
  });

  test('points related services at codes in the same catalogue', () => {
    const codes = new Set(catalogue.services.map((service) => service.code));
    let related = 0;
    for (const service of catalogue.services) {
      for (const code of service.relatedCodes) {
        assert.ok(codes.has(code), `${service.code} → ${code}`);
        related++;
      }
    }
    assert.ok(related > COUNT, 'related links survive the variation');
  });

  test('varies the real guides rather than copying them', () => {
    const names = new Set(catalogue.services.map((service) => service.name.zh));
    assert.equal(names.size, COUNT);
    const popularity = new Set(catalogue.services.map((service) => service.popularity));
    assert.ok(popularity.size > COUNT / 2, 'popularity is spread');
    const realCodes = new Set(catalogueSeed.services.map((service) => service.code));
    assert.ok(catalogue.services.every((service) => !realCodes.has(service.code)));
    // Each variant keeps its department: the code prefix and departmentId still agree.
    const first = catalogue.services[0];
    const original = catalogueSeed.services[0];
    assert.ok(first && original);
    assert.equal(first.departmentId, original.departmentId);
    assert.ok(first.code.startsWith(original.code.replace(/-\d+$/, '-')));
  });

  test('is deterministic', () => {
    assert.deepEqual(generateLargeCatalogue(COUNT), catalogue);
  });

  test('refuses a count beyond a province-sized catalogue', () => {
    assert.throws(() => generateLargeCatalogue(MAX_LARGE_CATALOGUE + 1), RangeError);
    assert.throws(() => generateLargeCatalogue(-1), RangeError);
  });

  test('is written by the repository and read back whole', (t) => {
    const store = openStore(join(tempDirectory(t), 'large.db'), {
      seed: (db) => insertCatalogue(db, catalogue),
    });
    try {
      const loaded = store.catalogue.load();
      assert.equal(loaded.services.length, COUNT);
      const byCode = new Map(loaded.services.map((service) => [service.code, service]));
      for (const service of catalogue.services) {
        assert.deepEqual(byCode.get(service.code), service);
      }
    } finally {
      store.close();
    }
  });
});
