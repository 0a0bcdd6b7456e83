import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * The e2e suite runs Debian's Chromium against the production build, served by the real mock
 * backend on a free port with a fresh database. This file is evaluated in the runner and again
 * in every worker: the runner picks the port and database once and hands them to the workers
 * through the environment, so they all talk to the same server.
 */

const root = __dirname;
const staticDir = resolve(root, 'dist/portal/browser');
// scripts/test.mjs names its own file through PORTAL_E2E_JSON to read the counts from.
const jsonReport = resolve(root, process.env['PORTAL_E2E_JSON'] ?? 'test-results/e2e.json');

/** A port nobody listens on, below the kernel's ephemeral range (32768+) so it cannot be taken by an outgoing connection. */
function findFreePort(): number {
  const probe = `
    const net = require('node:net');
    const tryPort = (left) => {
      const port = 10000 + Math.floor(Math.random() * 22000);
      const server = net.createServer();
      server.once('error', () => (left > 0 ? tryPort(left - 1) : process.exit(1)));
      server.listen(port, '127.0.0.1', () => server.close(() => process.stdout.write(String(port))));
    };
    tryPort(50);`;
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  const port = Number(result.stdout);
  if (result.status !== 0 || !Number.isInteger(port) || port <= 0) {
    throw new Error(`e2e: could not find a free port: ${result.stderr}`);
  }
  return port;
}

if (!process.env['PORTAL_E2E_PORT']) {
  if (
    !existsSync(join(staticDir, 'zh/index.html')) ||
    !existsSync(join(staticDir, 'en/index.html'))
  ) {
    throw new Error(
      `e2e: no production build in ${staticDir}. Run \`npm run build\` first (\`npm test\` does).`,
    );
  }
  const dbDir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  process.env['PORTAL_E2E_PORT'] = String(findFreePort());
  process.env['PORTAL_E2E_DB'] = join(dbDir, 'portal.db');
  // The runner exits after Playwright has stopped the server, so the database is closed by then.
  process.on('exit', () => rmSync(dbDir, { recursive: true, force: true }));
}

const port = Number(process.env['PORTAL_E2E_PORT']);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: jsonReport }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Browser downloads are impossible here: drive the system Chromium.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // Node itself rather than npm/npx, so the PID Playwright stops is the server's own.
    command: `${JSON.stringify(process.execPath)} --import tsx mock-backend/src/server.ts`,
    cwd: root,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_DB: process.env['PORTAL_E2E_DB'] ?? '',
      STATIC_DIR: staticDir,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '0',
      // A Tuesday whose 14-day booking window holds a make-up working day (Sunday 20 September)
      // and a holiday (Mid-Autumn, 25–27 September), whatever day the suite runs.
      PORTAL_NOW: '2026-09-15T09:00:00+08:00',
    },
  },
});
