import { createSelector } from '@ngrx/store';
import { getRouterSelectors } from '@ngrx/router-store';
import { pagePath } from './page-path';

/** Router-store selectors over the `router` slice registered in app.config.ts. */
export const {
  selectCurrentRoute,
  selectFragment,
  selectQueryParams,
  selectQueryParam,
  selectRouteParams,
  selectRouteParam,
  selectRouteData,
  selectRouteDataParam,
  selectUrl,
  selectTitle,
} = getRouterSelectors();

/** The current page's path without query or fragment, e.g. "/about"; "/" before the first navigation. */
export const selectPagePath = createSelector(selectUrl, (url) => pagePath(url));
