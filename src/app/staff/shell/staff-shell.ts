import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { StaffSessionStore } from '../session/staff-session';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { roleName } from '../staff-text';
import { mayChangeCapacity, mayCloseHalls } from '../hall-operations/hall-operations-access';

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
  protected readonly signOutFailed = signal(false);
  protected readonly mayCloseHalls = mayCloseHalls;
  protected readonly mayChangeCapacity = mayChangeCapacity;

  protected async signOut(): Promise<void> {
    this.signOutFailed.set(false);
    try {
      await this.store.signOut();
    } catch {
      this.signOutFailed.set(true);
    }
  }
}
