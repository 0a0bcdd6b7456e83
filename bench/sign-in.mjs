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

/**
 * One hash with the current parameters, hashed one at a time in this process: the median wall
 * time, and the CPU time it consumed (user + system, read from process.cpuUsage, which counts
 * the thread pool too). On a shared machine the wall time grows with the load; the CPU time is
 * what a guess costs a core that does nothing else.
 */
async function oneHash(runs = 5) {
  const times = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await hashPassword(DEMO_PASSWORD);
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  return { wallMs: times[Math.floor(runs / 2)], cpuMs: (cpu.user + cpu.system) / 1000 / runs };
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
  const hash = await oneHash();
  log(`sign-in: one scrypt hash: ${JSON.stringify(hash)}`);
  // A sign-in takes seconds on a loaded machine: short runs would end with every request in flight.
  const seconds = Math.max(duration, 30);
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
        duration: seconds,
        timeout: 60,
        requests: [{ method: 'POST', path: '/api/staff/session', headers, body }],
      });
      const row = {
        connections,
        perSecond: result['2xx'] / seconds,
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
  const perCore = 1000 / hash.cpuMs;
  return [
    `autocannon, ${seconds} s per row, on 127.0.0.1: successful sign-ins (\`POST /api/staff/session\` with the right password, XSRF cookie and header), the per-minute limit off. Latency in milliseconds. scrypt N = 2^${ln}, r = ${r}, p = ${p}: ${memoryMiB} MiB per hash, run on libuv's thread pool (4 threads by default), so the event loop keeps serving other requests meanwhile.`,
    '',
    '| connections | sign-ins/s | p50 | p99 | completed | non-2xx | errors |',
    '| --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (row) =>
        `| ${row.connections} | ${row.perSecond.toFixed(1)} | ${row.total > 0 ? row.p50 : '—'} | ${row.total > 0 ? row.p99 : '—'} | ${row.total} | ${row.non2xx} | ${row.errors} |`,
    ),
    '',
    `One hash, alone, in the benchmark's process: ${hash.wallMs.toFixed(0)} ms wall time (median of 5), ${hash.cpuMs.toFixed(0)} ms of CPU time. ` +
      `Slow on purpose: the server managed at most ${best.toFixed(1)} sign-ins a second here, and someone holding a stolen copy of the hashes gets about ${perCore.toFixed(1)} guesses a second per core (1 / CPU time, each guess needing ${memoryMiB} MiB), for one account at a time, since every hash has its own salt. ` +
      `Guessing online is slower still: 5 failures a minute per account and per address, then 429.`,
  ].join('\n');
}
