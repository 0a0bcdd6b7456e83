import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

/**
 * Lets the first page of a visit be drawn (or taken over from the server's HTML) in a task of its
 * own, after the router has found the page and loaded its code: on a phone, two shorter tasks
 * instead of one long one, and a tap in between is handled sooner (docs/decisions.md, "Paint
 * first", 8). Every later navigation goes straight on.
 */
export const firstPageInOwnTask: CanActivateFn = () =>
  inject(Router).navigated || new Promise<boolean>((resolve) => setTimeout(() => resolve(true)));
