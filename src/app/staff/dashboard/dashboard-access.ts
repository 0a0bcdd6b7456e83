import type { StaffSession } from '@contract/staff';

/** The dashboard: supervisors and admins, as its server route says (`staffRoles`). */
export function maySeeDashboard(session: StaffSession | null): boolean {
  return session?.role === 'supervisor' || session?.role === 'admin';
}
