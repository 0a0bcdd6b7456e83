// Appointments under load, with autocannon: a hall's availability, and bookings spread over many
// slots by distinct people with synchronous=FULL, beside json-server 0.17.4 taking the same POSTs,
// and GET /api/health in the same run as the machine's ceiling. Then a kill -9 during a booking
// burst on each server: how many acknowledged bookings each kept.
//
//   npm run bench -- --only appointments [--duration 10]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { PORT_RANGES, freePort } from '../scripts/free-port.mjs';

const root = resolve(import.meta.dirname, '..');
const HOST = '127.0.0.1';
/** The server's clock: a Tuesday whose 14-day window holds a make-up working day and a holiday. */
const PORTAL_NOW = '2026-09-15T09:00:00+08:00';
const HALLS = ['smzx', 'linjiang', 'xincheng', 'beihu', 'nanshan'];
const SERVICES = ['GAJ-001', 'GAJ-003', 'GAJ-004'];
const DAYS = ['2026-09-16', '2026-09-18', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-28'];
const TIMES = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '13:30', '14:00', '14:30'];

/** Starts a Node process and waits until `readyPath` answers; stopped by its own PID. */
async function start(args, env, readyPath) {
  const port = await freePort(PORT_RANGES.bench);
  const child = spawn(process.execPath, args(port), {
    cwd: root,
    env: { ...process.env, ...env(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const origin = `http://${HOST}:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output.slice(-2000)}`);
    try {
      if ((await fetch(origin + readyPath)).ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    origin,
    exited,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, signal);
      return exited;
    },
  };
}

function startPortal(scratch) {
  return start(
    () => ['--import', 'tsx', 'mock-backend/src/server.ts'],
    (port) => ({
      PORT: String(port),
      HOST,
      PORTAL_DB: join(scratch, 'portal.db'),
      PORTAL_NOW,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '0',
      STATIC_DIR: join(scratch, 'no-static'),
    }),
    '/api/health',
  );
}

function startJsonServer(scratch) {
  writeFileSync(join(scratch, 'db.json'), JSON.stringify({ appointments: [] }));
  return start(
    (port) => [
      'node_modules/json-server/lib/cli/bin.js',
      '--host',
      HOST,
      '--port',
      String(port),
      '--quiet',
      join(scratch, 'db.json'),
    ],
    () => ({}),
    '/appointments?_limit=1',
  );
}

/** Enough seats per slot that a run of many seconds never fills the slots it spreads over. */
function openSeats(dbPath) {
  const db = new Database(dbPath);
  try {
    db.prepare('UPDATE hall_windows SET capacity = 100').run();
  } finally {
    db.close();
  }
}

/** The n-th booking: a distinct person, spread over halls, services, days and times. */
function booking(n) {
  return {
    service: SERVICES[n % SERVICES.length],
    hall: HALLS[Math.floor(n / SERVICES.length) % HALLS.length],
    date: DAYS[Math.floor(n / 15) % DAYS.length],
    time: TIMES[Math.floor(n / 90) % TIMES.length],
    name: `Bench ${n}`,
    mobile: `139${String(n % 1e8).padStart(8, '0')}`,
    idType: 'passport',
    idNumber: `E${String(n).padStart(8, '0')}`,
    materials: [0],
  };
}

/** A run of distinct POSTs; counts the answers with `created` status and collects their keys. */
async function postRun(url, path, connections, duration, { created, keyOf, start = 0, stopAt }) {
  let next = start;
  const acknowledged = [];
  const statuses = {};
  const instance = autocannon({
    url,
    connections,
    duration,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (request) => ({
          ...request,
          headers: {
            'content-type': 'application/json',
            'idempotency-key': `"${randomUUID()}"`,
          },
          body: JSON.stringify(booking(next++)),
        }),
        onResponse: (status, body) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === created) acknowledged.push(keyOf(JSON.parse(body)));
        },
      },
    ],
  });
  if (stopAt) setTimeout(() => void stopAt(), stopAt.afterMs);
  const result = await instance;
  return {
    perSecond: acknowledged.length / duration,
    acknowledged,
    statuses,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    next,
  };
}

async function getRun(url, path, connections, duration) {
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 60,
    requests: [{ method: 'GET', path }],
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const portalKept = (dbPath, references) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    const stored = new Set(db.prepare('SELECT reference FROM appointments').pluck().all());
    return references.filter((reference) => stored.has(reference)).length;
  } finally {
    db.close();
  }
};

const jsonServerKept = (file, ids) => {
  let stored;
  try {
    stored = new Set(JSON.parse(readFileSync(file, 'utf8')).appointments.map((row) => row.id));
  } catch {
    // A write cut off mid-file leaves JSON that no longer parses: nothing can be read back.
    return 0;
  }
  return ids.filter((id) => stored.has(id)).length;
};

/** A booking burst at 50 connections, killed with SIGKILL half way through. */
async function killBurst(startServer, path, created, keyOf, kept, duration) {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-bench-appt-'));
  try {
    const server = await startServer(scratch);
    if (path === '/api/appointments') openSeats(join(scratch, 'portal.db'));
    const halfway = { afterMs: (duration * 1000) / 2 };
    const stopAt = Object.assign(() => server.kill('SIGKILL'), halfway);
    const run = await postRun(server.origin, path, 50, duration, { created, keyOf, stopAt });
    await server.exited;
    return { acknowledged: run.acknowledged.length, kept: kept(scratch, run.acknowledged) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const row = (cells) => `| ${cells.join(' | ')} |`;

export async function runAppointmentsBench({ duration = 10, log = console.log } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-bench-appt-'));
  const rows = [];
  let portal;
  try {
    portal = await startPortal(scratch);
    openSeats(join(scratch, 'portal.db'));
    log('appointments: portal started');
    for (const connections of [10, 50]) {
      const health = await getRun(portal.origin, '/api/health', connections, duration);
      rows.push(['portal', '`GET /api/health` (ceiling)', connections, health]);
      log(`appointments: health at ${connections}: ${Math.round(health.perSecond)}/s`);
    }
    const availability = '/api/halls/smzx/availability?service=GAJ-001';
    for (const connections of [10, 50]) {
      const run = await getRun(portal.origin, availability, connections, duration);
      rows.push(['portal', '`GET` availability, one hall, 14 days', connections, run]);
      log(
        `appointments: availability at ${connections}: ${Math.round(run.perSecond)}/s p99 ${run.p99}`,
      );
    }
    const booked = await postRun(portal.origin, '/api/appointments', 50, duration, {
      created: 201,
      keyOf: (body) => body.reference,
    });
    rows.push(['portal', '`POST /api/appointments`, synchronous=FULL', 50, booked]);
    log(
      `appointments: portal bookings ${Math.round(booked.perSecond)}/s ${JSON.stringify(booked.statuses)}`,
    );
  } finally {
    await portal?.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  }

  const jsonScratch = mkdtempSync(join(tmpdir(), 'portal-bench-appt-'));
  let jsonServer;
  try {
    jsonServer = await startJsonServer(jsonScratch);
    const run = await postRun(jsonServer.origin, '/appointments', 50, duration, {
      created: 201,
      keyOf: (body) => body.id,
    });
    rows.push(['json-server 0.17.4', '`POST /appointments` (no rules)', 50, run]);
    log(`appointments: json-server ${Math.round(run.perSecond)}/s`);
  } finally {
    await jsonServer?.kill('SIGTERM');
    rmSync(jsonScratch, { recursive: true, force: true });
  }

  const burst = Math.max(4, Math.min(duration, 10));
  const portalKill = await killBurst(
    startPortal,
    '/api/appointments',
    201,
    (b) => b.reference,
    (dir, refs) => portalKept(join(dir, 'portal.db'), refs),
    burst,
  );
  const jsonKill = await killBurst(
    startJsonServer,
    '/appointments',
    201,
    (b) => b.id,
    (dir, ids) => jsonServerKept(join(dir, 'db.json'), ids),
    burst,
  );
  log(
    `appointments: kill -9 portal ${portalKill.kept}/${portalKill.acknowledged}, json-server ${jsonKill.kept}/${jsonKill.acknowledged}`,
  );

  const ceiling = rows.find((r) => r[2] === 50 && r[1].includes('health'))[3].perSecond;
  const portalBookings = rows.find((r) => r[1].includes('POST /api/appointments'))[3];
  const table = [
    `autocannon, ${duration} s per row, on ${HOST}, server clock at ${PORTAL_NOW}. "per s" counts 2xx answers (for bookings: 201s, each a durable booking); latency in milliseconds at autocannon's 1 ms resolution.`,
    '',
    row(['server', 'requests', 'connections', 'per s', 'p50', 'p99', 'errors']),
    row(['---', '---', '--:', '--:', '--:', '--:', '--:']),
    ...rows.map(([server, what, connections, r]) =>
      row([
        server,
        what,
        connections,
        Math.round(r.perSecond),
        r.p50,
        r.p99,
        r.errors + (r.non2xx ?? 0),
      ]),
    ),
    '',
    `Bookings reach **${((portalBookings.perSecond / ceiling) * 100).toFixed(0)} %** of the machine's ceiling (GET /api/health at 50 connections).`,
    '',
    `kill -9 half way through a ${burst} s booking burst at 50 connections: the portal kept **${portalKill.kept} of ${portalKill.acknowledged}** acknowledged bookings; json-server kept **${jsonKill.kept} of ${jsonKill.acknowledged}**.`,
  ].join('\n');
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runAppointmentsBench({ duration: Number(process.argv[2] ?? 10) }));
}
