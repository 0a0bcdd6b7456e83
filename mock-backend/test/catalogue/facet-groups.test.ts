import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  FacetGroups,
  type DocumentFacets,
  type Filter,
  type Selection,
} from '../../src/catalogue/facet-groups.ts';

const SIZES = { themes: 4, departments: 3, audiences: 2 };

interface Doc {
  department: number;
  audience: number;
  online: number;
  visits: number;
  themes: number[];
}

function facetsOf(docs: readonly Doc[]): DocumentFacets {
  const themes = docs.flatMap((d) => d.themes);
  const themeStarts = [0];
  for (const d of docs) themeStarts.push(themeStarts.at(-1)! + d.themes.length);
  return {
    department: Uint16Array.from(docs, (d) => d.department),
    audience: Uint8Array.from(docs, (d) => d.audience),
    online: Uint8Array.from(docs, (d) => d.online),
    visits: Uint8Array.from(docs, (d) => d.visits),
    themes: Uint16Array.from(themes),
    themeStarts: Int32Array.from(themeStarts),
  };
}

/** The rule stated once per document: each facet counted with the other facets' filters. */
function naive(docs: readonly Doc[], matched: readonly number[], filter: Filter) {
  const themeCounts = new Array<number>(SIZES.themes).fill(0);
  const departmentCounts = new Array<number>(SIZES.departments).fill(0);
  const audienceCounts = new Array<number>(SIZES.audiences).fill(0);
  const results: number[] = [];
  for (const doc of matched) {
    const d = docs[doc]!;
    if (filter.online >= 0 && d.online !== filter.online) continue;
    if (filter.visits >= 0 && d.visits !== filter.visits) continue;
    const inTheme = filter.theme < 0 || d.themes.includes(filter.theme);
    const inDepartment = filter.department < 0 || d.department === filter.department;
    const inAudience = filter.audienceBit === 0 || (d.audience & filter.audienceBit) !== 0;
    if (inDepartment && inAudience) for (const t of d.themes) themeCounts[t]!++;
    if (inTheme && inAudience) departmentCounts[d.department]!++;
    if (inTheme && inDepartment) {
      for (let a = 0; a < SIZES.audiences; a++) if (d.audience & (1 << a)) audienceCounts[a]!++;
      if (inAudience) results.push(doc);
    }
  }
  return { results, themeCounts, departmentCounts, audienceCounts };
}

const plain = (s: Selection) => ({
  results: [...s.results],
  themeCounts: [...s.themeCounts],
  departmentCounts: [...s.departmentCounts],
  audienceCounts: [...s.audienceCounts],
});

const doc = fc.record({
  department: fc.integer({ min: 0, max: SIZES.departments - 1 }),
  audience: fc.integer({ min: 1, max: 3 }),
  online: fc.integer({ min: 0, max: 1 }),
  visits: fc.integer({ min: 0, max: 2 }),
  themes: fc.uniqueArray(fc.integer({ min: 0, max: SIZES.themes - 1 }), { maxLength: 3 }),
});
const filter = fc.record({
  theme: fc.integer({ min: -1, max: SIZES.themes - 1 }),
  department: fc.integer({ min: -1, max: SIZES.departments - 1 }),
  audienceBit: fc.constantFrom(0, 1, 2),
  online: fc.integer({ min: -1, max: 1 }),
  visits: fc.integer({ min: -1, max: 2 }),
});

test('counts per group as the rule counts per document, with few matches and with many', () => {
  fc.assert(
    fc.property(
      // Catalogues of a few kinds of service repeated (fewer groups than matches) or all
      // different (more groups than matches), and matches in an order of their own.
      fc.array(doc, { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 1, max: 60 }),
      fc.array(fc.nat(), { maxLength: 200 }),
      fc.array(filter, { minLength: 1, maxLength: 4 }),
      (kinds, size, picks, filters) => {
        const docs = Array.from({ length: size }, (_, i) => kinds[i % kinds.length]!);
        const groups = new FacetGroups(facetsOf(docs), SIZES);
        const matched = [...new Set(picks.map((p) => p % size))];
        // The same groups answer several selections in a row, as a server's do.
        for (const f of filters) {
          assert.deepEqual(
            plain(groups.select(Int32Array.from(matched), f)),
            naive(docs, matched, f),
          );
          assert.deepEqual(
            plain(groups.select(null, f)),
            naive(
              docs,
              docs.map((_, i) => i),
              f,
            ),
          );
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('services the filters and facets cannot tell apart share a group', () => {
  const a: Doc = { department: 1, audience: 1, online: 1, visits: 0, themes: [0, 2] };
  const b: Doc = { ...a, themes: [2, 0] };
  const groups = new FacetGroups(facetsOf([a, a, b, a, { ...a, visits: 1 }]), SIZES);
  assert.equal(groups.groups, 3);
});
