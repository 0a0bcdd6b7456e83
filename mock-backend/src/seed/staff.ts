import type { StaffRoleName } from '../../../contract/constants/staff-limits.ts';
import type { Connection } from '../store/database.ts';

/** Demo only: every seeded account signs in with this (README, "Staff demo accounts"). */
export const DEMO_PASSWORD = 'jiangcheng-demo-2026';

export interface DemoAccount {
  userName: string;
  displayName: string;
  role: StaffRoleName;
  departmentId: string | null;
}

/** One account per role, two reviewers in one department, and three departments to test across. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    userName: 'admin',
    displayName: '系统管理员 (Administrator)',
    role: 'admin',
    departmentId: null,
  },
  { userName: 'wang.min', displayName: '王敏 (Wang Min)', role: 'reviewer', departmentId: 'gjj' },
  { userName: 'li.qiang', displayName: '李强 (Li Qiang)', role: 'reviewer', departmentId: 'gjj' },
  { userName: 'zhao.lei', displayName: '赵磊 (Zhao Lei)', role: 'supervisor', departmentId: 'gjj' },
  { userName: 'chen.jing', displayName: '陈静 (Chen Jing)', role: 'reviewer', departmentId: 'gaj' },
  { userName: 'sun.hao', displayName: '孙浩 (Sun Hao)', role: 'supervisor', departmentId: 'gaj' },
  { userName: 'zhou.yan', displayName: '周燕 (Zhou Yan)', role: 'reviewer', departmentId: 'zwb' },
  { userName: 'wu.fang', displayName: '吴芳 (Wu Fang)', role: 'supervisor', departmentId: 'zwb' },
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
};

export function seedStaff(db: Connection, { now }: { now: Date }): void {
  const insert = db.prepare<[string, string, string, string | null, string, string]>(
    `INSERT INTO staff_accounts (user_name, display_name, role, department_id, password_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const account of demoAccounts) {
    const hash = passwordHashes[account.userName];
    if (!hash) throw new Error(`No committed password hash for ${account.userName}`);
    insert.run(
      account.userName,
      account.displayName,
      account.role,
      account.departmentId,
      hash,
      now.toISOString(),
    );
  }
}
