import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { ServiceGuide } from '../../../contract/catalogue.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';

/**
 * The seed is reviewed text: shared pieces and the guide builder write most of it, so a change to
 * one of them silently changes many guides. This hash is of the whole catalogue as reviewed; when
 * you change the data on purpose, diff the serialized catalogue before and after, then record the
 * hash the failure prints.
 */
const REVIEWED_SHA256 = '6e7e600d221576f91a190dce7477a5f96655ca3572216acd49a0e868d45b836a';

/** JSON with object keys sorted, so the hash follows the data and not the order a file wrote it. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

describe('catalogueSeed', () => {
  test('holds the reviewed data', () => {
    const { themes, departments, halls, services } = catalogueSeed;
    const sha256 = createHash('sha256')
      .update(canonicalJson({ themes, departments, halls, services }))
      .digest('hex');
    assert.equal(
      sha256,
      REVIEWED_SHA256,
      'the seeded catalogue changed; review it, then re-record',
    );
  });

  test("writes every guide's fields in the contract's order", () => {
    // The guide route serves each guide as the JSON text it was stored as, so order is visible.
    const fields = Object.keys(ServiceGuide.properties);
    for (const guide of catalogueSeed.services) {
      assert.deepEqual(Object.keys(guide), fields, guide.code);
    }
  });

  test('gives each material one English name', () => {
    const english = new Map<string, string>();
    for (const guide of catalogueSeed.services) {
      for (const { name } of guide.materials) {
        const known = english.get(name.zh) ?? name.en;
        assert.equal(name.en, known, `${guide.code}: ${name.zh}`);
        english.set(name.zh, known);
      }
    }
  });

  test('lets no two guides share an object, so editing one in place leaves the others', () => {
    const owners = new Map<object, string>();
    const walk = (value: unknown, code: string): void => {
      if (value === null || typeof value !== 'object') return;
      const owner = owners.get(value);
      assert.ok(owner === undefined || owner === code, `${code} shares an object with ${owner}`);
      owners.set(value, code);
      for (const field of Object.values(value)) walk(field, code);
    };
    for (const guide of catalogueSeed.services) walk(guide, guide.code);
  });
});
