import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../src/app.ts';
import { loadDeadlines } from '../src/feedback/deadlines.ts';
import { seed } from '../src/seed/index.ts';
import type { Connection } from '../src/store/database.ts';
import { makeTempDirectory, removeDirectory } from './temp-directory.ts';

export interface TestApp {
  app: FastifyInstance;
  dir: string;
  dbPath: string;
}

/**
 * The real app on a fresh temporary database, silent, closed and deleted after the test.
 * Routes may still be added before the first inject.
 */
export async function testApp(t: TestContext, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const dir = makeTempDirectory();
  const dbPath = join(dir, 'portal.db');
  let app: FastifyInstance;
  try {
    app = await buildApp({ dbPath, logLevel: 'silent', ...options });
  } catch (error) {
    removeDirectory(dir);
    throw error;
  }
  t.after(async () => {
    await app.close();
    removeDirectory(dir);
  });
  return { app, dir, dbPath };
}

/** The demo seed as buildApp runs it, anchored on the e2e clock's day, for tests that open a store themselves. */
export function seedForTests(db: Connection): void {
  seed(db, { now: new Date('2026-09-15T09:00:00+08:00'), deadlines: loadDeadlines() });
}
