// Staff sign-in under load, with autocannon (`npm run bench -- --only sign-in`): POST
// /api/staff/session with the right password, as the SPA sends it (XSRF cookie and header), at a
// few connections against the real server, plus the time of one scrypt hash in this process.
// Sign-in is slow on purpose (scrypt N = 2^17, r = 8, p = 1): the figures say how slow, and what
// that costs someone guessing passwords from a stolen copy of the hashes.
// The server runs as its own process on 127.0.0.1 with RATE_LIMIT_MAX=0, which also turns the
// staff sign-in limit off (every request here comes from one address), and is stopped by its PID.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';
import { loadTestEnv, nodeServer } from './api/servers.mjs';
import { DEMO_PASSWORD } from '../mock-backend/src/seed/staff.ts';
import { currentParameters, hashPassword } from '../mock-backend/src/staff/passwords.ts';

const HOST = '127.0.0.1';
const CONNECTIONS = [1, 2, 4];

/** Median time of one hash with the current parameters, measured one at a time in this process. */
async function oneHashMs(runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await hashPassword(DEMO_PASSWORD);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

/** The XSRF secret cookie and token an anonymous browser gets from GET /api/staff/session. */
async function xsrfHeaders(url) {
  const response = await fetch(`${url}/api/staff/session`);
  const cookies = response.headers
    .getSetCookie()
    .map((line) => line.split(';', 1)[0])
    .filter(Boolean);
  const token = cookies.find((pair) => pair.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length);
  if (!token) throw new Error('GET /api/staff/session set no XSRF-TOKEN');
  return { cookie: cookies.join('; '), 'x-xsrf-token': token };
}

export async function runSignInBench({ duration = 10, log = console.log } = {}) {
  const hashMs = await oneHashMs();
  log(`sign-in: one scrypt hash takes ${hashMs.toFixed(0)} ms (median of 5)`);
  const server = nodeServer({
    name: 'portal mock backend',
    group: 'sign-in',
    args: () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
    prepare: (scratch) => mkdirSync(join(scratch, 'static')),
    env: (port, scratch) => loadTestEnv(port, scratch),
    readyPath: '/api/health',
    requests: [],
  });
  const port = await freePort(PORT_RANGES.bench);
  await server.start(port);
  const rows = [];
  try {
    const url = `http://${HOST}:${port}`;
    const headers = { ...(await xsrfHeaders(url)), 'content-type': 'application/json' };
    const body = JSON.stringify({ userName: 'wang.min', password: DEMO_PASSWORD });
    for (const connections of CONNECTIONS) {
      const result = await autocannon({
        url,
        connections,
        duration,
        timeout: 60,
        requests: [{ method: 'POST', path: '/api/staff/session', headers, body }],
      });
      const row = {
        connections,
        perSecond: result['2xx'] / duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        total: result['2xx'],
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      };
      log(`sign-in: ${connections} connections: ${JSON.stringify(row)}`);
      rows.push(row);
    }
  } finally {
    await server.stop();
  }

  const best = Math.max(...rows.map((row) => row.perSecond));
  const { ln, r, p } = currentParameters;
  const memoryMiB = (128 * 2 ** ln * r) / 2 ** 20;
  const perCore = 1000 / hashMs;
  return [
    `autocannon, ${duration} s per row, on 127.0.0.1: successful sign-ins (\`POST /api/staff/session\` with the right password, XSRF cookie and header), the per-minute limit off. Latency in milliseconds. scrypt N = 2^${ln}, r = ${r}, p = ${p}: ${memoryMiB} MiB per hash, run on libuv's thread pool (4 threads by default), so the event loop keeps serving other requests meanwhile.`,
    '',
    '| connections | sign-ins/s | p50 | p99 | completed | non-2xx | errors |',
    '| --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (row) =>
        `| ${row.connections} | ${row.perSecond.toFixed(1)} | ${row.total > 0 ? row.p50 : '—'} | ${row.total > 0 ? row.p99 : '—'} | ${row.total} | ${row.non2xx} | ${row.errors} |`,
    ),
    '',
    `One hash, alone: ${hashMs.toFixed(0)} ms (median of 5, in the benchmark's process). ` +
      `Slow on purpose: the server manages at most ${best.toFixed(1)} sign-ins a second here, and someone holding a stolen copy of the hashes gets about ${perCore.toFixed(1)} guesses a second per core (each needing ${memoryMiB} MiB), per account, since every hash has its own salt. ` +
      `Online guessing is capped far lower: 5 failures a minute per account and per address, then 429.`,
  ].join('\n');
}
