import { DEMO_PASSWORD, demoAccounts } from './staff.ts';
import { hashPassword } from '../staff/passwords.ts';

/**
 * Prints a fresh hash of the demo password for each demo account, to paste into seed/staff.ts.
 * Seeding copies the committed hashes instead of running scrypt, because tests seed many
 * databases and each hash costs a few hundred milliseconds on purpose.
 *
 *   node --import tsx mock-backend/src/seed/staff-password-hashes.ts
 */
for (const account of demoAccounts) {
  console.log(`'${account.userName}': '${await hashPassword(DEMO_PASSWORD)}',`);
}
