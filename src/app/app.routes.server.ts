import { PrerenderFallback, RenderMode, type ServerRoute } from '@angular/ssr';
import type { Department, ServiceSearchResult, Theme } from '@contract/catalogue';
import { MAX_PAGE_SIZE } from '@contract/constants/catalogue-limits';
import { PRERENDER_API_ENV, prerenderApiOrigin } from './core/server/server-api-backend';

/** Reads the published catalogue from the build's own mock backend (scripts/build.mjs). */
async function fromBuildApi<T>(path: string): Promise<T> {
  const origin = prerenderApiOrigin();
  if (!origin)
    throw new Error(`${PRERENDER_API_ENV} is not set: prerendering needs the build's API`);
  const response = await fetch(`${origin}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status} while prerendering`);
  return (await response.json()) as T;
}

async function serviceCodes(): Promise<{ code: string }[]> {
  const codes: { code: string }[] = [];
  for (let page = 1; ; page += 1) {
    const result = await fromBuildApi<ServiceSearchResult>(
      `/api/services?sort=name&pageSize=${MAX_PAGE_SIZE}&page=${page}`,
    );
    codes.push(...result.items.map(({ code }) => ({ code })));
    if (page * result.pageSize >= result.total) return codes;
  }
}

/**
 * How each address is rendered (docs/decisions.md, "Catalogue pages rendered before JavaScript").
 * What comes from the published catalogue is prerendered at build time for both languages;
 * search results depend on the query string, so the mock backend renders them per request;
 * booking, feedback and the staff workspace hold personal data or forms and stay in the browser.
 */
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Prerender },
  { path: 'about', renderMode: RenderMode.Prerender },
  { path: 'contact', renderMode: RenderMode.Prerender },
  { path: 'accessibility', renderMode: RenderMode.Prerender },
  { path: 'departments', renderMode: RenderMode.Prerender },
  {
    path: 'services/:code',
    renderMode: RenderMode.Prerender,
    // A service published after the build is rendered on request, like search results.
    fallback: PrerenderFallback.Server,
    getPrerenderParams: serviceCodes,
  },
  {
    path: 'themes/:id',
    renderMode: RenderMode.Prerender,
    fallback: PrerenderFallback.Server,
    getPrerenderParams: async () =>
      (await fromBuildApi<Theme[]>('/api/themes')).map(({ id }) => ({ id })),
  },
  {
    path: 'departments/:id',
    renderMode: RenderMode.Prerender,
    fallback: PrerenderFallback.Server,
    getPrerenderParams: async () =>
      (await fromBuildApi<Department[]>('/api/departments')).map(({ id }) => ({ id })),
  },
  { path: 'services', renderMode: RenderMode.Server },
  { path: 'appointments/**', renderMode: RenderMode.Client },
  { path: 'feedback/**', renderMode: RenderMode.Client },
  { path: 'staff/**', renderMode: RenderMode.Client },
  // Any other address is the not-found page, drawn in the browser like the routes above but
  // answered 404, so that search engines and link checkers learn the page does not exist.
  { path: '**', renderMode: RenderMode.Client, status: 404 },
];
