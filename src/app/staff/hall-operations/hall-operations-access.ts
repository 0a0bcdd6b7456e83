import type { StaffSession } from '@contract/staff';

/** 市政务服务管理局, which runs the halls (the server's ROUTING_DESK). */
const HALLS_ADMINISTRATION = 'zwb';

/** Closing a hall: zwb's supervisors and admins, as the server decides. */
export function mayCloseHalls(session: StaffSession | null): boolean {
  if (!session) return false;
  return (
    session.role === 'admin' ||
    (session.role === 'supervisor' && session.department?.id === HALLS_ADMINISTRATION)
  );
}

/** A window's capacity: supervisors (their department's windows, zwb's all) and admins. */
export function mayChangeCapacity(session: StaffSession | null): boolean {
  return session?.role === 'admin' || session?.role === 'supervisor';
}
