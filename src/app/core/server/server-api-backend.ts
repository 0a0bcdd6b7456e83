import {
  FetchBackend,
  type HttpBackend,
  type HttpEvent,
  HttpErrorResponse,
  HttpHeaders,
  HttpParams,
  type HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, from, map, throwError } from 'rxjs';
import { type ServerApiAnswer, renderContext } from './render-context';

/**
 * Environment variable naming the API's origin while pages are prerendered at build time
 * (scripts/build.mjs starts a mock backend for the build and sets it).
 */
export const PRERENDER_API_ENV = 'PORTAL_PRERENDER_API';

/** The build's API origin, read without making Node's types part of the browser's code. */
export function prerenderApiOrigin(): string | undefined {
  const node = globalThis as { process?: { env: Record<string, string | undefined> } };
  return node.process?.env[PRERENDER_API_ENV] || undefined;
}

/**
 * Where the server-side app's API calls go. Angular has already made the page's relative `/api/…`
 * addresses absolute with the request's host; only their path and query are kept, so a forged
 * Host header can never send the server to another machine. A page rendered per request asks the
 * mock backend in-process; a page prerendered at build time asks the build's own mock backend.
 * The transfer cache sits before this backend, so the browser reuses the answers on hydration.
 */
@Injectable()
export class ServerApiBackend implements HttpBackend {
  private readonly fetchBackend = inject(FetchBackend);
  private readonly context = renderContext();

  handle(request: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    const address = new URL(request.urlWithParams, 'http://localhost');
    const path = `${address.pathname}${address.search}`;
    if (!address.pathname.startsWith('/api/')) {
      return throwError(
        () => new Error(`The server-rendered app may only call the portal's API, not ${path}`),
      );
    }
    if (this.context) {
      const headers: Record<string, string> = {};
      for (const name of request.headers.keys()) headers[name] = request.headers.get(name) ?? '';
      return from(this.context.api({ method: request.method, url: path, headers })).pipe(
        map((answer) => toEvent(answer, path)),
      );
    }
    const origin = prerenderApiOrigin();
    if (!origin) {
      return throwError(
        () => new Error(`${PRERENDER_API_ENV} is not set: prerendering needs the build's API`),
      );
    }
    // `path` already holds the query: the params go, or FetchBackend appends them a second time
    // (`?theme=a&theme=a`), which the API refuses as a list where it takes one value.
    return this.fetchBackend.handle(
      request.clone({ url: `${origin}${path}`, params: new HttpParams() }),
    );
  }
}

function toEvent(answer: ServerApiAnswer, url: string): HttpResponse<unknown> {
  const headers = new HttpHeaders(answer.headers);
  const json = /\bjson\b/.test(answer.headers['content-type'] ?? '');
  const body: unknown = json && answer.body !== '' ? JSON.parse(answer.body) : answer.body;
  if (answer.status >= 400) {
    throw new HttpErrorResponse({ error: body, headers, status: answer.status, url });
  }
  return new HttpResponse({ body, headers, status: answer.status, url });
}
