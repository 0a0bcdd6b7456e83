// The queries whose first page on the 10,000-service catalogue must stay the same whenever the
// index is rebuilt in another shape: every benchmark query and a few hundred generated from the
// real seed's words, some with filters and other sorts. `record-search-regression.ts` writes the
// answers to test-fixtures/search-regression-10000.json; search-regression.test.ts compares.
import type { ServiceSearchQuery, ServiceSearchResult } from '../../../contract/catalogue.ts';
import { catalogueSeed } from '../../src/seed/catalogue/index.ts';
import { prng } from '../../src/seed/large-catalogue.ts';
// @ts-expect-error: the benchmark's query lists are a plain ES module without types.
import { interleavedQueries } from '../../../bench/queries.mjs';

export const REGRESSION_SERVICES = 10_000;
export const REGRESSION_FIXTURE = new URL(
  '../../../test-fixtures/search-regression-10000.json',
  import.meta.url,
);

/** One query's first page as compared: codes in order, the total and every facet count. */
export interface RecordedAnswer {
  query: ServiceSearchQuery;
  codes: string[];
  total: number;
  facets: string;
}

export function answerOf(query: ServiceSearchQuery, result: ServiceSearchResult): RecordedAnswer {
  const facet = (counts: readonly { value: string; count: number }[]) =>
    counts.map(({ value, count }) => `${value}:${count}`).join(',');
  return {
    query,
    codes: result.items.map((s) => s.code),
    total: result.total,
    facets: [result.facets.theme, result.facets.department, result.facets.audience]
      .map(facet)
      .join('|'),
  };
}

/** The benchmark's queries, then generated ones: stretches of names, keywords, English words. */
export function regressionQueries(): ServiceSearchQuery[] {
  const random = prng(0x5ea2c4);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const services = catalogueSeed.services;
  const queries: ServiceSearchQuery[] = (interleavedQueries() as string[]).map((q) => ({ q }));
  for (let i = 0; i < 300; i++) {
    const guide = pick(services);
    const kind = i % 6;
    let q: string;
    if (kind === 0) {
      const name = [...guide.name.zh];
      const length = 2 + Math.floor(random() * 3);
      const start = Math.floor(random() * Math.max(1, name.length - length));
      q = name.slice(start, start + length).join('');
    } else if (kind === 1) q = pick(guide.keywords.zh);
    else if (kind === 2) q = pick(guide.name.en.split(/\W+/).filter((w) => w.length > 2));
    else if (kind === 3) q = `${pick(guide.keywords.zh)} ${pick(pick(services).keywords.zh)}`;
    else if (kind === 4) q = pick(guide.keywords.en);
    else q = `${pick(guide.keywords.zh)}${pick(pick(services).keywords.zh)}`;
    const query: ServiceSearchQuery = { q };
    if (i % 5 === 1) query.audience = pick(['individual', 'business'] as const);
    if (i % 7 === 2) query.theme = pick(guide.themeIds);
    if (i % 11 === 3) query.online = random() < 0.5;
    if (i % 13 === 4) query.sort = pick(['popular', 'name'] as const);
    if (i % 17 === 5) query.page = 2;
    queries.push(query);
  }
  return queries;
}
