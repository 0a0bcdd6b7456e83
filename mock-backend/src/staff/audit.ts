import type { Connection } from '../store/database.ts';

/** One change staff made, as the audit keeps it (the table refuses updates and deletes). */
export interface AuditRecord {
  /** ISO instant from the app's clock. */
  at: string;
  actorId: number;
  /** 'account-create', 'claim', 'reveal-mobile' … */
  action: string;
  /** An item id ("c12", "r40") or an account's user name. */
  target: string;
  /** The item's department, so supervisors read their own; null for accounts. */
  departmentId: string | null;
  /** The changed fields, personal data already masked and never a password or its hash. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const statements = new WeakMap<Connection, (record: AuditRecord) => void>();

/**
 * Appends one audit row. Call it inside the transaction that makes the change it records, so a
 * change is never stored without its row, nor a row without its change.
 */
export function writeAudit(db: Connection, record: AuditRecord): void {
  let write = statements.get(db);
  if (!write) {
    const insert = db.prepare<
      [string, number, string, string, string | null, string | null, string | null]
    >(
      `INSERT INTO staff_audit (at, actor_id, action, target, department_id, before, after)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    write = (row) => {
      insert.run(
        row.at,
        row.actorId,
        row.action,
        row.target,
        row.departmentId,
        row.before === null ? null : JSON.stringify(row.before),
        row.after === null ? null : JSON.stringify(row.after),
      );
    };
    statements.set(db, write);
  }
  write(record);
}
