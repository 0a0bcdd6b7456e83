import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router, type Routes } from '@angular/router';
import { STAFF_HOME } from '../session/next-path';
import { StaffSessionStore } from '../session/staff-session';
import { Capacity } from './capacity/capacity';
import { Closures } from './closures/closures';
import { HallOperationsClient } from './data/hall-operations-client';
import { mayChangeCapacity, mayCloseHalls } from './hall-operations-access';

/** For comfort only, as every staff guard: the server refuses whoever may not. */
const allowedBy =
  (allows: typeof mayCloseHalls): CanActivateFn =>
  async () => {
    const store = inject(StaffSessionStore);
    const session = store.session() ?? (await store.load().catch(() => null));
    if (allows(session)) return true;
    return new RedirectCommand(inject(Router).parseUrl(STAFF_HOME), { replaceUrl: true });
  };

/**
 * Hall closures (`closures`) and window capacity (`capacity`), inside the staff shell behind the
 * sign-in guard (staff.routes.ts); the client sits under the staff feature's HttpClient.
 */
export const hallOperationsRoutes: Routes = [
  {
    path: '',
    providers: [HallOperationsClient],
    children: [
      {
        path: 'closures',
        title: $localize`:@@staff.closures.title:大厅停业`,
        canActivate: [allowedBy(mayCloseHalls)],
        component: Closures,
      },
      {
        path: 'capacity',
        title: $localize`:@@staff.capacity.title:窗口容量`,
        canActivate: [allowedBy(mayChangeCapacity)],
        component: Capacity,
      },
    ],
  },
];
