// Servers a benchmark measures: each its own Node process on 127.0.0.1, started in a scratch
// folder of its own and stopped by its PID, so a run leaves nothing behind.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PORT_RANGES, freePort } from '../../scripts/free-port.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const HOST = '127.0.0.1';

/**
 * @typedef {{ name: string, paths: string[], scenario?: string, description?: string }} RequestSet
 * @typedef {{ name: string, group: string, start: (port: number) => Promise<void>,
 *   stop: () => Promise<void>, requests: RequestSet[], readyPath: string, baseline?: boolean,
 *   unavailable?: () => string | null,
 *   countResults?: (baseUrl: string, query: string) => Promise<number>,
 *   pid?: () => number | undefined }} Target
 */

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
 *   unavailable?: () => string | null, baseline?: boolean, readyTimeoutMs?: number,
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
        await waitUntilReady(`http://${HOST}:${port}${spec.readyPath}`, child, spec.readyTimeoutMs);
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

/**
 * The portal's own server, as `npm start` runs it, with a database and environment of the
 * caller's choosing: the API benchmarks and Lighthouse differ only in those.
 * @param {{ name: string, group: string, readyPath: string,
 *   env: (port: number, scratch: string) => Record<string, string> } &
 *   Partial<Parameters<typeof nodeServer>[0]>} spec
 */
export function portalServer(spec) {
  return nodeServer({
    args: () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
    requests: [],
    ...spec,
    env: (port, scratch) => ({
      PORT: String(port),
      HOST,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '0',
      ...spec.env(port, scratch),
    }),
  });
}

/**
 * A portal server on a fresh database of its own serving `staticDir` (a build's `browser` folder,
 * or the bare app laid out as one), on a free port of the benchmarks' range. It joins `servers`
 * before it starts, so that whoever stops those stops it too if the run is interrupted.
 * @param {{ name: string, group: string, staticDir: string,
 *   servers: { add: (server: Target) => unknown } }} options
 * @returns {Promise<string>} its origin
 */
export async function serveBuild({ name, group, staticDir, servers }) {
  const server = portalServer({
    name,
    group,
    readyPath: '/api/health',
    env: (_port, scratch) => ({ PORTAL_DB: join(scratch, 'portal.db'), STATIC_DIR: staticDir }),
  });
  servers.add(server);
  const port = await freePort(PORT_RANGES.bench);
  await server.start(port);
  return `http://${HOST}:${port}`;
}

/**
 * The environment of a portal server under load from one address: its own database and empty
 * static folder in the scratch folder, silent, and every per-client limit off (RATE_LIMIT_MAX=0
 * turns off the API-wide, feedback and staff sign-in limits alike).
 * @param {number} port
 * @param {string} scratch
 * @param {Record<string, string>} [extra]
 */
export function loadTestEnv(port, scratch, extra = {}) {
  return {
    PORT: String(port),
    HOST,
    PORTAL_DB: join(scratch, 'portal.db'),
    STATIC_DIR: join(scratch, 'static'),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MAX: '0',
    ...extra,
  };
}

/**
 * json-server 0.17.4, the baseline a team would otherwise mock an API with, serving `data()`
 * (called when it starts, so it may hold what an earlier server's setup produced) from a
 * db.json in its scratch folder.
 * @param {{ name?: string, group: string, readyPath: string, data: () => object }} spec
 */
export function jsonServer(spec) {
  return nodeServer({
    name: spec.name ?? 'json-server 0.17.4',
    group: spec.group,
    args: (port, scratch) => [
      'node_modules/json-server/lib/cli/bin.js',
      '--host',
      HOST,
      '--port',
      String(port),
      '--quiet',
      '--static',
      join(scratch, 'static'),
      join(scratch, 'db.json'),
    ],
    prepare: (scratch) => {
      mkdirSync(join(scratch, 'static'));
      writeFileSync(join(scratch, 'db.json'), JSON.stringify(spec.data()));
    },
    readyPath: spec.readyPath,
    requests: [],
  });
}
