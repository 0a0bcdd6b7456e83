// `npm run bench -- --only search-scale [--sizes 10000,100000]`: catalogue search as the
// catalogue grows. For each size, in one run: a large catalogue seeded into a scratch database
// (`seed:large`), the portal server started on it alone (logging and rate limits off) twice: the
// first start builds the search index and saves it beside the catalogue, the second loads it. For
// each start, seconds from spawning the process to a healthy /api/health and resident memory once
// started; then, on the second server, search over the benchmark queries at 10 connections
// (req/s, p50, p99, errors) and its peak resident memory after the load.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interleavedQueries } from './queries.mjs';
import { load, settle } from './api/load.mjs';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';
import { HOST, portalServer, root } from './api/servers.mjs';

export const DEFAULT_SIZES = [10_000, 100_000];
const CONNECTIONS = 10;

/** VmRSS and VmHWM (the peak) of a process, in MiB, from Linux's /proc. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) =>
    Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1]) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function measure(size, duration, log) {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-search-scale-'));
  const db = join(scratch, 'catalogue.db');
  try {
    log(`search-scale: seeding ${size} services`);
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'mock-backend/src/seed/seed-large.ts',
        '--services',
        String(size),
        '--out',
        db,
      ],
      { cwd: root, stdio: 'ignore' },
    );
    const server = portalServer({
      name: `portal ${size}`,
      group: 'search-scale',
      readyPath: '/api/health',
      env: () => ({ PORTAL_DB: db }),
      // A province's catalogue on a busy machine may take minutes; that is the figure wanted.
      readyTimeoutMs: 900_000,
    });
    const port = await freePort(PORT_RANGES.bench);
    const start = async () => {
      const started = performance.now();
      await server.start(port);
      return { seconds: (performance.now() - started) / 1000, memory: memoryOf(server.pid()) };
    };
    // First start: the index is built and saved. Its peak is read before the server stops.
    const build = await start();
    build.peak = memoryOf(server.pid()).peak;
    await server.stop();
    log(`search-scale: ${size} services built in ${build.seconds.toFixed(1)} s; starting again`);
    const loaded = await start();
    try {
      const pid = server.pid();
      const base = `http://${HOST}:${port}`;
      const paths = interleavedQueries().map(
        (q) => `/api/services?q=${encodeURIComponent(q)}&pageSize=20`,
      );
      log(`search-scale: ${size} services loaded in ${loaded.seconds.toFixed(1)} s; loading`);
      const figures = await load(base, paths, CONNECTIONS, duration);
      await settle(`${base}/api/health`, log);
      return { size, build, loaded, after: memoryOf(pid), figures };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function runSearchScaleBench({ duration, sizes = DEFAULT_SIZES, log = console.log }) {
  const rows = [];
  for (const size of sizes) {
    // One size failing (out of memory, say) is a finding; the others are still reported.
    try {
      rows.push(await measure(size, duration, log));
    } catch (error) {
      log(`search-scale: ${size} services failed: ${error.message}`);
      rows.push({ size, failure: error.message.split('\n')[0] });
    }
  }
  const mib = (value) => `${Math.round(value)} MiB`;
  const lines = [
    `First start: the search index built and saved; second start: loaded as saved. Start to a healthy`,
    `server, resident memory once started (first start: and its peak), then search on the second`,
    `server at ${CONNECTIONS} connections over the ${interleavedQueries().length} benchmark queries, ${duration} s per size, and its peak after.`,
    '',
    '| services | first start | RSS (peak) | second start | RSS started | peak RSS | req/s | p50 | p99 | errors |',
    '| -------: | ----------: | ---------: | -----------: | ----------: | -------: | ----: | --: | --: | -----: |',
    ...rows.map(({ size, failure, build, loaded, after, figures }) =>
      failure
        ? `| ${size.toLocaleString('en')} | failed: ${failure} | | | | | | | | |`
        : `| ${size.toLocaleString('en')} | ${build.seconds.toFixed(1)} s | ${mib(build.memory.rss)} (${mib(build.peak)}) | ` +
          `${loaded.seconds.toFixed(1)} s | ${mib(loaded.memory.rss)} | ${mib(after.peak)} | ` +
          `${Math.round(figures.requestsPerSecond).toLocaleString('en')} | ${figures.p50} ms | ${figures.p99} ms | ` +
          `${figures.errors + figures.non2xx} |`,
    ),
  ];
  return lines.join('\n');
}
