import type { Routes } from '@angular/router';
import { HallDayClient } from './data/hall-day-client';
import { HallDayPage } from './hall-day-page/hall-day-page';

/**
 * The hall's day (`hall`), inside the staff shell behind the sign-in guard (staff.routes.ts). The
 * server decides which halls the caller may open; the page lists them.
 */
export const hallDayRoutes: Routes = [
  {
    path: 'hall',
    providers: [HallDayClient],
    title: $localize`:@@staff.hall.title:大厅当日预约`,
    component: HallDayPage,
  },
];
