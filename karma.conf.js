// Karma runs the SPA's unit tests in Debian's headless Chromium (CHROME_BIN).
const { chromiumFlags, chromiumPath } = require('./scripts/chromium.cjs');

process.env.CHROME_BIN = chromiumPath;

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    client: {
      jasmine: { random: true },
      clearContext: false,
    },
    reporters: ['progress'],
    browsers: ['ChromeHeadlessPortal'],
    customLaunchers: {
      ChromeHeadlessPortal: {
        base: 'ChromeHeadless',
        flags: [...chromiumFlags],
      },
    },
    browserNoActivityTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
