import { insertClosures } from '../store/calendar-repository.ts';
import { insertCatalogue } from '../store/catalogue-repository.ts';
import type { Connection } from '../store/database.ts';
import { catalogueSeed } from './catalogue/index.ts';
import { closureSeed } from './closures.ts';
import { seedFeedback } from './feedback.ts';
import { seedHallDay } from './hall-day.ts';
import { seedReview } from './review.ts';
import { seedStaff, type StaffSeed } from './staff.ts';
import type { DeadlineConfig } from '../feedback/deadlines.ts';

/**
 * Demo data for a new database. buildApp passes it to openStore, which calls it only when the
 * database had no migrations, inside the transaction that creates the schema: once per file.
 */
export function seed(
  db: Connection,
  context: { now: Date; deadlines: DeadlineConfig; staff?: StaffSeed; demoAppointments?: boolean },
): void {
  insertCatalogue(db, catalogueSeed);
  insertClosures(db, closureSeed);
  // Anchored on the server's clock, so the demo year ends where the portal's "today" is.
  seedFeedback(db, { ...context, services: catalogueSeed.services, halls: catalogueSeed.halls });
  seedStaff(db, { now: context.now, accounts: context.staff ?? { kind: 'demo' } });
  // After both: it names staff in the feedback's history (when there are demo accounts) and adds
  // the e2e tests' fixed items.
  seedReview(db, context);
  // The hall's day's demo appointments (fictional citizens), when asked for.
  if (context.demoAppointments === true) seedHallDay(db, context);
}
