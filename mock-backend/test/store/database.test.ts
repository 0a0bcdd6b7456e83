import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openDatabase } from '../../src/store/database.ts';
import { tempDirectory } from '../temp-directory.ts';

describe('openDatabase', () => {
  test('opens with WAL, synchronous=FULL, a busy timeout and foreign keys, creating the directory', (t) => {
    const file = join(tempDirectory(t), 'nested', 'dir', 'portal.db');
    const db = openDatabase(file);
    try {
      assert.ok(existsSync(file));
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 2);
      assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
    } finally {
      db.close();
    }
  });
});
