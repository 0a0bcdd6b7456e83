import {
  createAppointmentsRepository,
  type AppointmentsRepository,
} from './appointments-repository.ts';
import { createCalendarRepository, type CalendarRepository } from './calendar-repository.ts';
import { createCatalogueRepository, type CatalogueRepository } from './catalogue-repository.ts';
import { createDashboardRepository, type DashboardRepository } from './dashboard-repository.ts';
import { openDatabase, type Connection } from './database.ts';
import { createFeedbackRepository, type FeedbackRepository } from './feedback-repository.ts';
import { createHallDayRepository, type HallDayRepository } from './hall-day-repository.ts';
import { createHealthRepository, type HealthRepository } from './health-repository.ts';
import { migrate, type Migration } from './migrations.ts';
import { createStaffRepository, type StaffRepository } from './staff-repository.ts';
import { createReviewRepository, type ReviewRepository } from './review-repository.ts';
import {
  createHallOperationsRepository,
  type HallOperationsRepository,
} from './hall-operations-repository.ts';
import {
  createPageFeedbackRepository,
  type PageFeedbackRepository,
} from './page-feedback-repository.ts';

/**
 * Everything the routes may ask of storage. Routes see only these repositories, never SQL,
 * so another store (PostgreSQL) can stand in by implementing the same interfaces.
 */
export interface Store {
  readonly appointments: AppointmentsRepository;
  readonly calendar: CalendarRepository;
  readonly catalogue: CatalogueRepository;
  readonly feedback: FeedbackRepository;
  readonly health: HealthRepository;
  readonly pageFeedback: PageFeedbackRepository;
  readonly staff: StaffRepository;
  readonly review: ReviewRepository;
  readonly dashboard: DashboardRepository;
  readonly hallDay: HallDayRepository;
  readonly hallOperations: HallOperationsRepository;
  /** Newest migration applied when the store was opened. */
  readonly schemaVersion: number;
  close(): void;
}

export interface StoreOptions {
  /** Fills a newly created database; runs in the transaction that creates its schema. */
  seed?: (db: Connection) => void;
  migrations?: readonly Migration[];
}

export function openStore(file: string, options: StoreOptions = {}): Store {
  const db = openDatabase(file);
  try {
    const { schemaVersion } = migrate(db, options.migrations, options.seed);
    return {
      appointments: createAppointmentsRepository(db),
      calendar: createCalendarRepository(db),
      catalogue: createCatalogueRepository(db),
      feedback: createFeedbackRepository(db),
      health: createHealthRepository(db),
      pageFeedback: createPageFeedbackRepository(db),
      staff: createStaffRepository(db),
      review: createReviewRepository(db),
      dashboard: createDashboardRepository(db),
      hallDay: createHallDayRepository(db),
      hallOperations: createHallOperationsRepository(db),
      schemaVersion,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
