import { FetchBackend, HttpBackend } from '@angular/common/http';
import { type ApplicationConfig, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { ServerApiBackend } from './core/server/server-api-backend';
import { provideServerCspNonce } from './core/server/render-context';

/** The browser's configuration, plus what only the server has: how to render and reach the API. */
export const serverConfig: ApplicationConfig = mergeApplicationConfig(appConfig, {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    FetchBackend,
    { provide: HttpBackend, useClass: ServerApiBackend },
    provideServerCspNonce(),
  ],
});
