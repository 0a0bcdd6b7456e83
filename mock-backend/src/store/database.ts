import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Connection = Database.Database;

/**
 * Opens (creating if needed) the portal's SQLite file with the settings every connection must share:
 * WAL so readers never block the writer, synchronous=FULL so an acknowledged write survives a crash
 * or power loss, a busy timeout instead of instant SQLITE_BUSY, and enforced foreign keys.
 */
export function openDatabase(file: string): Connection {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A read-only connection to the same file, for a long read that must not hold the main one (a
 * streamed CSV export): while a better-sqlite3 iterator is open, its connection refuses every
 * write. WAL lets this reader keep one consistent snapshot while the main connection writes.
 * Null for an in-memory database, which no other connection can see.
 */
export function openReader(db: Connection): Connection | null {
  if (db.memory) return null;
  const reader = new Database(db.name, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    reader.pragma('busy_timeout = 5000');
    // A single pass over the rows rereads no page, so a large page cache buys nothing; each
    // export opens its own reader, and better-sqlite3's default would reserve up to 16 MB for each.
    reader.pragma('cache_size = -2000');
    return reader;
  } catch (error) {
    reader.close();
    throw error;
  }
}
