// The large catalogue (`npm run seed:large -- --services 10000`) as the catalogue benchmarks
// use it: whether it can be measured, its records read once, and the requests spread over it.
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { chineseQueries, englishQueries, interleavedQueries, pinyinQueries } from '../queries.mjs';
import { root } from './servers.mjs';

export const DEFAULT_LARGE_DB = '.data/large-catalogue.db';
export const PAGE_SIZE = 20;
/** How many distinct guides the detail requests rotate through. */
const DETAIL_CODES = 1000;

/** A path as short as it can be said: from the repository root when it lies inside it. */
export function shown(file) {
  const path = relative(root, file);
  return path.startsWith('..') || isAbsolute(path) ? file : path;
}

/** What the catalogue targets share: the large catalogue, read once from its database. */
export function largeCatalogue(file) {
  const migrationsDir = join(root, 'mock-backend/src/store/migrations');
  let cached;
  /** Why the catalogue cannot be measured, or null when it can. */
  const unavailable = () => {
    if (!existsSync(file)) {
      return `${shown(file)} does not exist; run \`npm run seed:large -- --services 10000\` first`;
    }
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const version =
        db.prepare('SELECT max(version) AS version FROM schema_migrations').get()?.version ?? 0;
      const known = readdirSync(migrationsDir).filter((name) => name.endsWith('.sql')).length;
      // The server would migrate an older file without seeding what the new schema adds.
      if (version < known) {
        return `${shown(file)} has schema version ${version}, the code ${known}; run \`npm run seed:large\` again`;
      }
    } finally {
      db.close();
    }
    return null;
  };
  const load = () => {
    if (cached) return cached;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      // In code order: the order json-server keeps and the detail codes are spread over.
      const services = db
        .prepare('SELECT data FROM services ORDER BY code')
        .all()
        .map((row) => JSON.parse(row.data));
      cached = { services, codes: services.map((service) => service.code) };
      return cached;
    } finally {
      db.close();
    }
  };
  return { file, unavailable, load };
}

/** Every n-th item, so a rotation covers the whole range rather than its start. */
function spread(items, count) {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)]);
}

/**
 * Request sets over the large catalogue; the same pages, queries and codes for every server.
 * Built on first use, once the catalogue is known to be there.
 * @param {ReturnType<typeof largeCatalogue>} catalogue
 * @param {{ list: (page: number) => string, search: (query: string) => string,
 *   detail: (code: string) => string }} paths
 * @returns {() => import('./servers.mjs').RequestSet[]}
 */
export function catalogueRequests(catalogue, paths) {
  let sets;
  return () => (sets ??= buildCatalogueRequests(catalogue, paths));
}

function buildCatalogueRequests(catalogue, paths) {
  const { codes } = catalogue.load();
  const pages = Array.from(
    { length: Math.max(1, Math.ceil(codes.length / PAGE_SIZE)) },
    (_, index) => index + 1,
  );
  const queries = interleavedQueries();
  const details = spread(codes, DETAIL_CODES);
  return [
    {
      scenario: 'list',
      description: `List: ${PAGE_SIZE} services a page, rotating through all ${pages.length} pages`,
      name: paths.list(1).replace(/1$/, 'N'),
      paths: pages.map(paths.list),
    },
    {
      scenario: 'search',
      description:
        `Search: rotating through ${queries.length} queries (${chineseQueries.length} Chinese, ` +
        `${englishQueries.length} English, ${pinyinQueries.length} pinyin), first page of ${PAGE_SIZE}`,
      name: paths.search('…'),
      paths: queries.map((query) => paths.search(encodeURIComponent(query))),
    },
    {
      scenario: 'detail',
      description: `Detail: one service guide, rotating through ${details.length} codes spread over the catalogue`,
      name: paths.detail('<code>'),
      paths: details.map(paths.detail),
    },
  ];
}
