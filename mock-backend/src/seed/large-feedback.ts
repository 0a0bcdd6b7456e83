import type { Hall, ServiceGuide } from '../../../contract/catalogue.ts';
import type { DeadlineConfig } from '../feedback/deadlines.ts';
import type { Connection } from '../store/database.ts';
import { seedFeedback } from './feedback.ts';
import { attributeStaffWork } from './review.ts';
import { seedStaff } from './staff.ts';

/** More than a benchmark needs and little enough to write in a minute or two. */
export const MAX_LARGE_SUBMISSIONS = 1_000_000;

/**
 * A year of feedback at scale for the review queue's benchmark (`seed:large --submissions N`):
 * N submissions and N ratings over the whole catalogue given, so every department has a queue,
 * walked along the state machine as the demo seed does, plus the demo staff accounts to sign in
 * with. Nothing here is fixed for the e2e tests: their items live in the demo seed only.
 */
export function seedLargeFeedback(
  db: Connection,
  options: {
    now: Date;
    services: readonly ServiceGuide[];
    halls: readonly Hall[];
    deadlines: DeadlineConfig;
    submissions: number;
  },
): void {
  seedFeedback(db, {
    now: options.now,
    services: options.services,
    halls: options.halls,
    deadlines: options.deadlines,
    ratings: options.submissions,
    submissions: options.submissions,
  });
  seedStaff(db, { now: options.now, accounts: { kind: 'demo' } });
  attributeStaffWork(db, options);
}
