// The staff review queue under load, with autocannon (`npm run bench -- --only staff-queue`):
// a database from `npm run seed:large -- --submissions 100000` (100,000 submissions and 100,000
// ratings over the large catalogue, with the demo staff accounts), one sign-in through the API
// per account, then the queue's common filters at 10 connections: overdue items of one
// department, a text search, and one service's items. Beside it, json-server 0.17.4 answering
// the same filters over the same rows exported to its db.json (no sign-in, no counts per status:
// what a team would otherwise mock the queue with). Servers run as their own processes on
// 127.0.0.1 and are stopped by their PIDs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';
import { jsonServer as jsonServerOf, loadTestEnv, nodeServer } from './api/servers.mjs';
import { DEMO_PASSWORD } from '../mock-backend/src/seed/staff.ts';

const HOST = '127.0.0.1';
const SUBMISSIONS = 100_000;
export const CONNECTIONS = 10;
const root = resolve(import.meta.dirname, '..');
/**
 * What citizens wrote often enough to make a search return a full page: a phrase of 3 or more
 * characters, which the trigram index (migration 008) serves, and a two-character word, which is
 * too short for trigrams and reads the department's items.
 */
const SEARCH = '窗口排队';
const SHORT_SEARCH = '排队';

/** Writes the benchmark database with the project's own script, as a reader would. */
export function seedLarge(file) {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'mock-backend/src/seed/seed-large.ts',
      '--submissions',
      String(SUBMISSIONS),
      '--out',
      file,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
}

/** The queue's rows as json-server would hold them, and the facts the scenarios need. */
function describeDatabase(file, today) {
  const db = new Database(file, { readonly: true });
  try {
    const items = db
      .prepare(
        `SELECT id, kind, status, level, service_code AS service, hall_id AS hall,
           department_id AS department, received_at AS receivedAt, answer_by AS answerBy,
           text AS whatHappened, wanted
         FROM review_items WHERE answer_by IS NOT NULL`,
      )
      .all();
    const service = db
      .prepare(
        `SELECT service_code AS code FROM review_items WHERE department_id = 'gjj'
         GROUP BY service_code ORDER BY count(*) DESC LIMIT 1`,
      )
      .get().code;
    const overdue = items.filter(
      (item) =>
        item.department === 'gjj' &&
        ['received', 'in-review', 'reopened'].includes(item.status) &&
        item.answerBy < today,
    ).length;
    return { items, service, overdue };
  } finally {
    db.close();
  }
}

/** Signs in through the API as the SPA does: XSRF cookie from GET, then POST with the header (also for csv-export.mjs). */
export async function signIn(url, userName) {
  const first = await fetch(`${url}/api/staff/session`);
  const cookies = new Map(
    first.headers
      .getSetCookie()
      .map((line) => line.split(';', 1)[0].split('='))
      .map(([name, ...value]) => [name, value.join('=')]),
  );
  const jar = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${url}/api/staff/session`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: jar(),
      'x-xsrf-token': cookies.get('XSRF-TOKEN') ?? '',
    },
    body: JSON.stringify({ userName, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${userName}: ${response.status}`);
  for (const line of response.headers.getSetCookie()) {
    const [name, ...value] = line.split(';', 1)[0].split('=');
    cookies.set(name, value.join('='));
  }
  return { cookie: jar() };
}

/** One autocannon run of `request` at 10 connections; the figures the tables show. */
export async function loadRequest(url, request, duration) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    timeout: 60,
    requests: [request],
  });
  return {
    perSecond: result['2xx'] / duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function load(url, path, headers) {
  return loadRequest(url, { method: 'GET', path, headers }, load.duration);
}

/**
 * @param {{ duration?: number, log?: (line: string) => void, database?: string }} options
 *   `database`: a file `seed:large --submissions 100000` wrote before, copied instead of seeding
 *   anew (which takes minutes on a busy machine); its dates follow the day it was written.
 */
export async function runStaffQueueBench({ duration = 10, log = console.log, database } = {}) {
  load.duration = duration;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  let facts = { items: [], service: '', overdue: 0 };
  const portal = nodeServer({
    name: 'portal mock backend',
    group: 'staff-queue',
    args: () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
    prepare: (scratch) => {
      mkdirSync(join(scratch, 'static'));
      const started = performance.now();
      if (database) copyFileSync(database, join(scratch, 'portal.db'));
      else seedLarge(join(scratch, 'portal.db'));
      log(
        `staff-queue: ${database ? `copied ${database}` : 'seed:large wrote the database'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      facts = describeDatabase(join(scratch, 'portal.db'), today);
    },
    env: (port, scratch) => loadTestEnv(port, scratch),
    readyPath: '/api/health',
    requests: [],
  });
  const jsonServer = jsonServerOf({
    group: 'staff-queue',
    data: () => ({ items: facts.items }),
    readyPath: '/items?_limit=1',
  });

  const q = encodeURIComponent(SEARCH);
  const short = encodeURIComponent(SHORT_SEARCH);
  // The first three are the common filters the target is for.
  const scenarios = [
    ['overdue in one department (gjj supervisor)', 'zhao.lei', '/api/staff/items?due=overdue'],
    [
      `text search “${SEARCH}”, one department (gjj supervisor)`,
      'zhao.lei',
      `/api/staff/items?q=${q}`,
    ],
    ['one service (gjj supervisor)', 'zhao.lei', () => `/api/staff/items?service=${facts.service}`],
    [
      `text search “${SHORT_SEARCH}” (2 characters), one department (gjj supervisor)`,
      'zhao.lei',
      `/api/staff/items?q=${short}`,
    ],
    [`text search “${SEARCH}”, every department (admin)`, 'admin', `/api/staff/items?q=${q}`],
  ];
  const baselinePaths = [
    `/items?department=gjj&answerBy_lt=${today}&status_ne=replied&status_ne=closed&_sort=answerBy&_limit=20`,
    `/items?department=gjj&q=${q}&_sort=answerBy&_limit=20`,
    () => `/items?service=${facts.service}&_sort=answerBy&_limit=20`,
    `/items?department=gjj&q=${short}&_sort=answerBy&_limit=20`,
    `/items?q=${q}&_sort=answerBy&_limit=20`,
  ];

  const rows = [];
  let port = await freePort(PORT_RANGES.bench);
  await portal.start(port);
  try {
    const url = `http://${HOST}:${port}`;
    const sessions = {
      'zhao.lei': await signIn(url, 'zhao.lei'),
      admin: await signIn(url, 'admin'),
    };
    log(
      `staff-queue: ${facts.items.length} queue items; ${facts.overdue} overdue in gjj; service ${facts.service}`,
    );
    for (const [scenario, who, pathOf] of scenarios) {
      const path = typeof pathOf === 'function' ? pathOf() : pathOf;
      const check = await fetch(`${url}${path}`, { headers: sessions[who] });
      if (check.status !== 200) throw new Error(`${path}: ${check.status}`);
      const { total } = await check.json();
      const figures = await load(url, path, sessions[who]);
      log(`staff-queue: portal, ${scenario}: ${JSON.stringify({ total, ...figures })}`);
      rows.push({ target: 'portal mock backend', scenario, matched: total, ...figures });
    }
  } finally {
    await portal.stop();
  }

  port = await freePort(PORT_RANGES.bench);
  await jsonServer.start(port);
  try {
    const url = `http://${HOST}:${port}`;
    for (const [index, [scenario]] of scenarios.entries()) {
      const pathOf = baselinePaths[index];
      const path = typeof pathOf === 'function' ? pathOf() : pathOf;
      const check = await fetch(`${url}${path}`);
      const matched = Number(check.headers.get('x-total-count') ?? NaN);
      const figures = await load(url, path, {});
      log(`staff-queue: json-server, ${scenario}: ${JSON.stringify({ matched, ...figures })}`);
      rows.push({ target: 'json-server 0.17.4', scenario, matched, ...figures });
    }
  } finally {
    await jsonServer.stop();
  }

  const ms = (value, row) => (row.total > 0 ? String(value) : '—');
  const portalRows = rows.filter((row) => row.target === 'portal mock backend').slice(0, 3);
  const worst = Math.max(...portalRows.map((row) => row.p99));
  return [
    `autocannon, ${duration} s per row, ${CONNECTIONS} connections, on 127.0.0.1, over a database from \`npm run seed:large -- --submissions ${SUBMISSIONS.toLocaleString('en')}\` (${SUBMISSIONS.toLocaleString('en')} submissions and as many ratings over the large catalogue: ${facts.items.length.toLocaleString('en')} queue items, the rest are ratings above 基本满意). The portal signs in once per account through \`POST /api/staff/session\` and answers each request with the first page (20 items), the total and the counts per status; json-server 0.17.4 gets the same rows exported to its db.json and the nearest query it understands (filters, \`q\`, \`_sort\`, \`_limit\`; no sign-in, no counts). Latency in milliseconds at autocannon's 1 ms resolution. Matched: the items the filter selects.`,
    '',
    '| server | scenario | matched | requests/s | p50 | p99 | non-2xx | errors |',
    '| --- | --- | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (row) =>
        `| ${row.target} | ${row.scenario} | ${Number.isFinite(row.matched) ? row.matched : '?'} | ${row.perSecond.toFixed(0)} | ${ms(row.p50, row)} | ${ms(row.p99, row)} | ${row.non2xx} | ${row.errors} |`,
    ),
    '',
    `The three common filters of one department: worst p99 ${worst} ms (target ≤ 20 ms: ${worst <= 20 ? 'met' : 'not met'}).`,
  ].join('\n');
}
