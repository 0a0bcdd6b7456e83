import { PLATFORM_ID, inject } from '@angular/core';
import { isPlatformBrowser } from '@angular/common';

/**
 * One JSON value in the tab's `sessionStorage`: it outlives a reload, Back and the language
 * switch (a full page load of the other language's build), and the tab forgets it when it
 * closes. Never a URL (shared, logged, kept in history). On the server it holds nothing, and
 * storage that is refused or full (private browsing) reads as nothing: the page asks again.
 * Create it in an injection context.
 */
export class TabStorage<T> {
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));

  constructor(private readonly key: string) {}

  read(): T | null {
    if (!this.browser) return null;
    try {
      const raw = sessionStorage.getItem(this.key);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  }

  write(value: T): void {
    if (!this.browser) return;
    try {
      sessionStorage.setItem(this.key, JSON.stringify(value));
    } catch {
      // Refused or full: nothing is kept beyond memory.
    }
  }

  clear(): void {
    if (!this.browser) return;
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Refused: there was nothing kept to clear.
    }
  }
}
