// The supervisors' dashboard under load, with autocannon (`npm run bench -- --only dashboard`):
// a database from `npm run seed:large -- --catalogue normal --submissions 100000 --appointments
// 100000` (100,000 ratings, as many submissions and up to 100,000 appointments over the year up
// to today, over the demo catalogue and its halls, with the demo staff accounts), one sign-in
// through the API per account, then GET /api/staff/dashboard at 10 connections: a department's
// supervisor (the default 90 days), zwb's supervisor (the whole city, a year) and an admin (one
// department, a year). The answer is reused for a minute per department and period, so a last
// row asks for a new year-long period on every request: what summing costs when nothing is
// reused. The server runs as its own process on 127.0.0.1 and is stopped by its PID.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';
import { loadTestEnv, nodeServer } from './api/servers.mjs';
import { CONNECTIONS, loadRequest as load, signIn } from './staff-queue.mjs';

const RATINGS = 100_000;
const APPOINTMENTS = 100_000;
const TARGET_P99_MS = 50;
const root = resolve(import.meta.dirname, '..');

/** Writes the benchmark database with the project's own script, as a reader would. */
function seedLarge(file) {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'mock-backend/src/seed/seed-large.ts',
      '--catalogue',
      'normal',
      '--submissions',
      String(RATINGS),
      '--appointments',
      String(APPOINTMENTS),
      '--out',
      file,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
}

/** What the database holds, for the table's caption. */
function describeDatabase(file) {
  const db = new Database(file, { readonly: true });
  try {
    const count = (sql) => db.prepare(sql).pluck().get();
    return {
      ratings: count('SELECT count(*) FROM ratings'),
      appointments: count('SELECT count(*) FROM appointments'),
      cases: count('SELECT count(*) FROM feedback_cases'),
    };
  } finally {
    db.close();
  }
}

const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (date, n) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * @param {{ duration?: number, log?: (line: string) => void, database?: string }} options
 *   `database`: a file the seed:large command above wrote before, copied instead of seeding
 *   anew (a few minutes on a busy machine); its dates follow the day it was written.
 */
export async function runDashboardBench({ duration = 10, log = console.log, database } = {}) {
  const today = shanghaiToday();
  const yearAgo = addDays(today, -364);
  let facts = { ratings: 0, appointments: 0, cases: 0 };
  const portal = nodeServer({
    name: 'portal mock backend',
    group: 'dashboard',
    args: () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
    prepare: (scratch) => {
      mkdirSync(join(scratch, 'static'));
      const started = performance.now();
      if (database) copyFileSync(database, join(scratch, 'portal.db'));
      else seedLarge(join(scratch, 'portal.db'));
      log(
        `dashboard: ${database ? `copied ${database}` : 'seed:large wrote the database'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      facts = describeDatabase(join(scratch, 'portal.db'));
    },
    env: (port, scratch) => loadTestEnv(port, scratch),
    readyPath: '/api/health',
    requests: [],
  });

  const scenarios = [
    ['one department, 90 days by week (gjj supervisor)', 'zhao.lei', '/api/staff/dashboard'],
    [
      'the whole city, a year by month (zwb supervisor)',
      'wu.fang',
      `/api/staff/dashboard?from=${yearAgo}&to=${today}`,
    ],
    [
      'one department, a year by month (admin)',
      'admin',
      `/api/staff/dashboard?department=gjj&from=${yearAgo}&to=${today}`,
    ],
  ];

  const rows = [];
  const port = await freePort(PORT_RANGES.bench);
  await portal.start(port);
  try {
    const url = `http://127.0.0.1:${port}`;
    const sessions = {};
    for (const who of ['zhao.lei', 'wu.fang', 'admin']) sessions[who] = await signIn(url, who);
    log(`dashboard: ${JSON.stringify(facts)}`);
    for (const [scenario, who, path] of scenarios) {
      // The first request sums everything (nothing is reused yet): its time is the cold cost.
      const started = performance.now();
      const check = await fetch(`${url}${path}`, { headers: sessions[who] });
      const first = performance.now() - started;
      if (check.status !== 200) throw new Error(`${path}: ${check.status} ${await check.text()}`);
      await check.json();
      const figures = await load(url, { method: 'GET', path, headers: sessions[who] }, duration);
      log(`dashboard: ${scenario}: ${JSON.stringify({ first, ...figures })}`);
      rows.push({ scenario, first, ...figures });
    }
    // A new period on every request, so nothing is reused: each ends a day earlier.
    let shift = 0;
    const uncached = {
      method: 'GET',
      headers: sessions['wu.fang'],
      setupRequest: (request) => {
        shift += 1;
        const to = addDays(today, -(shift % 3000));
        return { ...request, path: `/api/staff/dashboard?from=${addDays(to, -364)}&to=${to}` };
      },
    };
    const figures = await load(url, uncached, duration);
    log(`dashboard: uncached: ${JSON.stringify(figures)}`);
    rows.push({
      scenario: 'the whole city, a year, a new period every request (nothing reused)',
      first: null,
      ...figures,
    });
  } finally {
    await portal.stop();
  }

  const cached = rows.slice(0, 3);
  const worst = Math.max(...cached.map((row) => row.p99));
  return [
    `autocannon, ${duration} s per row, ${CONNECTIONS} connections, on 127.0.0.1, over a database from \`npm run seed:large -- --catalogue normal --submissions ${RATINGS} --appointments ${APPOINTMENTS}\` (${facts.ratings.toLocaleString('en')} ratings, ${facts.cases.toLocaleString('en')} cases, ${facts.appointments.toLocaleString('en')} appointments over the year up to the day it was written). Each account signs in once through \`POST /api/staff/session\`. First request: the time of the first answer for that department and period, when every figure is summed (milliseconds, one request on an idle server). The answer is then reused for a minute, so the load runs of the first three rows read it from memory; the last row asks for a different year-long period every request, so every answer is summed. Latency in milliseconds at autocannon's 1 ms resolution.`,
    '',
    '| scenario | first request | requests/s | p50 | p99 | non-2xx | errors |',
    '| --- | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.first === null ? '—' : row.first.toFixed(0)} | ${row.perSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.non2xx} | ${row.errors} |`,
    ),
    '',
    `The three dashboards at 10 connections: worst p99 ${worst} ms (target ≤ ${TARGET_P99_MS} ms: ${worst <= TARGET_P99_MS ? 'met' : 'not met'}), with the minute's reuse; without it, p99 ${rows.at(-1).p99} ms.`,
  ].join('\n');
}
