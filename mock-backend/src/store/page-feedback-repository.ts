import type { PageFeedbackInput, PageFeedbackReceipt } from '../../../contract/page-feedback.ts';
import type { Connection } from './database.ts';

export interface PageFeedbackRepository {
  /** Stores one answer and returns its receipt once it is durable. */
  add(feedback: PageFeedbackInput): PageFeedbackReceipt;
}

export function createPageFeedbackRepository(db: Connection): PageFeedbackRepository {
  // RETURNING is read with .all(): .get() would leave the statement open and block WAL checkpoints.
  const insert = db.prepare<
    [string, string, number, string | null, string | null, string | null],
    PageFeedbackReceipt
  >(
    `INSERT INTO page_feedback (path, locale, useful, comment, field_part, field_item)
     VALUES (?, ?, ?, ?, ?, ?)
     RETURNING id, received_at AS receivedAt`,
  );
  return {
    add(feedback) {
      const [receipt] = insert.all(
        feedback.path,
        feedback.locale,
        feedback.useful ? 1 : 0,
        feedback.comment ?? null,
        feedback.field?.part ?? null,
        feedback.field?.item?.trim() || null,
      );
      if (!receipt) throw new Error('page_feedback insert returned no row');
      return receipt;
    },
  };
}
