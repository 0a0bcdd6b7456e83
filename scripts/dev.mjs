// `npm run dev`: the mock backend (restarting on change) and `ng serve` (rebuilding on change)
// side by side, their output prefixed; Ctrl-C stops both.
//
//   npm run dev                      Chinese build at http://127.0.0.1:4200/, API on :3000
//   npm run dev -- --en              the English build instead
//   npm run dev -- --port 4300 --api-port 3001   when the usual ports are taken
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');

const { values: flags } = parseArgs({
  options: {
    en: { type: 'boolean', default: false },
    port: { type: 'string', default: '4200' },
    'api-port': { type: 'string', default: '3000' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (flags.help) {
  console.log('usage: npm run dev -- [--en] [--port 4200] [--api-port 3000]');
  process.exit(0);
}

const apiPort = flags['api-port'];
const color = process.stdout.isTTY;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

// proxy.conf.json points /api at port 3000; another API port needs a copy that points there.
let proxyConfig = 'proxy.conf.json';
let scratch = null;
if (apiPort !== '3000') {
  const proxy = JSON.parse(readFileSync(join(root, proxyConfig), 'utf8'));
  for (const entry of Object.values(proxy)) {
    entry.target = entry.target.replace(/:3000\b/, `:${apiPort}`);
  }
  scratch = mkdtempSync(join(tmpdir(), 'portal-dev-'));
  proxyConfig = join(scratch, 'proxy.conf.json');
  writeFileSync(proxyConfig, JSON.stringify(proxy, null, 2));
}

const services = [
  {
    name: 'api',
    tint: 36,
    command: process.execPath,
    args: ['--import', 'tsx', '--watch', 'mock-backend/src/server.ts'],
    env: { PORT: apiPort, HOST: '127.0.0.1' },
  },
  {
    name: 'web',
    tint: 35,
    command: process.execPath,
    args: [
      join(root, 'node_modules/@angular/cli/bin/ng.js'),
      'serve',
      '--configuration',
      flags.en ? 'development-en' : 'development',
      '--host',
      '127.0.0.1',
      '--port',
      flags.port,
      '--proxy-config',
      proxyConfig,
    ],
    env: {},
  },
];

/** Prefixes every line of a stream, holding back a partial line until it is complete. */
function prefixLines(stream, sink, prefix) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) sink.write(`${prefix} ${line}\n`);
  });
  stream.on('end', () => {
    if (pending) sink.write(`${prefix} ${pending}\n`);
  });
}

const children = services.map((service) => {
  const child = spawn(service.command, service.args, {
    cwd: root,
    env: { ...process.env, ...(color ? { FORCE_COLOR: '1' } : {}), ...service.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so node --watch's restarted child and esbuild go with it.
    detached: true,
  });
  const prefix = paint(service.tint, `[${service.name}]`);
  prefixLines(child.stdout, process.stdout, prefix);
  prefixLines(child.stderr, process.stderr, prefix);
  return { service, child };
});

let stopping = false;
function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  for (const { child } of children) {
    if (child.exitCode === null && child.signalCode === null) signalGroup(child, 'SIGTERM');
  }
  // Whatever ignores SIGTERM for long is killed, so Ctrl-C always gives the terminal back.
  const force = setTimeout(() => {
    for (const { child } of children) signalGroup(child, 'SIGKILL');
  }, 5_000);
  force.unref();
  Promise.all(
    children.map(({ child }) =>
      child.exitCode !== null || child.signalCode !== null
        ? null
        : new Promise((done) => child.once('exit', done)),
    ),
  ).then(() => {
    // The group may still hold a grandchild after its leader has gone.
    for (const { child } of children) signalGroup(child, 'SIGKILL');
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    process.exit(exitCode);
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

for (const { service, child } of children) {
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      paint(31, `[${service.name}] stopped (${signal ?? `exit code ${code}`}); stopping the rest`),
    );
    stopAll(code || 1);
  });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(0));

console.log(
  `Portal (${flags.en ? 'English' : 'Chinese'}) at http://127.0.0.1:${flags.port}/ ` +
    `with the API on http://127.0.0.1:${apiPort}/api; Ctrl-C stops both.`,
);
