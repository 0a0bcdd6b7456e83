// Throughput and latency of the mock backend's HTTP API under load, with autocannon.
//
//   node bench/api.mjs [--duration 10]
//
// Each target is a server this script starts on 127.0.0.1 (its own process, stopped by its
// PID) and a list of request sets; each set rotates through its paths so one URL's cache
// does not flatter the figures. A comparison server (json-server, for instance) is one more
// entry in `targets`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const HOST = '127.0.0.1';
/** The port range set aside for benchmarks, clear of the dev servers (3000, 4200) and tests. */
const PORTS = { from: 21000, to: 21999 };
const CONNECTIONS = [10, 50];

/**
 * @typedef {{ name: string, paths: string[] }} RequestSet
 * @typedef {{ name: string, start: (port: number) => Promise<void>, stop: () => Promise<void>,
 *   requests: RequestSet[], requires?: string }} Target
 */

/** A free port in the benchmark range. */
async function freePort() {
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
async function waitUntilReady(url, child, timeoutMs = 60_000) {
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
 * @param {{ name: string, args: (port: number, scratch: string) => string[],
 *   env?: (port: number, scratch: string) => Record<string, string>, readyPath: string,
 *   requests: RequestSet[], requires?: string }} spec
 * @returns {Target}
 */
function nodeServer(spec) {
  let child = null;
  let scratch = null;
  return {
    name: spec.name,
    requests: spec.requests,
    requires: spec.requires,
    async start(port) {
      scratch = mkdtempSync(join(tmpdir(), 'portal-bench-api-'));
      let output = '';
      child = spawn(process.execPath, spec.args(port, scratch), {
        cwd: root,
        env: { ...process.env, ...spec.env?.(port, scratch) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      try {
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

/** @type {Target[]} */
export const targets = [
  nodeServer({
    name: 'mock backend (fastify + SQLite)',
    requires: 'mock-backend/src/server.ts',
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
];

/** Stops every target still running, for an interrupted run. */
export async function stopAllTargets() {
  await Promise.all(targets.map((target) => target.stop()));
}

/** One autocannon run; resolves with the figures the report shows. */
async function load(url, paths, connections, duration) {
  const result = await autocannon({
    url,
    connections,
    duration,
    // autocannon cycles through these on every connection.
    requests: paths.map((path) => ({ method: 'GET', path })),
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
 * @param {{ duration?: number, log?: (line: string) => void }} options
 * @returns {Promise<{ measured: boolean, markdown: string }>} the results as markdown
 */
export async function runApiBench({ duration = 10, log = console.log } = {}) {
  const rows = [];
  const skipped = [];
  for (const target of targets) {
    if (target.requires && !existsSync(join(root, target.requires))) {
      skipped.push(`${target.name}: not run, ${target.requires} does not exist yet`);
      continue;
    }
    const port = await freePort();
    log(`api: starting ${target.name} on ${HOST}:${port}`);
    await target.start(port);
    try {
      for (const set of target.requests) {
        for (const connections of CONNECTIONS) {
          log(`api: ${target.name}, ${set.name}, ${connections} connections, ${duration} s`);
          const figures = await load(`http://${HOST}:${port}`, set.paths, connections, duration);
          rows.push({ target: target.name, set: set.name, connections, ...figures });
        }
      }
    } finally {
      await target.stop();
    }
  }
  if (rows.length === 0) {
    return {
      measured: false,
      markdown: ['Not run yet:', ...skipped.map((line) => `- ${line}`)].join('\n'),
    };
  }
  const lines = [
    `autocannon, ${duration} s per row, on 127.0.0.1. Latency in milliseconds at autocannon's 1 ms resolution (0 means under 1 ms).`,
    '',
    '| server | requests | connections | req/s | p50 | p99 | errors | non-2xx |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (row) =>
        `| ${row.target} | ${row.set} | ${row.connections} | ${Math.round(row.requestsPerSecond)} | ` +
        `${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} |`,
    ),
  ];
  if (skipped.length) lines.push('', ...skipped.map((line) => `- ${line}`));
  return { measured: true, markdown: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' } } });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => stopAllTargets().finally(() => process.exit(130)));
  }
  console.log((await runApiBench({ duration: Number(values.duration) })).markdown);
}
