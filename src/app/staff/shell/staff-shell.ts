import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { StaffSession } from '@contract/staff';
import { StaffSessionStore } from '../session/staff-session';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { roleName } from '../staff-text';
import { mayChangeCapacity, mayCloseHalls } from '../hall-operations/hall-operations-access';
import { maySeeDashboard } from '../dashboard/dashboard-access';

interface StaffLink {
  path: string;
  label: string;
  /** Who sees the link; the page's guard and the server decide who may use it. */
  shown: (session: StaffSession) => boolean;
}

const everyone = () => true;

/** The workspace's pages, in the bar's order. */
const STAFF_LINKS: readonly StaffLink[] = [
  { path: '/staff/queue', label: $localize`:@@staff.shell.queue:待办`, shown: everyone },
  {
    path: '/staff/hall',
    label: $localize`:@@staff.shell.hall:大厅当日预约`,
    shown: (session) => session.hall !== null || session.role !== 'reviewer',
  },
  {
    path: '/staff/dashboard',
    label: $localize`:@@staff.shell.dashboard:数据看板`,
    shown: maySeeDashboard,
  },
  {
    path: '/staff/closures',
    label: $localize`:@@staff.shell.closures:大厅停业`,
    shown: mayCloseHalls,
  },
  {
    path: '/staff/capacity',
    label: $localize`:@@staff.shell.capacity:窗口容量`,
    shown: mayChangeCapacity,
  },
  {
    path: '/staff/accounts',
    label: $localize`:@@staff.shell.accounts:账号管理`,
    shown: (session) => session.role === 'admin',
  },
  { path: '/staff/account', label: $localize`:@@staff.shell.account:我的账号`, shown: everyone },
];

/**
 * The frame of every staff page but sign-in: a bar saying who is signed in, in which role and
 * department, with the workspace's links, above the page. The portal's header and footer stay.
 */
@Component({
  selector: 'app-staff-shell',
  imports: [LocalizedPipe, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './staff-shell.html',
  styleUrl: './staff-shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffShell {
  private readonly store = inject(StaffSessionStore);
  protected readonly session = this.store.session;
  protected readonly role = computed(() => {
    const session = this.session();
    return session ? roleName(session.role) : '';
  });
  protected readonly links = computed(() => {
    const session = this.session();
    return session ? STAFF_LINKS.filter((link) => link.shown(session)) : [];
  });
  protected readonly signOutFailed = signal(false);

  protected async signOut(): Promise<void> {
    this.signOutFailed.set(false);
    try {
      await this.store.signOut();
    } catch {
      this.signOutFailed.set(true);
    }
  }
}
