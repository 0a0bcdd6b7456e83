import type { Routes } from '@angular/router';

/**
 * The review queue (`queue`) and item pages (`items/:id`), mounted inside the staff shell behind
 * the sign-in guard (staff.routes.ts).
 */
export const reviewRoutes: Routes = [];
