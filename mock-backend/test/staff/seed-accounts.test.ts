import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { testApp } from '../test-app.ts';

function userNames(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare<[], { user_name: string }>('SELECT user_name FROM staff_accounts ORDER BY user_name')
      .all()
      .map((row) => row.user_name);
  } finally {
    db.close();
  }
}

test('a new database gets the demo staff accounts by default', async (t) => {
  const { dbPath } = await testApp(t);
  assert.ok(userNames(dbPath).includes('wang.min'));
});

test('a production database gets no staff account, or only the admin it was given', async (t) => {
  const none = await testApp(t, { staffAccounts: { kind: 'none' } });
  assert.deepEqual(userNames(none.dbPath), []);
  const admin = await testApp(t, {
    staffAccounts: { kind: 'admin', passwordHash: '$scrypt$ln=17,r=8,p=1$c2FsdA$a2V5' },
  });
  assert.deepEqual(userNames(admin.dbPath), ['admin']);
});
