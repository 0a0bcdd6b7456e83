// The production build: both languages, with every catalogue page prerendered, then
// precompressed. Prerendering reads the published catalogue from the API like any other client,
// so this starts a mock backend on a fresh temporary database (seeded from the same files as a
// new portal database) for as long as `ng build` runs, and stops it by its own PID. Server-rendered
// pages are then rewritten to paint before they fetch their scripts (scripts/paint-first.ts).
//
//   node scripts/build.mjs [ng build arguments…]      npm run build
//   node scripts/build.mjs --output-path /tmp/x        elsewhere than dist/portal (bench/bundle.mjs)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT_RANGES, freePort } from './free-port.mjs';

const root = join(import.meta.dirname, '..');
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} ended with ${code ?? signal}`)),
    );
  });
}

async function startApi() {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-build-'));
  const port = await freePort(PORT_RANGES.build);
  const api = spawn(process.execPath, ['--import', 'tsx', 'mock-backend/src/server.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_DB: join(scratch, 'catalogue.db'),
      STATIC_DIR: join(scratch, 'no-pages'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '0',
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (api.exitCode === null) api.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the build's API stopped (${api.exitCode})`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error('the build’s API did not start within 120 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Where `ng build` writes: its own --output-path when given, as the compression must follow it. */
function outputPath(args) {
  for (const [index, arg] of args.entries()) {
    if (arg === '--output-path') return args[index + 1];
    if (arg.startsWith('--output-path=')) return arg.slice('--output-path='.length);
  }
  return 'dist/portal';
}

const api = await startApi();
const stopApi = () => api.stop();
process.once('SIGINT', () => (stopApi(), process.exit(130)));
process.once('SIGTERM', () => (stopApi(), process.exit(143)));
try {
  console.log(`build: catalogue API for prerendering at ${api.origin} (${seconds()} s)`);
  await run(
    process.execPath,
    [join(root, 'node_modules/@angular/cli/bin/ng.js'), 'build', ...process.argv.slice(2)],
    {
      PORTAL_PRERENDER_API: api.origin,
    },
  );
} finally {
  stopApi();
}
const browserDir = join(outputPath(process.argv.slice(2)), 'browser');
await run(process.execPath, ['--import', 'tsx', join(root, 'scripts/paint-first.ts'), browserDir]);
await run(process.execPath, [join(root, 'scripts/compress.mjs'), browserDir]);
console.log(`build: done in ${seconds()} s`);
