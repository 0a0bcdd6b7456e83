import { Injector, afterNextRender, inject } from '@angular/core';

/**
 * `focus(id)` for a staff page: moves focus to the element with that id once the view shows it
 * (the next step's heading, a question, what an action did), so a screen reader follows the
 * change instead of being left on the page's body. Create it in an injection context.
 */
export function focusLater(): (id: string) => void {
  const injector = inject(Injector);
  return (id) => afterNextRender(() => document.getElementById(id)?.focus(), { injector });
}
