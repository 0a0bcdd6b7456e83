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

/** How long after a navigation focus follows a page whose heading arrives with its data. */
export const FOLLOW_MS = 10_000;

/** Moves keyboard and screen-reader focus to the start of the page's own content. */
@Injectable({ providedIn: 'root' })
export class MainFocus {
  private readonly document = inject(DOCUMENT);
  private stopFollowing: (() => void) | null = null;

  /**
   * Focuses the element named by `fragment` if the page has one, else the main heading, else
   * `<main>`. The heading is read out on focus, so nothing else needs announcing.
   */
  focusPageStart(options: { fragment?: string | null; preventScroll?: boolean } = {}): void {
    const main = this.document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    const target =
      (options.fragment ? this.document.getElementById(options.fragment) : null) ??
      main.querySelector<HTMLElement>('h1') ??
      main;
    if (!target.hasAttribute('tabindex') && !isNativelyFocusable(target)) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus({ preventScroll: options.preventScroll ?? false });
  }

  /**
   * `focusPageStart` for a page just navigated to, which may still be loading: a page that
   * draws its heading once its data arrives either has none yet (focus goes to `<main>`) or
   * replaces the loading view that held focus (which would drop it on `<body>`, and a screen
   * reader would say nothing). For a while, focus follows to the page's heading when it
   * appears, unless the citizen has moved focus themselves.
   */
  focusNewPage(options: { fragment?: string | null; preventScroll?: boolean } = {}): void {
    this.stopFollowing?.();
    this.focusPageStart(options);
    const main = this.document.getElementById(MAIN_CONTENT_ID);
    const view = this.document.defaultView;
    if (!main || !view || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => {
      const active = this.document.activeElement;
      const lost = !active || active === this.document.body;
      const onMain = active === main && main.querySelector('h1') !== null;
      if (lost || onMain) this.focusPageStart(options);
      else if (!main.contains(active)) stop();
    });
    const timer = view.setTimeout(() => stop(), FOLLOW_MS);
    const stop = () => {
      observer.disconnect();
      view.clearTimeout(timer);
      if (this.stopFollowing === stop) this.stopFollowing = null;
    };
    this.stopFollowing = stop;
    observer.observe(main, { childList: true, subtree: true });
    // A key press or click of the citizen's own ends the following at once.
    for (const type of ['keydown', 'pointerdown'] as const) {
      this.document.addEventListener(type, stop, { once: true, capture: true });
    }
  }

  focusMain(): void {
    this.document.getElementById(MAIN_CONTENT_ID)?.focus();
  }
}

function isNativelyFocusable(element: HTMLElement): boolean {
  return element.matches('a[href], button, input, select, textarea, [contenteditable="true"]');
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
