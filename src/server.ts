import { AngularNodeAppEngine } from '@angular/ssr/node';

/**
 * The server half of the portal's build (dist/portal/server/server.mjs). The mock backend imports
 * it and hands it the page requests it does not answer from files: search results rendered per
 * request, guides published after the build, and the shell for client-rendered pages
 * (mock-backend/src/pages.ts). It listens on nothing itself.
 *
 * The engine sees a request for `http://localhost/<path>` built by the mock backend, never the
 * visitor's Host header: the host plays no part in what is rendered.
 */
const engine = new AngularNodeAppEngine({ allowedHosts: ['localhost'] });

export function renderPage(request: Request, context: unknown): Promise<Response | null> {
  return engine.handle(request, context);
}
