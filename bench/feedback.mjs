// Feedback under load, with autocannon (`npm run bench -- --only feedback`):
// - durable submissions: complaints POSTed at 50 connections, each acknowledged only once it is
//   on disk (synchronous=FULL), beside json-server 0.17.4 taking the same POSTs;
// - the published results: one service's satisfaction figures, over 100,000 seeded ratings, at
//   10 connections (the guide page reads them), and the whole results table.
// Servers run as their own processes on 127.0.0.1 and are stopped by their PIDs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';
import { jsonServer as jsonServerOf, loadTestEnv, nodeServer } from './api/servers.mjs';
import { loadDeadlines } from '../mock-backend/src/feedback/deadlines.ts';
import { seed } from '../mock-backend/src/seed/index.ts';
import { seedFeedback } from '../mock-backend/src/seed/feedback.ts';
import { catalogueSeed } from '../mock-backend/src/seed/catalogue/index.ts';
import { openStore } from '../mock-backend/src/store/store.ts';

const HOST = '127.0.0.1';
const RATINGS = 100_000;
/** The instant the seeded server's clock starts at, so the seeded year is the one measured. */
const NOW = '2026-09-15T09:00:00+08:00';

/** A new complaint per request: repeats would be acknowledged once and never reach the disk. */
function submissionRequests(path) {
  let n = 0;
  return [
    {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          kind: 'complaint',
          whatHappened: `窗口排队太久，第 ${++n} 次反映。${process.pid}-${Date.now()}`,
          wanted: '高峰时段多开窗口',
          anonymous: false,
          name: '王女士',
          mobile: '13812345678',
          locale: 'zh-CN',
        }),
      }),
    },
  ];
}

/** Fills a new portal database with the demo seed and RATINGS ratings dated back from NOW. */
function seedRatings(file) {
  const deadlines = loadDeadlines();
  const store = openStore(file, {
    seed: (db) => {
      seed(db, { now: new Date(NOW), deadlines });
      seedFeedback(db, {
        now: new Date(NOW),
        services: catalogueSeed.services,
        halls: catalogueSeed.halls,
        deadlines,
        ratings: RATINGS,
        submissions: 0,
        seed: 100_000,
      });
    },
  });
  store.close();
  const db = new Database(file, { readonly: true });
  try {
    const count = db.prepare('SELECT count(*) AS n FROM ratings').get().n;
    const codes = db
      .prepare(
        'SELECT service_code AS code FROM ratings GROUP BY service_code ORDER BY count(*) DESC',
      )
      .all()
      .map((row) => row.code);
    return { count, codes };
  } finally {
    db.close();
  }
}

async function load(url, requests, connections, duration) {
  const result = await autocannon({ url, connections, duration, requests, timeout: 60 });
  return {
    perSecond: result['2xx'] / duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result['2xx'],
  };
}

export async function runFeedbackBench({ duration = 10, log = console.log } = {}) {
  let seeded = { count: 0, codes: [] };
  const portal = (name, withRatings) =>
    nodeServer({
      name,
      group: 'feedback',
      args: () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
      prepare: (scratch) => {
        mkdirSync(join(scratch, 'static'));
        if (withRatings) seeded = seedRatings(join(scratch, 'portal.db'));
      },
      env: (port, scratch) => loadTestEnv(port, scratch, { PORTAL_NOW: NOW }),
      readyPath: '/api/health',
      requests: [],
    });
  const jsonServer = jsonServerOf({
    group: 'feedback',
    data: () => ({ submissions: [] }),
    readyPath: '/submissions?_limit=1',
  });

  const rows = [];
  const measure = async (target, scenario, requestsFor, connections) => {
    const port = await freePort(PORT_RANGES.bench);
    await target.start(port);
    try {
      const url = `http://${HOST}:${port}`;
      const figures = await load(url, requestsFor(url), connections, duration);
      log(
        `feedback: ${target.name}, ${scenario}, ${connections} connections: ${JSON.stringify(figures)}`,
      );
      rows.push({ target: target.name, scenario, connections, ...figures });
    } finally {
      await target.stop();
    }
  };

  await measure(
    portal('portal mock backend', false),
    'POST a complaint (durable)',
    () => submissionRequests('/api/feedback/submissions'),
    50,
  );
  await measure(
    jsonServer,
    'POST the same complaint',
    () => submissionRequests('/submissions'),
    50,
  );
  const results = portal('portal mock backend, 100,000 ratings', true);
  const port = await freePort(PORT_RANGES.bench);
  await results.start(port);
  try {
    const url = `http://${HOST}:${port}`;
    log(`feedback: seeded ${seeded.count} ratings over ${seeded.codes.length} services`);
    for (const [scenario, paths] of [
      [
        'GET one service’s results',
        seeded.codes.map((code) => `/api/feedback/results/services/${code}`),
      ],
      [
        'GET the results table',
        ['/api/feedback/results?by=service', '/api/feedback/results?by=hall'],
      ],
    ]) {
      const figures = await load(
        url,
        paths.map((path) => ({ method: 'GET', path })),
        10,
        duration,
      );
      log(`feedback: ${scenario}: ${JSON.stringify(figures)}`);
      rows.push({ target: results.name, scenario, connections: 10, ...figures });
    }
  } finally {
    await results.stop();
  }

  const portalPost = rows[0];
  const baseline = rows[1];
  const serviceResults = rows[2];
  const ms = (value, row) => (row.total > 0 ? String(value) : '—');
  return [
    `autocannon, ${duration} s per row, on 127.0.0.1. Acknowledged/s counts 2xx answers only; latency in milliseconds at autocannon's 1 ms resolution. The portal acknowledges a submission once it is committed with \`synchronous=FULL\` (WAL); json-server 0.17.4 rewrites its db.json on each POST without fsync. Results: ${seeded.count.toLocaleString('en')} ratings over ${seeded.codes.length} services, one service per request in turn.`,
    '',
    '| server | scenario | connections | acknowledged/s | p50 | p99 | non-2xx | errors |',
    '| --- | --- | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (row) =>
        `| ${row.target} | ${row.scenario} | ${row.connections} | ${row.perSecond.toFixed(0)} | ${ms(row.p50, row)} | ${ms(row.p99, row)} | ${row.non2xx} | ${row.errors} |`,
    ),
    '',
    `Durable submissions: portal ${(portalPost.perSecond / Math.max(baseline.perSecond, 1e-9)).toFixed(1)}× json-server's rate. ` +
      `One service's results p99 ${serviceResults.p99} ms at 10 connections (target ≤ 20 ms: ${serviceResults.p99 <= 20 ? 'met' : 'not met'}).`,
  ].join('\n');
}
