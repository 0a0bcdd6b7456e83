import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, e2eChromiumPath } from './scripts/chromium.cjs';

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

/**
 * The config must be synchronous and is evaluated in every worker, so the runner asks a child
 * Node for a port once, from the shared helper's e2e range, and hands it on in the environment.
 */
function findFreePort(): number {
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/free-port.mjs')], {
    encoding: 'utf8',
  });
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
  // Room for a machine four times slower than a quiet 2-core one, or this one shared with
  // other work: at load average 11 a test took 3 to 11 s, at load average 28 several ran past
  // 30 s. Tests that scan with axe take longer still and say so (A11Y_TEST_TIMEOUT in
  // e2e/fixtures.ts). A longer limit costs a passing test nothing: an expectation returns as
  // soon as it holds.
  timeout: 90_000,
  expect: { timeout: 15_000 },
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
        // Browser downloads are impossible here: drive Debian's headless shell, or its Chromium.
        launchOptions: {
          executablePath: e2eChromiumPath,
          args: [...chromiumFlags],
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
