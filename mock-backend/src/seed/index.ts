import type { Connection } from '../store/database.ts';

/**
 * Demo data for a new database. buildApp passes it to openStore, which calls it only when the
 * database had no migrations, inside the transaction that creates the schema: once per file.
 * The catalogue seed plugs in here.
 */
export function seed(db: Connection): void {
  // Nothing to seed yet.
  void db;
}
