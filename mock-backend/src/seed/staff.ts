import type { StaffRoleName } from '../../../contract/constants/staff-limits.ts';
import type { Connection } from '../store/database.ts';

/** Demo only: every seeded account signs in with this (README, "Staff demo accounts"). */
export const DEMO_PASSWORD = 'jiangcheng-demo-2026';

export interface DemoAccount {
  userName: string;
  displayName: string;
  role: StaffRoleName;
  departmentId: string | null;
  /** The hall the account works at (the hall's day); none when absent. */
  hallId?: string;
}

/**
 * One account per role, two reviewers in one department, three departments to test across, and
 * hall staff: lin.na (zwb) at 市民中心 (smzx) and li.qiang (gjj) at the 公积金 hall.
 */
export const demoAccounts: readonly DemoAccount[] = [
  {
    userName: 'admin',
    displayName: '系统管理员 (Administrator)',
    role: 'admin',
    departmentId: null,
  },
  { userName: 'wang.min', displayName: '王敏 (Wang Min)', role: 'reviewer', departmentId: 'gjj' },
  {
    userName: 'li.qiang',
    displayName: '李强 (Li Qiang)',
    role: 'reviewer',
    departmentId: 'gjj',
    hallId: 'gjj-hall',
  },
  { userName: 'zhao.lei', displayName: '赵磊 (Zhao Lei)', role: 'supervisor', departmentId: 'gjj' },
  { userName: 'chen.jing', displayName: '陈静 (Chen Jing)', role: 'reviewer', departmentId: 'gaj' },
  { userName: 'sun.hao', displayName: '孙浩 (Sun Hao)', role: 'supervisor', departmentId: 'gaj' },
  { userName: 'zhou.yan', displayName: '周燕 (Zhou Yan)', role: 'reviewer', departmentId: 'zwb' },
  { userName: 'wu.fang', displayName: '吴芳 (Wu Fang)', role: 'supervisor', departmentId: 'zwb' },
  {
    userName: 'lin.na',
    displayName: '林娜 (Lin Na)',
    role: 'reviewer',
    departmentId: 'zwb',
    hallId: 'smzx',
  },
];

/**
 * Hashes of DEMO_PASSWORD, printed by seed/staff-password-hashes.ts. Committed so seeding never
 * runs scrypt (each hash costs a few hundred milliseconds on purpose, and tests seed many databases).
 */
const passwordHashes: Readonly<Record<string, string>> = {
  admin: '$scrypt$ln=17,r=8,p=1$/zhVcC3dfWJJChk0cNXPxQ$LsEdTF7Gkn+hsnrIRm8XHFWo43P6O3qe3I02LQUKwbk',
  'wang.min':
    '$scrypt$ln=17,r=8,p=1$ii1dGxUX4OMIFwILt1v+jA$GV73s9BWXCObo2b3au+Z+OFvoG1LLgdNjeeckcKIKbM',
  'li.qiang':
    '$scrypt$ln=17,r=8,p=1$TtMpYe/AZ+Bw+2fVk6pVDw$zqLBDSWqdHpHHxElWCiWqCD7Cz4P6V/EvwXPj+yIajU',
  'zhao.lei':
    '$scrypt$ln=17,r=8,p=1$4u1fdy6ycSlsP6BXQJlroA$TlBEs1aAjo6CtEC/XAcdgsYwsOGbrIiaadr6sEda/eY',
  'chen.jing':
    '$scrypt$ln=17,r=8,p=1$CPZtpOy9+uBf693WfpDVBQ$Fn1hAw+/fcz3y3Q9BK5JBSHrDfm7nHziMlHV0GSXBE0',
  'sun.hao':
    '$scrypt$ln=17,r=8,p=1$RPKG61TnhMmsu5r4t008rQ$JoCZ880bZnB1OEyc5uJ5EoPaW/0oCt50k0Mi4GppiFY',
  'zhou.yan':
    '$scrypt$ln=17,r=8,p=1$+emujQFdAToibWQIAkJXBg$usLvnx+NzOTPd78t2P9Gydpzfo6eixCxFeOCRtCr60A',
  'wu.fang':
    '$scrypt$ln=17,r=8,p=1$4/6YAydjcVs9ufSuuPTveg$20dOM/9u72pZ1QtmoXjLCiDNtN3nNS+mrthpD2nKOHs',
  'lin.na':
    '$scrypt$ln=17,r=8,p=1$BXPZ68Ds0ZpyHVhOXHQ65Q$XkNFBFOOZQOqkL6mIN9S0u0xo4OWnNZCTYftXjiF180',
};

/**
 * The accounts a new database starts with: the demo accounts, or in production one `admin` with
 * the hash of STAFF_ADMIN_PASSWORD (server.ts hashes it), or none.
 */
export type StaffSeed =
  | { kind: 'demo' }
  | { kind: 'admin'; passwordHash: string }
  | { kind: 'none' };

export function seedStaff(
  db: Connection,
  { now, accounts }: { now: Date; accounts: StaffSeed },
): void {
  const insert = db.prepare<[string, string, string, string | null, string | null, string, string]>(
    `INSERT INTO staff_accounts (user_name, display_name, role, department_id, hall_id, password_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  if (accounts.kind === 'none') return;
  if (accounts.kind === 'admin') {
    const admin = demoAccounts[0]!;
    insert.run(
      admin.userName,
      admin.displayName,
      admin.role,
      null,
      null,
      accounts.passwordHash,
      now.toISOString(),
    );
    return;
  }
  for (const account of demoAccounts) {
    const hash = passwordHashes[account.userName];
    if (!hash) throw new Error(`No committed password hash for ${account.userName}`);
    insert.run(
      account.userName,
      account.displayName,
      account.role,
      account.departmentId,
      account.hallId ?? null,
      hash,
      now.toISOString(),
    );
  }
}
