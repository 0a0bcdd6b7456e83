import type { StaffRole } from '../../../contract/staff.ts';
import { writeAudit } from '../staff/audit.ts';
import type { Connection } from './database.ts';

export interface AccountRecord {
  id: number;
  userName: string;
  displayName: string;
  role: StaffRole;
  departmentId: string | null;
  /** The hall the account works at (the hall's day), or null. */
  hallId: string | null;
  passwordHash: string;
  disabled: boolean;
  version: number;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface SessionRecord {
  /** SHA-256 of the session id, hex: the only form the database holds. */
  idHash: string;
  createdAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
  account: AccountRecord;
}

/** Who made a change and when, for its audit row. */
export interface Actor {
  at: string;
  actorId: number;
}

export interface NewAccount {
  userName: string;
  displayName: string;
  role: StaffRole;
  departmentId: string | null;
  hallId?: string | null;
  passwordHash: string;
}

export interface AccountUpdate {
  displayName?: string;
  role?: StaffRole;
  departmentId?: string | null;
  hallId?: string | null;
  disabled?: boolean;
}

/** Compare-and-set failed: the account moved on since the caller read it. */
export const STALE = 'stale';

export interface StaffRepository {
  accountByUserName(userName: string): AccountRecord | undefined;
  /** Every account, by user name. */
  accounts(): AccountRecord[];
  /** Reviewers and supervisors of a department who can sign in, by user name. */
  colleagues(departmentId: string): { userName: string; displayName: string }[];
  /** Undefined when the user name is taken. */
  createAccount(account: NewAccount, by: Actor): AccountRecord | undefined;
  /** Applies the change if the account is still at `version`; disabling ends its sessions. */
  updateAccount(
    userName: string,
    version: number,
    change: AccountUpdate,
    by: Actor,
  ): AccountRecord | typeof STALE | undefined;
  /**
   * Stores a new password hash and ends the account's sessions but `keepSession` (the one that
   * changed its own password). With `version`, only if the account is still at it.
   */
  setPassword(
    userName: string,
    passwordHash: string,
    options: { by: Actor; action: string; version?: number; keepSession?: string },
  ): AccountRecord | typeof STALE | undefined;

  /**
   * Starts a session for the account, revoking `replacing` (the session cookie the browser
   * already held, whoever's it was) so a session id is never reused across sign-ins.
   */
  openSession(accountId: number, idHash: string, at: string, replacing?: string): void;
  session(idHash: string): SessionRecord | undefined;
  touchSession(idHash: string, at: string): void;
  revokeSession(idHash: string, at: string): void;

  recordSignInFailure(userName: string, client: string, at: string): void;
  /** Instants of failures after `since`, oldest first, for the user name and for the client. */
  signInFailures(
    userName: string,
    client: string,
    since: string,
  ): { byUser: string[]; byClient: string[] };
}

type AccountRow = Omit<AccountRecord, 'disabled'> & { disabled: 0 | 1 };

const accountColumns = `a.id, a.user_name AS userName, a.display_name AS displayName, a.role,
  a.department_id AS departmentId, a.hall_id AS hallId, a.password_hash AS passwordHash, a.disabled, a.version,
  a.created_at AS createdAt, a.last_sign_in_at AS lastSignInAt`;

const toAccount = (row: AccountRow): AccountRecord => ({ ...row, disabled: row.disabled === 1 });

/** What the audit keeps of an account: never the password or its hash. */
function audited(account: AccountRecord): Record<string, unknown> {
  return {
    displayName: account.displayName,
    role: account.role,
    department: account.departmentId,
    hall: account.hallId,
    disabled: account.disabled,
  };
}

/** Only the fields that changed, before and after. */
function changedFields(
  before: AccountRecord,
  after: AccountRecord,
): [Record<string, unknown>, Record<string, unknown>] {
  const was = audited(before);
  const now = audited(after);
  const keys = Object.keys(now).filter((key) => was[key] !== now[key]);
  return [
    Object.fromEntries(keys.map((key) => [key, was[key]])),
    Object.fromEntries(keys.map((key) => [key, now[key]])),
  ];
}

export function createStaffRepository(db: Connection): StaffRepository {
  const byUserName = db.prepare<[string], AccountRow>(
    `SELECT ${accountColumns} FROM staff_accounts a WHERE a.user_name = ?`,
  );
  const accountById = db.prepare<[number], { userName: string }>(
    'SELECT user_name AS userName FROM staff_accounts WHERE id = ?',
  );
  const all = db.prepare<[], AccountRow>(
    `SELECT ${accountColumns} FROM staff_accounts a ORDER BY a.user_name`,
  );
  const colleagues = db.prepare<[string], { userName: string; displayName: string }>(
    `SELECT user_name AS userName, display_name AS displayName FROM staff_accounts
     WHERE department_id = ? AND disabled = 0 AND role IN ('reviewer', 'supervisor')
     ORDER BY user_name`,
  );
  const insertAccount = db.prepare<
    [string, string, string, string | null, string | null, string, string]
  >(
    `INSERT INTO staff_accounts (user_name, display_name, role, department_id, hall_id, password_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_name) DO NOTHING`,
  );
  const compareAndSet = db.prepare<
    [string, string, string | null, string | null, number, number, number]
  >(
    `UPDATE staff_accounts SET display_name = ?, role = ?, department_id = ?, hall_id = ?,
       disabled = ?, version = version + 1
     WHERE id = ? AND version = ?`,
  );
  const storePassword = db.prepare<[string, number]>(
    'UPDATE staff_accounts SET password_hash = ?, version = version + 1 WHERE id = ?',
  );
  const revokeAccountSessions = db.prepare<[string, number, string]>(
    `UPDATE staff_sessions SET revoked_at = ?
     WHERE account_id = ? AND revoked_at IS NULL AND id_hash <> ?`,
  );
  const insertSession = db.prepare<[string, number, string, string]>(
    `INSERT INTO staff_sessions (id_hash, account_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)`,
  );
  const revoke = db.prepare<[string, string]>(
    'UPDATE staff_sessions SET revoked_at = ? WHERE id_hash = ? AND revoked_at IS NULL',
  );
  const signedIn = db.prepare<[string, number]>(
    'UPDATE staff_accounts SET last_sign_in_at = ? WHERE id = ?',
  );
  const findSession = db.prepare<
    [string],
    AccountRow & {
      idHash: string;
      sessionCreatedAt: string;
      lastSeenAt: string;
      revokedAt: string | null;
    }
  >(
    `SELECT s.id_hash AS idHash, s.created_at AS sessionCreatedAt, s.last_seen_at AS lastSeenAt,
       s.revoked_at AS revokedAt, ${accountColumns}
     FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id WHERE s.id_hash = ?`,
  );
  const touch = db.prepare<[string, string]>(
    'UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?',
  );
  const insertFailure = db.prepare<[string, string, string]>(
    'INSERT INTO staff_sign_in_failures (at, user_name, client) VALUES (?, ?, ?)',
  );
  const pruneFailures = db.prepare<[string]>('DELETE FROM staff_sign_in_failures WHERE at <= ?');
  const failuresByUser = db.prepare<[string, string], { at: string }>(
    'SELECT at FROM staff_sign_in_failures WHERE user_name = ? AND at > ? ORDER BY at',
  );
  const failuresByClient = db.prepare<[string, string], { at: string }>(
    'SELECT at FROM staff_sign_in_failures WHERE client = ? AND at > ? ORDER BY at',
  );

  const find = (userName: string): AccountRecord | undefined => {
    const row = byUserName.get(userName);
    return row && toAccount(row);
  };
  const reread = (userName: string): AccountRecord => {
    const account = find(userName);
    if (!account) throw new Error(`Account ${userName} vanished inside its transaction`);
    return account;
  };

  const create = db.transaction((account: NewAccount, by: Actor) => {
    const { changes } = insertAccount.run(
      account.userName,
      account.displayName,
      account.role,
      account.departmentId,
      account.hallId ?? null,
      account.passwordHash,
      by.at,
    );
    if (changes === 0) return undefined;
    const created = reread(account.userName);
    writeAudit(db, {
      ...by,
      action: 'account-create',
      target: created.userName,
      departmentId: null,
      before: null,
      after: audited(created),
    });
    return created;
  });

  const update = db.transaction(
    (userName: string, version: number, change: AccountUpdate, by: Actor) => {
      const before = find(userName);
      if (!before) return undefined;
      const { changes } = compareAndSet.run(
        change.displayName ?? before.displayName,
        change.role ?? before.role,
        change.departmentId === undefined ? before.departmentId : change.departmentId,
        change.hallId === undefined ? before.hallId : change.hallId,
        (change.disabled ?? before.disabled) ? 1 : 0,
        before.id,
        version,
      );
      if (changes === 0) return STALE;
      const after = reread(userName);
      if (after.disabled) revokeAccountSessions.run(by.at, after.id, '');
      const [was, now] = changedFields(before, after);
      writeAudit(db, {
        ...by,
        action: 'account-update',
        target: userName,
        departmentId: null,
        before: was,
        after: now,
      });
      return after;
    },
  );

  const setPassword = db.transaction(
    (
      userName: string,
      passwordHash: string,
      options: { by: Actor; action: string; version?: number; keepSession?: string },
    ) => {
      const before = find(userName);
      if (!before) return undefined;
      if (options.version !== undefined && options.version !== before.version) return STALE;
      storePassword.run(passwordHash, before.id);
      revokeAccountSessions.run(options.by.at, before.id, options.keepSession ?? '');
      // The row says that the password changed, never what to or from.
      writeAudit(db, {
        ...options.by,
        action: options.action,
        target: userName,
        departmentId: null,
        before: null,
        after: null,
      });
      return reread(userName);
    },
  );

  const open = db.transaction(
    (accountId: number, idHash: string, at: string, replacing: string | undefined) => {
      if (replacing !== undefined) revoke.run(at, replacing);
      insertSession.run(idHash, accountId, at, at);
      signedIn.run(at, accountId);
      const account = accountById.get(accountId);
      writeAudit(db, {
        at,
        actorId: accountId,
        action: 'sign-in',
        target: account?.userName ?? String(accountId),
        departmentId: null,
        before: null,
        after: null,
      });
    },
  );

  return {
    accountByUserName: find,
    accounts: () => all.all().map(toAccount),
    colleagues: (departmentId) => colleagues.all(departmentId),
    createAccount: (account, by) => create.immediate(account, by),
    updateAccount: (userName, version, change, by) =>
      update.immediate(userName, version, change, by),
    setPassword: (userName, passwordHash, options) =>
      setPassword.immediate(userName, passwordHash, options),
    openSession: (accountId, idHash, at, replacing) =>
      open.immediate(accountId, idHash, at, replacing),
    session(idHash) {
      const row = findSession.get(idHash);
      if (!row) return undefined;
      const { idHash: hash, sessionCreatedAt, lastSeenAt, revokedAt, ...account } = row;
      return {
        idHash: hash,
        createdAt: sessionCreatedAt,
        lastSeenAt,
        revokedAt,
        account: toAccount(account),
      };
    },
    touchSession: (idHash, at) => void touch.run(at, idHash),
    revokeSession: (idHash, at) => void revoke.run(at, idHash),
    recordSignInFailure(userName, client, at) {
      insertFailure.run(at, userName, client);
    },
    signInFailures(userName, client, since) {
      // Rows older than the window count for nobody; dropping them here keeps the table small.
      pruneFailures.run(since);
      return {
        byUser: failuresByUser.all(userName, since).map((row) => row.at),
        byClient: failuresByClient.all(client, since).map((row) => row.at),
      };
    },
  };
}
