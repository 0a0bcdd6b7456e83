// Throughput and latency of the mock backend's HTTP API under load, with autocannon.
//
//   node bench/api.mjs [--duration 10] [--large-db .data/large-catalogue.db]
//
// Each target is a server this script starts on 127.0.0.1 (its own process, stopped by its
// PID) and a list of request sets; each set rotates through its paths so one URL's cache
// does not flatter the figures. Targets belong to a group, and each group is one section of
// docs/benchmarks.md; a group's servers are up together and take turns scenario by scenario.
// A group with a baseline (json-server) shows every other target beside it, scenario by
// scenario, with the ratio, and checks its acceptance targets.
//
// The catalogue group needs the large catalogue: `npm run seed:large -- --services 10000`.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { chineseQueries, englishQueries, interleavedQueries, pinyinQueries } from './queries.mjs';

const root = resolve(import.meta.dirname, '..');
const HOST = '127.0.0.1';
/** The port range set aside for benchmarks, clear of the dev servers (3000, 4200) and tests. */
const PORTS = { from: 23000, to: 23999 };
const CONNECTIONS = [10, 50];
export const DEFAULT_LARGE_DB = '.data/large-catalogue.db';
const PAGE_SIZE = 20;
/** How many distinct guides the detail requests rotate through. */
const DETAIL_CODES = 1000;

/**
 * @typedef {{ name: string, paths: string[], scenario?: string, description?: string }} RequestSet
 * @typedef {{ label: string, queries: string[] }} QuerySet
 * @typedef {{ name: string, group: string, start: (port: number) => Promise<void>,
 *   stop: () => Promise<void>, requests: RequestSet[], readyPath: string, baseline?: boolean,
 *   unavailable?: () => string | null,
 *   countResults?: (baseUrl: string, query: string) => Promise<number>,
 *   pid?: () => number | undefined }} Target
 * @typedef {{ connections: number, maxP99?: number, minRatio?: number }} Acceptance
 * @typedef {{ intro?: string | (() => string), querySets?: QuerySet[],
 *   acceptance?: Acceptance[], reference?: { group: string, set: string } }} Group
 */

/** A free port in the benchmark range. */
export async function freePort() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = PORTS.from + Math.floor(Math.random() * (PORTS.to - PORTS.from + 1));
    const free = await new Promise((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, HOST, () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${PORTS.from}-${PORTS.to}`);
}

/** Polls until the server answers `path` with a 2xx, or gives up. */
async function waitUntilReady(url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * A Node server started as its own process and stopped by its PID.
 * @param {{ name: string, group: string, args: (port: number, scratch: string) => string[],
 *   env?: (port: number, scratch: string) => Record<string, string>, readyPath: string,
 *   prepare?: (scratch: string) => void, requests: RequestSet[] | (() => RequestSet[]),
 *   unavailable?: () => string | null, baseline?: boolean,
 *   countResults?: (baseUrl: string, query: string) => Promise<number> }} spec
 * @returns {Target}
 */
export function nodeServer(spec) {
  let child = null;
  let scratch = null;
  return {
    name: spec.name,
    group: spec.group,
    baseline: spec.baseline,
    readyPath: spec.readyPath,
    get requests() {
      return typeof spec.requests === 'function' ? spec.requests() : spec.requests;
    },
    unavailable: spec.unavailable,
    countResults: spec.countResults,
    pid: () => child?.pid,
    async start(port) {
      scratch = mkdtempSync(join(tmpdir(), 'portal-bench-api-'));
      let output = '';
      try {
        spec.prepare?.(scratch);
        child = spawn(process.execPath, spec.args(port, scratch), {
          cwd: root,
          env: { ...process.env, ...spec.env?.(port, scratch) },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        await waitUntilReady(`http://${HOST}:${port}${spec.readyPath}`, child);
      } catch (error) {
        await this.stop();
        throw new Error(`${spec.name}: ${error.message}\n${output.slice(-2000)}`);
      }
    },
    async stop() {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        process.kill(child.pid, 'SIGTERM');
        const force = setTimeout(
          () => child.exitCode === null && process.kill(child.pid, 'SIGKILL'),
          5_000,
        );
        await exited;
        clearTimeout(force);
      }
      child = null;
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      scratch = null;
    },
  };
}

/** A path as short as it can be said: from the repository root when it lies inside it. */
function shown(file) {
  const path = relative(root, file);
  return path.startsWith('..') || isAbsolute(path) ? file : path;
}

/** What the catalogue targets share: the large catalogue, read once from its database. */
function largeCatalogue(file) {
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

/** Request sets over the large catalogue; the same pages, queries and codes for every server. */
function catalogueRequests(catalogue, paths) {
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
 * @returns {{ groups: Record<string, Group>, targets: Target[] }}
 */
export function createTargets({ largeDb = DEFAULT_LARGE_DB } = {}) {
  const catalogue = largeCatalogue(resolve(root, largeDb));
  const catalogueUnavailable = () => {
    if (!existsSync(join(root, 'mock-backend/src/routes/catalogue.ts'))) {
      return 'mock-backend/src/routes/catalogue.ts does not exist yet';
    }
    return catalogue.unavailable();
  };
  // Built on first use, once the catalogue is known to be there.
  const lazyRequests = (paths) => {
    let sets;
    return () => (sets ??= catalogueRequests(catalogue, paths));
  };
  const portalRequests = lazyRequests({
    list: (page) => `/api/services?page=${page}`,
    search: (query) => `/api/services?q=${query}`,
    detail: (code) => `/api/services/${code}`,
  });
  const jsonServerRequests = lazyRequests({
    list: (page) => `/services?_limit=${PAGE_SIZE}&_page=${page}`,
    search: (query) => `/services?_limit=${PAGE_SIZE}&q=${query}`,
    detail: (code) => `/services/${code}`,
  });

  const portal = nodeServer({
    name: 'portal mock backend',
    group: 'catalogue',
    args: () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
    // A copy, so the server's WAL files and any migration leave the seeded file as it was.
    prepare: (scratch) => {
      copyFileSync(catalogue.file, join(scratch, 'large.db'));
      mkdirSync(join(scratch, 'static'));
    },
    env: (port, scratch) => ({
      PORT: String(port),
      HOST,
      PORTAL_DB: join(scratch, 'large.db'),
      STATIC_DIR: join(scratch, 'static'),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '0',
    }),
    readyPath: '/api/services?pageSize=1',
    unavailable: catalogueUnavailable,
    requests: portalRequests,
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
    unavailable: catalogueUnavailable,
    requests: jsonServerRequests,
    countResults: async (baseUrl, query) => {
      const response = await fetch(
        `${baseUrl}/services?_limit=${PAGE_SIZE}&q=${encodeURIComponent(query)}`,
      );
      if (!response.ok)
        throw new Error(`json-server search "${query}" answered ${response.status}`);
      return Number(response.headers.get('x-total-count'));
    },
  });

  /** @type {Target[]} */
  const targets = [
    nodeServer({
      name: 'mock backend (fastify + SQLite)',
      group: 'api',
      args: () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
      env: (port, scratch) => ({
        PORT: String(port),
        HOST,
        PORTAL_DB: join(scratch, 'portal.db'),
        LOG_LEVEL: 'silent',
        RATE_LIMIT_MAX: '0',
      }),
      readyPath: '/api/health',
      requests: [{ name: 'GET /api/health', paths: ['/api/health'] }],
    }),
    portal,
    jsonServer,
  ];

  /** @type {Record<string, Group>} */
  const groups = {
    api: {},
    catalogue: {
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
  };
  return { groups, targets };
}

/** Targets of the run in progress, for stopAllTargets. */
let running = [];

/** Stops every target still running, for an interrupted run. */
export async function stopAllTargets() {
  await Promise.all(running.map((target) => target.stop()));
}

/** One autocannon run; resolves with the figures the report shows. */
async function load(url, paths, connections, duration) {
  const result = await autocannon({
    url,
    connections,
    duration,
    // autocannon cycles through these on every connection.
    requests: paths.map((path) => ({ method: 'GET', path })),
    // A slow server's answers still count: a request given up on is work it does for nothing.
    timeout: 60,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/**
 * Waits until the server has worked off what the last run left queued (a slow server is still
 * answering requests autocannon gave up on), so the next run does not pay for the last one.
 */
async function settle(url, log) {
  const started = Date.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(600_000) });
  await response.arrayBuffer();
  const waited = Date.now() - started;
  if (waited > 1000) log(`api: waited ${(waited / 1000).toFixed(1)} s for the server to catch up`);
}

/** How many queries of each set find something, and the count for one telling query. */
async function countSearches(target, baseUrl, querySets, log) {
  const found = {};
  for (const set of querySets) {
    let hits = 0;
    for (const query of set.queries) if ((await target.countResults(baseUrl, query)) > 0) hits++;
    found[set.label] = hits;
  }
  const passport = await target.countResults(baseUrl, 'passport');
  log(
    `api: ${target.name} finds "passport" in ${passport} services; queries with results: ` +
      querySets.map((set) => `${set.label} ${found[set.label]}/${set.queries.length}`).join(', '),
  );
  return { found, passport };
}

const ratio = (value) =>
  Number.isFinite(value) ? `${value.toFixed(1)}×` : value === Infinity ? '∞' : '—';
/** Latency of a row that completed no request is unknown, not zero. */
const latency = (row, value) => (row.total > 0 ? String(value) : '—');

function plainTable(rows, duration) {
  return [
    `autocannon, ${duration} s per row, on 127.0.0.1. Latency in milliseconds at autocannon's 1 ms resolution (0 means under 1 ms).`,
    '',
    '| server | requests | connections | req/s | p50 | p99 | errors | non-2xx |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (row) =>
        `| ${row.target} | ${row.set} | ${row.connections} | ${Math.round(row.requestsPerSecond)} | ` +
        `${latency(row, row.p50)} | ${latency(row, row.p99)} | ${row.errors} | ${row.non2xx} |`,
    ),
  ];
}

/** Scenario tables with the ratio to the baseline, the correctness check and the verdict. */
function comparisonTables(group, rows, checks, baselineName, duration, allRows) {
  const lines = [
    `autocannon, ${duration} s per row, on 127.0.0.1, each connection cycling through the scenario's requests. ` +
      `Latency in milliseconds at autocannon's 1 ms resolution (0 means under 1 ms). ` +
      `The last column is the server's req/s divided by ${baselineName}'s in the same scenario and connections.`,
  ];
  const intro = typeof group.intro === 'function' ? group.intro() : group.intro;
  if (intro) lines.push('', intro);
  const reference = allRows.filter(
    (row) => row.group === group.reference?.group && row.set === group.reference?.set,
  );
  if (reference.length) {
    lines.push(
      '',
      `For scale, \`${group.reference.set}\` (no work at all) in the same run: ` +
        reference
          .map(
            (row) => `${Math.round(row.requestsPerSecond)} req/s at ${row.connections} connections`,
          )
          .join(', ') +
        ': about the most autocannon can drive against any server on this machine, since it shares the cores.',
    );
  }

  if (group.querySets && Object.keys(checks).length) {
    const servers = Object.keys(checks);
    lines.push(
      '',
      'Searches that find something, checked once per run before the load (each query alone, first page):',
      '',
      `| queries | ${servers.join(' | ')} |`,
      `|---|${servers.map(() => '--:').join('|')}|`,
      ...group.querySets.map(
        (set) =>
          `| ${set.label} (${set.queries.length}) | ` +
          `${servers.map((server) => `${checks[server].found[set.label]} find results`).join(' | ')} |`,
      ),
      `| "passport": services found | ${servers.map((server) => checks[server].passport).join(' | ')} |`,
    );
  }

  const scenarios = [...new Set(rows.map((row) => row.scenario))];
  const verdicts = [];
  for (const scenario of scenarios) {
    const inScenario = rows.filter((row) => row.scenario === scenario);
    const description = inScenario.find((row) => row.description)?.description ?? scenario;
    lines.push(
      '',
      `**${description}**`,
      '',
      `| connections | server | request | req/s | p50 | p99 | errors | non-2xx | req/s ÷ ${baselineName} |`,
      '|--:|---|---|--:|--:|--:|--:|--:|--:|',
    );
    for (const connections of CONNECTIONS) {
      const base = inScenario.find((row) => row.baseline && row.connections === connections);
      for (const row of inScenario.filter((r) => r.connections === connections)) {
        const share = !row.baseline && base ? row.requestsPerSecond / base.requestsPerSecond : NaN;
        lines.push(
          `| ${connections} | ${row.target} | \`${row.set}\` | ${Math.round(row.requestsPerSecond)} | ` +
            `${latency(row, row.p50)} | ${latency(row, row.p99)} | ${row.errors} | ${row.non2xx} | ${row.baseline ? '—' : ratio(share)} |`,
        );
        if (row.baseline || !group.acceptance) continue;
        for (const target of group.acceptance.filter((a) => a.connections === connections)) {
          const failures = [];
          if (target.maxP99 !== undefined && row.p99 > target.maxP99) {
            failures.push(`p99 ${row.p99} ms > ${target.maxP99} ms`);
          }
          if (target.minRatio !== undefined && !(share >= target.minRatio)) {
            failures.push(`${ratio(share)} < ${target.minRatio}× ${baselineName}`);
          }
          if (row.errors > 0 || row.non2xx > 0) {
            failures.push(`${row.errors} errors and ${row.non2xx} non-2xx answers`);
          }
          verdicts.push({ scenario, connections, failures });
        }
      }
    }
  }

  if (group.acceptance) {
    const stated = group.acceptance
      .map((a) =>
        [
          `at ${a.connections} connections`,
          a.minRatio !== undefined ? `at least ${a.minRatio}× ${baselineName}'s req/s` : null,
          a.maxP99 !== undefined ? `p99 ≤ ${a.maxP99} ms` : null,
        ]
          .filter(Boolean)
          .join(', '),
      )
      .join('; ');
    const missed = verdicts.filter((v) => v.failures.length);
    lines.push(
      '',
      `Acceptance targets, in every scenario and with no errors: ${stated}. ` +
        (verdicts.length === 0
          ? 'Not assessed: no rows.'
          : missed.length === 0
            ? `**This run met them** (${verdicts.length} of ${verdicts.length} checks).`
            : `**This run missed ${missed.length} of ${verdicts.length}:** ` +
              missed
                .map(
                  (v) => `${v.scenario} at ${v.connections} connections (${v.failures.join('; ')})`,
                )
                .join(', ') +
              '.'),
    );
  }
  return lines;
}

/**
 * @param {{ duration?: number, largeDb?: string, log?: (line: string) => void }} options
 * @returns {Promise<{ name: string, measured: boolean, markdown: string }[]>} one markdown
 *   section per group, named as its markers in docs/benchmarks.md
 */
export async function runApiBench({ duration = 10, largeDb, log = console.log } = {}) {
  const { groups, targets } = createTargets({ largeDb });
  running = targets;
  const rows = [];
  const skipped = {};
  const checks = {};
  try {
    for (const [name, group] of Object.entries(groups)) {
      const members = [];
      for (const target of targets.filter((t) => t.group === name)) {
        const reason = target.unavailable?.();
        if (reason) (skipped[name] ??= []).push(`${target.name}: not run, ${reason}`);
        else members.push(target);
      }
      // A group's servers are all up at once (an idle one costs nothing) and take turns,
      // scenario by scenario, so a change in the machine's load hits them alike.
      const urls = new Map();
      for (const target of members) {
        const port = await freePort();
        log(`api: starting ${target.name} on ${HOST}:${port}`);
        await target.start(port);
        log(`api: ${target.name} is ready, PID ${target.pid?.()}`);
        urls.set(target, `http://${HOST}:${port}`);
      }
      for (const target of members) {
        if (target.countResults && group.querySets) {
          (checks[name] ??= {})[target.name] = await countSearches(
            target,
            urls.get(target),
            group.querySets,
            log,
          );
        }
      }
      const scenarios = [
        ...new Set(members.flatMap((t) => t.requests.map((set) => set.scenario ?? set.name))),
      ];
      for (const scenario of scenarios) {
        for (const connections of CONNECTIONS) {
          for (const target of members) {
            const set = target.requests.find((r) => (r.scenario ?? r.name) === scenario);
            if (!set) continue;
            const baseUrl = urls.get(target);
            log(`api: ${target.name}, ${set.name}, ${connections} connections, ${duration} s`);
            const figures = await load(baseUrl, set.paths, connections, duration);
            await settle(`${baseUrl}${target.readyPath}`, log);
            rows.push({
              group: name,
              target: target.name,
              baseline: Boolean(target.baseline),
              set: set.name,
              scenario,
              description: set.description,
              connections,
              ...figures,
            });
          }
        }
      }
      for (const target of members) {
        await target.stop();
        log(`api: stopped ${target.name}`);
      }
    }
  } finally {
    await stopAllTargets();
    running = [];
  }

  return Object.entries(groups).map(([name, group]) => {
    const groupRows = rows.filter((row) => row.group === name);
    const notes = (skipped[name] ?? []).map((line) => `- ${line}`);
    if (groupRows.length === 0) {
      return { name, measured: false, markdown: ['Not run yet:', ...notes].join('\n') };
    }
    const baseline = targets.find((target) => target.group === name && target.baseline);
    const lines =
      baseline && groupRows.some((row) => row.baseline)
        ? comparisonTables(group, groupRows, checks[name] ?? {}, baseline.name, duration, rows)
        : plainTable(groupRows, duration);
    if (notes.length) lines.push('', ...notes);
    return { name, measured: true, markdown: lines.join('\n') };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      'large-db': { type: 'string', default: DEFAULT_LARGE_DB },
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => stopAllTargets().finally(() => process.exit(130)));
  }
  const sections = await runApiBench({
    duration: Number(values.duration),
    largeDb: values['large-db'],
  });
  for (const section of sections) console.log(`\n## ${section.name}\n${section.markdown}`);
}
