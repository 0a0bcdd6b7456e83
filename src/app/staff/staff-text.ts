import type { StaffRole } from '@contract/staff';

/** A role's name in the page's language. */
export function roleName(role: StaffRole): string {
  switch (role) {
    case 'reviewer':
      return $localize`:@@staff.shell.role.reviewer:审核员`;
    case 'supervisor':
      return $localize`:@@staff.shell.role.supervisor:主管`;
    case 'admin':
      return $localize`:@@staff.shell.role.admin:管理员`;
  }
}
