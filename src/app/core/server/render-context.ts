import { CSP_NONCE, REQUEST_CONTEXT, type Provider, inject } from '@angular/core';

/** An API answer as the mock backend gives it to a page it renders (see mock-backend/src/pages.ts). */
export interface ServerApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * What the mock backend hands Angular for one page it renders on request: the API, answered in
 * the same process as the citizen's own request (so their rate limit and language apply), and
 * the response's script nonce. Pages prerendered at build time have no context.
 */
export interface PortalRenderContext {
  api(request: {
    method: string;
    url: string;
    headers: Record<string, string>;
  }): Promise<ServerApiAnswer>;
  nonce: string;
}

export function renderContext(): PortalRenderContext | null {
  const context = inject(REQUEST_CONTEXT, { optional: true });
  return isRenderContext(context) ? context : null;
}

function isRenderContext(value: unknown): value is PortalRenderContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<PortalRenderContext>).api === 'function' &&
    typeof (value as Partial<PortalRenderContext>).nonce === 'string'
  );
}

/** Angular's own inline script (event replay) carries the response's nonce. */
export function provideServerCspNonce(): Provider {
  return { provide: CSP_NONCE, useFactory: () => renderContext()?.nonce ?? null };
}
