import { join } from 'node:path';
import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { makeTempDirectory, removeDirectory } from '../temp-directory.ts';

export interface SuiteApp {
  app: FastifyInstance;
  dbPath: string;
}

/**
 * One app per suite (building one takes seconds on a busy machine) on a fresh demo database at
 * the e2e clock's time, without rate limits; closed and deleted after the suite. Call it at the
 * top of a describe; the suite's own before hooks run after it.
 */
export function suiteApp(options: Partial<AppOptions> = {}): () => SuiteApp {
  let fixture: SuiteApp | undefined;
  let dir = '';
  before(async () => {
    dir = makeTempDirectory();
    const dbPath = join(dir, 'portal.db');
    const app = await buildApp({
      dbPath,
      logLevel: 'silent',
      clock: fixedClock('2026-09-15T09:00:00+08:00'),
      rateLimitMax: 0,
      feedbackLimits: false,
      ...options,
    });
    fixture = { app, dbPath };
  });
  after(async () => {
    await fixture?.app.close();
    removeDirectory(dir);
  });
  return () => {
    if (!fixture) throw new Error('suite app not built');
    return fixture;
  };
}
