import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { storeOf } from '../../src/app.ts';
import { demoAccounts, DEMO_PASSWORD } from '../../src/seed/staff.ts';
import {
  DUMMY_HASH,
  currentParameters,
  hashPassword,
  parseHash,
  verifyPassword,
} from '../../src/staff/passwords.ts';
import { testApp } from '../test-app.ts';

const slow = { timeout: 120_000 };

describe('staff password hashes', () => {
  test(
    'a new hash is scrypt with N = 2^17, r = 8, p = 1, a 16-byte salt and a 32-byte key, read back from the string',
    slow,
    async () => {
      const stored = await hashPassword('correct horse battery staple');
      assert.match(stored, /^\$scrypt\$ln=17,r=8,p=1\$/);
      const parsed = parseHash(stored);
      assert.ok(parsed);
      assert.deepEqual(parsed.parameters, { ln: 17, r: 8, p: 1 });
      assert.equal(2 ** parsed.parameters.ln, 131072);
      assert.equal(parsed.salt.length, 16);
      assert.equal(parsed.key.length, 32);
      assert.equal(await verifyPassword('correct horse battery staple', stored), true);
      assert.equal(await verifyPassword('correct horse battery stapler', stored), false);
    },
  );

  test('two hashes of one password differ (each has its own salt)', slow, async () => {
    const [a, b] = await Promise.all([
      hashPassword('same password here'),
      hashPassword('same password here'),
    ]);
    assert.notEqual(a, b);
  });

  test(
    'the seeded demo hashes use the current parameters, each with its own salt, and match the demo password',
    slow,
    async (t) => {
      const { app } = await testApp(t);
      const { staff } = storeOf(app);
      const hashes = demoAccounts.map(
        (account) => staff.accountByUserName(account.userName)!.passwordHash,
      );
      for (const hash of hashes) assert.deepEqual(parseHash(hash)?.parameters, currentParameters);
      assert.equal(
        new Set(hashes.map((hash) => parseHash(hash)!.salt.toString('hex'))).size,
        hashes.length,
      );
      // One scrypt is enough to prove the committed hashes are of the documented password.
      assert.equal(await verifyPassword(DEMO_PASSWORD, hashes[0]!), true);
    },
  );

  test(
    'the dummy hash for unknown accounts costs the same as a real one and matches nothing',
    slow,
    async () => {
      assert.deepEqual(parseHash(DUMMY_HASH)?.parameters, currentParameters);
      assert.equal(await verifyPassword(DEMO_PASSWORD, DUMMY_HASH), false);
    },
  );

  test('a stored hash in an unknown form, or asking for absurd memory, is refused', async () => {
    assert.equal(parseHash('plain text'), undefined);
    assert.equal(parseHash('$scrypt$ln=30,r=8,p=1$AAAA$AAAA'), undefined);
    await assert.rejects(verifyPassword('x', '$2b$10$bcrypt-is-not-ours'), /not in a known format/);
  });
});
