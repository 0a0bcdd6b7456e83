import { DOCUMENT } from '@angular/common';
import {
  DestroyRef,
  type EnvironmentProviders,
  Injectable,
  Injector,
  afterNextRender,
  inject,
  provideEnvironmentInitializer,
} from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { pagePath } from './page-path';

export const MAIN_CONTENT_ID = 'main-content';

interface PageStartOptions {
  fragment?: string | null;
  preventScroll?: boolean;
}

/** Moves keyboard and screen-reader focus to the start of the page's own content. */
@Injectable({ providedIn: 'root' })
export class MainFocus {
  private readonly document = inject(DOCUMENT);

  /**
   * Focuses the element named by `fragment` if the page has one, else the main heading, else
   * `<main>`. The heading is read out on focus, so nothing else needs announcing.
   */
  focusPageStart(options: PageStartOptions = {}): void {
    const main = this.document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    const target =
      (options.fragment ? this.document.getElementById(options.fragment) : null) ??
      main.querySelector<HTMLElement>('h1') ??
      main;
    // Headings and <main> take focus only from script (tabindex -1); links and fields already do.
    if (target.tabIndex < 0) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: options.preventScroll ?? false });
  }

  /**
   * `focusPageStart` for a page just navigated to, which may still be loading. A page that
   * draws its heading once its data arrives has none yet (focus goes to `<main>`), or replaces
   * the loading view that held focus, which drops focus on `<body>` where a screen reader says
   * nothing. For ten seconds focus follows to the heading when either happens; a key or pointer
   * press of the citizen's own ends the watch, so focus is never taken from someone who moved on.
   */
  focusNewPage(options: PageStartOptions = {}): void {
    this.focusPageStart(options);
    const main = this.document.getElementById(MAIN_CONTENT_ID);
    if (!main || typeof MutationObserver === 'undefined') return;
    const watch = new MutationObserver(() => {
      const active = this.document.activeElement;
      if (active === this.document.body || (active === main && main.querySelector('h1'))) {
        this.focusPageStart(options);
      }
    });
    watch.observe(main, { childList: true, subtree: true });
    const stop = () => watch.disconnect();
    setTimeout(stop, 10_000);
    for (const type of ['keydown', 'pointerdown']) {
      this.document.addEventListener(type, stop, { once: true, capture: true });
    }
  }

  focusMain(): void {
    this.document.getElementById(MAIN_CONTENT_ID)?.focus();
  }
}

/**
 * After each navigation to another page, focus that page's heading so screen-reader users hear
 * where they are (as GOV.UK does). The first page load is left alone: the browser reads the new
 * document from the top and the skip link stays the first tab stop. Query-only changes (search,
 * filters) keep focus where the citizen is working.
 */
export function provideRouteFocus(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const router = inject(Router);
    const injector = inject(Injector);
    const focus = inject(MainFocus);
    let previousPath: string | null = null;
    const subscription = router.events
      .pipe(filter((event): event is NavigationEnd => event instanceof NavigationEnd))
      .subscribe((event) => {
        const path = pagePath(event.urlAfterRedirects);
        const changed = previousPath !== null && path !== previousPath;
        previousPath = path;
        if (!changed) return;
        const fragment = router.parseUrl(event.urlAfterRedirects).fragment;
        // Scrolling is the router's job (scroll restoration, anchors), so focus must not scroll.
        afterNextRender(() => focus.focusNewPage({ fragment, preventScroll: true }), {
          injector,
        });
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  });
}
