import { HttpContextToken, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { tap } from 'rxjs';
import { isUnreachable } from './http-problem';
import { HttpActions } from './state/connectivity.actions';

/**
 * Set to false on requests whose failure is handled elsewhere (the health check reports its own
 * outcome), so one failure is not reported twice.
 */
export const REPORT_UNREACHABLE = new HttpContextToken<boolean>(() => true);

/** Reports requests that show the backend cannot be reached, so the shell can say so once, for every page. */
export const connectivityInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (request.context.get(REPORT_UNREACHABLE) && isUnreachable(error)) {
          store.dispatch(HttpActions.backendUnreachable({ status: error.status }));
        }
      },
    }),
  );
};
