import type { StaffSession } from '@contract/staff';
import { mayChangeCapacity, mayCloseHalls } from './hall-operations-access';

const session = (role: StaffSession['role'], department: string | null): StaffSession => ({
  userName: 'someone',
  displayName: 'Someone',
  role,
  department:
    department === null ? null : { id: department, name: { zh: department, en: department } },
  hall: null,
  idleExpiresAt: '2026-09-15T02:00:00.000Z',
  expiresAt: '2026-09-15T10:00:00.000Z',
});

describe('who sees the hall operations pages', () => {
  it('closures: zwb supervisors and admins only', () => {
    expect(mayCloseHalls(session('supervisor', 'zwb'))).toBeTrue();
    expect(mayCloseHalls(session('admin', null))).toBeTrue();
    expect(mayCloseHalls(session('supervisor', 'gaj'))).toBeFalse();
    expect(mayCloseHalls(session('reviewer', 'zwb'))).toBeFalse();
    expect(mayCloseHalls(null)).toBeFalse();
  });

  it('capacity: every supervisor and admins', () => {
    expect(mayChangeCapacity(session('supervisor', 'gaj'))).toBeTrue();
    expect(mayChangeCapacity(session('admin', null))).toBeTrue();
    expect(mayChangeCapacity(session('reviewer', 'gaj'))).toBeFalse();
  });
});
