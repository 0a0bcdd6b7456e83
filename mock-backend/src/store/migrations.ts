import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from './database.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
const fileName = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/** Reads `NNN-name.sql` files in version order; a stray or duplicate-numbered file stops the server. */
export function loadMigrations(dir: string = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = fileName.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new Error(`Migration file "${file}" must be named NNN-lowercase-words.sql`);
      }
      return {
        version: Number(match[1]),
        name: match[2],
        sql: readFileSync(join(dir, file), 'utf8'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migrations must be numbered 001, 002, … without gaps or repeats; found ${String(migration.version).padStart(3, '0')}-${migration.name}.sql at position ${index + 1}`,
      );
    }
  });
  return migrations;
}

export interface MigrationResult {
  /** Versions applied by this call, in order. */
  applied: number[];
  /** Newest version now in the database. */
  schemaVersion: number;
  /** True when the database had no migrations before this call. */
  fresh: boolean;
}

/**
 * Applies every pending migration in one immediate transaction, so two processes starting together
 * cannot both migrate and a failing migration leaves the schema as it was. `onFresh` runs inside the
 * same transaction when the database was empty: a failed seed leaves it empty for the next start.
 */
export function migrate(
  db: Connection,
  migrations: readonly Migration[] = loadMigrations(),
  onFresh?: (db: Connection) => void,
): MigrationResult {
  const run = db.transaction((): MigrationResult => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ) STRICT`);
    const done = new Set(
      db
        .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
        .all()
        .map((row) => row.version),
    );
    const known = new Set(migrations.map((migration) => migration.version));
    const unknown = [...done].filter((version) => !known.has(version));
    if (unknown.length > 0) {
      throw new Error(
        `The database has migrations this server does not know (${unknown.join(', ')}); it was created by a newer version`,
      );
    }
    const record = db.prepare<[number, string]>(
      'INSERT INTO schema_migrations (version, name) VALUES (?, ?)',
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name);
      applied.push(migration.version);
    }
    const fresh = done.size === 0;
    if (fresh) onFresh?.(db);
    return { applied, schemaVersion: Math.max(0, ...known), fresh };
  });
  return run.immediate();
}
