import { DATE_PIPE_DEFAULT_OPTIONS } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideClientHydration,
  withEventReplay,
  withI18nSupport,
  withIncrementalHydration,
} from '@angular/platform-browser';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideState, provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import { connectivityInterceptor } from './core/connectivity-interceptor';
import { provideDevtools } from './core/devtools';
import { PageTitleStrategy } from './core/page-title-strategy';
import { provideRouteFocus } from './core/route-focus';
import * as connectivityEffects from './core/state/connectivity.effects';
import { connectivityFeature } from './core/state/connectivity.feature';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Zoneless is Angular 21's default; said out loud so nobody adds zone.js back by accident.
    provideZonelessChangeDetection(),
    // Catalogue pages arrive rendered (prerendered or rendered per request); the browser adopts
    // that DOM instead of drawing it again, replays clicks made before it was ready, and wakes
    // what is below the fold only when it is reached (docs/decisions.md).
    provideClientHydration(withEventReplay(), withIncrementalHydration(), withI18nSupport()),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    provideRouteFocus(),
    provideHttpClient(withFetch(), withInterceptors([connectivityInterceptor])),
    // Times on the portal are Beijing time wherever the reader is.
    { provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: '+0800' } },
    provideStore({ router: routerReducer }),
    provideState(connectivityFeature),
    provideRouterStore(),
    provideEffects(connectivityEffects),
    provideDevtools(),
  ],
};
