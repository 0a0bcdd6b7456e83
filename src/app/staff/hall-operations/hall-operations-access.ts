import { ROUTING_DESK } from '@contract/constants/staff-limits';
import type { StaffSession } from '@contract/staff';

/** Closing a hall: zwb's supervisors and admins, as the server decides. */
export function mayCloseHalls(session: StaffSession | null): boolean {
  if (!session) return false;
  return (
    session.role === 'admin' ||
    (session.role === 'supervisor' && session.department?.id === ROUTING_DESK)
  );
}

/** A window's capacity: supervisors (their department's windows, zwb's all) and admins. */
export function mayChangeCapacity(session: StaffSession | null): boolean {
  return session?.role === 'admin' || session?.role === 'supervisor';
}
