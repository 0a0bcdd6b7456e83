// The review queue's CSV export at scale (`npm run bench -- --only csv-export`): a database from
// `npm run seed:large -- --submissions 100000` (about 118,000 queue items once every due date is
// settled), the portal server as its own process on 127.0.0.1, an admin signed in through the
// API, then GET /api/staff/review/export.csv for about 10,000 rows (one department) and for every
// row, each read to the end by one client without compression. Measured: time to the first and
// the last byte, rows a second, and the server's resident memory (VmRSS from /proc, sampled every
// 10 ms) before and at its peak during the download: the export streams, so the peak should not
// grow with the number of rows. The server is stopped by its PID.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';
import { HOST, loadTestEnv, nodeServer } from './api/servers.mjs';
import { seedLarge, signIn } from './staff-queue.mjs';

const RUNS = 3;
const MIB = 2 ** 20;

/** The process's resident memory in bytes, read from /proc (Linux). */
function residentBytes(pid) {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

/** Downloads one export to its end, sampling the server's memory meanwhile. */
async function download(url, headers, pid) {
  const before = residentBytes(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentBytes(pid));
  }, 10);
  try {
    const started = performance.now();
    const response = await fetch(url, { headers: { ...headers, 'accept-encoding': 'identity' } });
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    let firstByte = 0;
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body) {
      if (firstByte === 0) firstByte = performance.now() - started;
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    }
    const lastByte = performance.now() - started;
    peak = Math.max(peak, residentBytes(pid));
    return { rows: lines - 1, bytes, firstByte, lastByte, before, peak };
  } finally {
    clearInterval(sampler);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {{ log?: (line: string) => void, database?: string }} options
 *   `database`: a file `seed:large --submissions 100000` wrote before (--review-db), copied
 *   instead of seeding anew (which takes minutes).
 */
export async function runCsvExportBench({ log = console.log, database } = {}) {
  const portal = nodeServer({
    name: 'portal mock backend',
    group: 'csv-export',
    args: () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
    prepare: (scratch) => {
      mkdirSync(join(scratch, 'static'));
      if (database) copyFileSync(database, join(scratch, 'portal.db'));
      else seedLarge(join(scratch, 'portal.db'));
    },
    env: (port, scratch) => loadTestEnv(port, scratch),
    readyPath: '/api/health',
    requests: [],
  });
  const scenarios = [
    ['one department (rsj), about 10,000 rows', '/api/staff/review/export.csv?department=rsj'],
    ['every department, about 100,000 rows', '/api/staff/review/export.csv'],
  ];
  const rows = [];
  const port = await freePort(PORT_RANGES.bench);
  await portal.start(port);
  try {
    const url = `http://${HOST}:${port}`;
    const pid = portal.pid();
    const session = await signIn(url, 'admin');
    // Settles the due dates of new low ratings and loads the code paths before measuring.
    await download(`${url}/api/staff/review/export.csv?department=ybj&kind=praise`, session, pid);
    for (const [scenario, path] of scenarios) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await download(`${url}${path}`, session, pid);
        log(`csv-export: ${scenario}, run ${run + 1}: ${JSON.stringify(result)}`);
        runs.push(result);
      }
      const lastByte = median(runs.map((each) => each.lastByte));
      const growth = runs.map((each) => each.peak - each.before);
      rows.push({
        scenario,
        rows: runs[0].rows,
        mib: runs[0].bytes / MIB,
        firstByte: median(runs.map((each) => each.firstByte)),
        lastByte,
        perSecond: runs[0].rows / (lastByte / 1000),
        before: median(runs.map((each) => each.before)),
        growth: median(growth),
        growths: growth,
      });
    }
  } finally {
    await portal.stop();
  }
  const mib = (bytes) => (bytes / MIB).toFixed(0);
  const [small, large] = rows;
  // Garbage awaiting collection grows RSS for a while whatever the rows; rows held would grow it
  // in proportion to their number (10 times here).
  const flat = large.growth <= 2 * small.growth + 16 * MIB;
  return [
    `GET /api/staff/review/export.csv as admin over a database from \`npm run seed:large -- --submissions 100000\`, the server as its own process on 127.0.0.1, one client reading each download to its end without compression; ${RUNS} runs per row after one warm-up export, times and memory the median of the runs. RSS: the server's resident memory (VmRSS), sampled every 10 ms; growth: its peak during a download minus its value just before, per run.`,
    '',
    '| export | rows | size (MiB) | first byte (ms) | last byte (ms) | rows/s | RSS before (MiB) | growth (MiB) | growth per run (MiB) |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.rows.toLocaleString('en')} | ${row.mib.toFixed(1)} | ${row.firstByte.toFixed(0)} | ${row.lastByte.toFixed(0)} | ${row.perSecond.toFixed(0)} | ${mib(row.before)} | ${mib(row.growth)} | ${row.growths.map(mib).join(', ')} |`,
    ),
    '',
    `Memory while streaming ${large.rows.toLocaleString('en')} rows grew by ${mib(large.growth)} MiB (median) against ${mib(small.growth)} MiB for ${small.rows.toLocaleString('en')}: ${flat ? 'flat, it does not grow with the rows' : 'it grew with the rows on this run (see the runs)'}.`,
  ].join('\n');
}
