import type { Connection } from './database.ts';

export interface HealthRepository {
  /** Runs a real query; throws when the database cannot answer. */
  schemaVersion(): number;
}

export function createHealthRepository(db: Connection): HealthRepository {
  const newest = db.prepare<[], { version: number }>(
    'SELECT coalesce(max(version), 0) AS version FROM schema_migrations',
  );
  return {
    schemaVersion() {
      const [row] = newest.all();
      return row?.version ?? 0;
    },
  };
}
