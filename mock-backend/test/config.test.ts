import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig, repoRoot } from '../src/config.ts';

describe('loadConfig', () => {
  test('has defaults for everything', () => {
    assert.deepEqual(loadConfig({}, '/somewhere'), {
      port: 4200,
      host: 'localhost',
      dbPath: join(repoRoot, '.data', 'portal.db'),
      staticDir: join(repoRoot, 'dist', 'portal', 'browser'),
      logLevel: 'info',
      rateLimitMax: 600,
      trustProxy: undefined,
      publicOrigin: 'http://localhost:4200',
      idHashKey: undefined,
      staffAccounts: { kind: 'demo' },
    });
  });

  test('reads the environment; relative paths are taken from the working directory', () => {
    const config = loadConfig(
      {
        PORT: '20080',
        HOST: '127.0.0.1',
        PORTAL_DB: 'data/x.db',
        STATIC_DIR: '/srv/portal',
        LOG_LEVEL: 'silent',
        RATE_LIMIT_MAX: '0',
        TRUST_PROXY: '127.0.0.1',
        ID_HASH_KEY: 'a-long-random-secret',
        PUBLIC_ORIGIN: 'https://zwfw.jiangcheng.example/',
      },
      '/work/here',
    );
    assert.deepEqual(config, {
      port: 20080,
      host: '127.0.0.1',
      dbPath: '/work/here/data/x.db',
      staticDir: '/srv/portal',
      logLevel: 'silent',
      rateLimitMax: 0,
      trustProxy: '127.0.0.1',
      publicOrigin: 'https://zwfw.jiangcheng.example',
      idHashKey: 'a-long-random-secret',
      staffAccounts: { kind: 'demo' },
    });
  });

  test('takes a public origin without a path, and refuses anything else', () => {
    assert.equal(loadConfig({ PORT: '8080' }).publicOrigin, 'http://localhost:8080');
    assert.equal(
      loadConfig({ PUBLIC_ORIGIN: 'https://zwfw.example:8443' }).publicOrigin,
      'https://zwfw.example:8443',
    );
    for (const value of ['zwfw.example', 'ftp://zwfw.example', 'https://zwfw.example/portal']) {
      assert.throws(() => loadConfig({ PUBLIC_ORIGIN: value }), /PUBLIC_ORIGIN must be an http/);
    }
  });

  test('needs the identity-number hash key in production', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /ID_HASH_KEY must be set/);
    assert.equal(loadConfig({ NODE_ENV: 'production', ID_HASH_KEY: 'k' }).idHashKey, 'k');
  });

  test('never seeds the demo staff accounts in production; STAFF_ADMIN_PASSWORD gives one admin', () => {
    const production = { NODE_ENV: 'production', ID_HASH_KEY: 'k' };
    assert.deepEqual(loadConfig(production).staffAccounts, { kind: 'none' });
    assert.deepEqual(
      loadConfig({ ...production, STAFF_ADMIN_PASSWORD: 'a long admin passphrase' }).staffAccounts,
      { kind: 'admin', password: 'a long admin passphrase' },
    );
    assert.throws(
      () => loadConfig({ ...production, STAFF_ADMIN_PASSWORD: 'short' }),
      /STAFF_ADMIN_PASSWORD must be 12 to 128 characters long/,
    );
    // Outside production the demo accounts are there; an admin password would be misleading.
    assert.throws(
      () => loadConfig({ STAFF_ADMIN_PASSWORD: 'a long admin passphrase' }),
      /STAFF_ADMIN_PASSWORD is for production/,
    );
  });

  test('treats empty variables as unset', () => {
    assert.equal(loadConfig({ PORT: '', LOG_LEVEL: ' ' }).port, 4200);
  });

  test('names every bad variable at once', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', RATE_LIMIT_MAX: '-1' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.problems.length, 3);
        assert.match(error.message, /PORT must be a whole number/);
        assert.match(error.message, /LOG_LEVEL must be one of/);
        assert.match(error.message, /RATE_LIMIT_MAX must be a whole number/);
        return true;
      },
    );
    assert.throws(() => loadConfig({ PORT: '70000' }), /PORT/);
  });
});

describe('PORTAL_NOW', () => {
  test('sets the instant the server clock starts at', () => {
    const config = loadConfig({ PORTAL_NOW: '2026-09-15T09:00:00+08:00' });
    assert.equal(config.startTime?.toISOString(), '2026-09-15T01:00:00.000Z');
    assert.equal(loadConfig({}).startTime, undefined);
  });

  test('is refused when NODE_ENV is production', () => {
    assert.throws(
      () =>
        loadConfig({
          PORTAL_NOW: '2026-09-15T09:00:00+08:00',
          NODE_ENV: 'production',
          ID_HASH_KEY: 'a-long-random-secret',
        }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(error.problems, [
          'PORTAL_NOW is for tests and demos and is refused when NODE_ENV=production',
        ]);
        return true;
      },
    );
    // Production itself is fine without it.
    assert.equal(
      loadConfig({ NODE_ENV: 'production', ID_HASH_KEY: 'a-long-random-secret' }).startTime,
      undefined,
    );
  });

  test('must be an instant with an offset on a day that exists', () => {
    for (const value of ['tomorrow', '2026-09-15T09:00:00', '2026-02-30T09:00:00+08:00']) {
      assert.throws(
        () => loadConfig({ PORTAL_NOW: value }),
        /PORTAL_NOW must be an instant/,
        value,
      );
    }
  });
});
