import type { Routes } from '@angular/router';
import { sessionGuard } from '../session/staff-guard';
import { Capacity } from './capacity/capacity';
import { Closures } from './closures/closures';
import { HallOperationsClient } from './data/hall-operations-client';
import { mayChangeCapacity, mayCloseHalls } from './hall-operations-access';

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
        canActivate: [sessionGuard(mayCloseHalls)],
        component: Closures,
      },
      {
        path: 'capacity',
        title: $localize`:@@staff.capacity.title:窗口容量`,
        canActivate: [sessionGuard(mayChangeCapacity)],
        component: Capacity,
      },
    ],
  },
];
