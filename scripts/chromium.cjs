// The one place for how every tool here starts Chromium: karma (CommonJS config), Playwright
// (TypeScript config) and the Lighthouse benchmark (ES module) all load this file. CommonJS so
// karma.conf.js can require it; Node and Playwright import its named exports as well.
'use strict';

const { existsSync } = require('node:fs');

/** Debian's Chromium: browser downloads are impossible on these machines. */
const chromiumPath = process.env.CHROME_BIN || '/usr/bin/chromium';

/**
 * The browser the end-to-end tests drive: Debian's headless shell (package
 * `chromium-headless-shell`, the same Blink and V8 as `chromium`) when installed, else Chromium.
 * The full browser's headless mode runs browser-interface renderers beside each page; the shell
 * has none, and the suite takes about two-thirds of the time on a 2-core machine
 * (docs/decisions.md). Benchmarks and karma keep the full browser, which is what citizens run.
 * E2E_CHROME_BIN overrides.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const e2eChromiumPath =
  process.env.E2E_CHROME_BIN || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath);

/**
 * Flags for a headless Chromium run as root in a container: no sandbox (root cannot have one),
 * no GPU, /tmp instead of a small /dev/shm, and none of the background traffic and updates
 * that would reach for the network or add noise to timings.
 */
const chromiumFlags = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

module.exports = { chromiumPath, e2eChromiumPath, chromiumFlags };
