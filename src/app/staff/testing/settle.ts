import type { ComponentFixture } from '@angular/core/testing';

/**
 * Waits until a staff page shows what its requests led to: stable, then one task for the promises
 * that settle after the first render (the session store's, an HTTP answer's), then stable again.
 */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
