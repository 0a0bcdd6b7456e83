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

/** Moves keyboard and screen-reader focus to the start of the page's own content. */
@Injectable({ providedIn: 'root' })
export class MainFocus {
  private readonly document = inject(DOCUMENT);

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
        afterNextRender(() => focus.focusPageStart({ fragment, preventScroll: true }), {
          injector,
        });
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  });
}
