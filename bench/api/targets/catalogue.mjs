// The catalogue API over the large catalogue, beside json-server serving the same records:
// list, search and detail, with the acceptance targets the catalogue was built to.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chineseQueries, englishQueries, pinyinQueries } from '../../queries.mjs';
import {
  DEFAULT_LARGE_DB,
  PAGE_SIZE,
  catalogueRequests,
  largeCatalogue,
  shown,
} from '../large-catalogue.mjs';
import { HOST, nodeServer, portalServer, root } from '../servers.mjs';

const jsonServerVersion = () => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules/json-server/package.json'), 'utf8'))
      .version;
  } catch {
    return 'unknown';
  }
};

/**
 * @param {{ largeDb?: string }} options
 * @returns {import('./index.mjs').GroupDefinition}
 */
export function catalogueGroup({ largeDb = DEFAULT_LARGE_DB } = {}) {
  const catalogue = largeCatalogue(resolve(root, largeDb));
  const unavailable = () => {
    if (!existsSync(join(root, 'mock-backend/src/routes/catalogue.ts'))) {
      return 'mock-backend/src/routes/catalogue.ts does not exist yet';
    }
    return catalogue.unavailable();
  };

  const portal = portalServer({
    name: 'portal mock backend',
    group: 'catalogue',
    // A copy, so the server's WAL files and any migration leave the seeded file as it was.
    prepare: (scratch) => {
      copyFileSync(catalogue.file, join(scratch, 'large.db'));
      mkdirSync(join(scratch, 'static'));
    },
    env: (_port, scratch) => ({
      PORTAL_DB: join(scratch, 'large.db'),
      STATIC_DIR: join(scratch, 'static'),
    }),
    readyPath: '/api/services?pageSize=1',
    unavailable,
    requests: catalogueRequests(catalogue, {
      list: (page) => `/api/services?page=${page}`,
      search: (query) => `/api/services?q=${query}`,
      detail: (code) => `/api/services/${code}`,
    }),
    countResults: async (baseUrl, query) => {
      const response = await fetch(`${baseUrl}/api/services?q=${encodeURIComponent(query)}`);
      if (!response.ok) throw new Error(`portal search "${query}" answered ${response.status}`);
      return (await response.json()).total;
    },
  });

  const jsonServer = nodeServer({
    name: `json-server ${jsonServerVersion()}`,
    group: 'catalogue',
    baseline: true,
    args: (port, scratch) => [
      'node_modules/json-server/lib/cli/bin.js',
      '--host',
      HOST,
      '--port',
      String(port),
      '--read-only',
      '--quiet',
      '--static',
      join(scratch, 'static'),
      join(scratch, 'db.json'),
    ],
    // The same records the portal serves, keyed by code as json-server's id.
    prepare: (scratch) => {
      mkdirSync(join(scratch, 'static'));
      const services = catalogue
        .load()
        .services.map((service) => ({ id: service.code, ...service }));
      writeFileSync(join(scratch, 'db.json'), JSON.stringify({ services }));
    },
    readyPath: '/services?_limit=1',
    unavailable,
    requests: catalogueRequests(catalogue, {
      list: (page) => `/services?_limit=${PAGE_SIZE}&_page=${page}`,
      search: (query) => `/services?_limit=${PAGE_SIZE}&q=${query}`,
      detail: (code) => `/services/${code}`,
    }),
    countResults: async (baseUrl, query) => {
      const response = await fetch(
        `${baseUrl}/services?_limit=${PAGE_SIZE}&q=${encodeURIComponent(query)}`,
      );
      if (!response.ok)
        throw new Error(`json-server search "${query}" answered ${response.status}`);
      return Number(response.headers.get('x-total-count'));
    },
  });

  return {
    name: 'catalogue',
    group: {
      // The cheapest request the portal has shows how far this client can push any server here.
      reference: { group: 'api', set: 'GET /api/health' },
      querySets: [
        { label: 'Chinese', queries: chineseQueries },
        { label: 'English', queries: englishQueries },
        { label: 'pinyin', queries: pinyinQueries },
      ],
      acceptance: [
        { connections: 10, maxP99: 10 },
        { connections: 50, minRatio: 10, maxP99: 50 },
      ],
      intro: () => {
        const { services } = catalogue.load();
        return `${services.length.toLocaleString('en')} services from \`${shown(catalogue.file)}\`, the same records in both servers.`;
      },
    },
    targets: [portal, jsonServer],
  };
}
