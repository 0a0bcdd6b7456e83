// The one place for how every tool here starts Chromium: karma (CommonJS config), Playwright
// (TypeScript config) and the Lighthouse benchmark (ES module) all load this file. CommonJS so
// karma.conf.js can require it; Node and Playwright import its named exports as well.
'use strict';

/** Debian's Chromium: browser downloads are impossible on these machines. */
const chromiumPath = process.env.CHROME_BIN || '/usr/bin/chromium';

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

module.exports = { chromiumPath, chromiumFlags };
