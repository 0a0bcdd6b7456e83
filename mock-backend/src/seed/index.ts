import { insertClosures } from '../store/calendar-repository.ts';
import { insertCatalogue } from '../store/catalogue-repository.ts';
import type { Connection } from '../store/database.ts';
import { catalogueSeed } from './catalogue/index.ts';
import { closureSeed } from './closures.ts';

/**
 * Demo data for a new database. buildApp passes it to openStore, which calls it only when the
 * database had no migrations, inside the transaction that creates the schema: once per file.
 */
export function seed(db: Connection): void {
  insertCatalogue(db, catalogueSeed);
  insertClosures(db, closureSeed);
}
