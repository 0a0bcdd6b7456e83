import { type Type, reflectComponentType } from '@angular/core';
import { routes } from './app.routes';

describe('app routes', () => {
  it('give every page a title', () => {
    for (const route of routes) {
      expect(typeof route.title)
        .withContext(route.path ?? '')
        .toBe('string');
    }
  });

  it('end with a catch-all not-found page', () => {
    const last = routes[routes.length - 1];
    expect(last.path).toBe('**');
    expect(last.title).toBe('找不到该页面');
  });

  it('load a component for every page', async () => {
    for (const route of routes) {
      const component = (await route.loadComponent!()) as Type<unknown>;
      expect(reflectComponentType(component))
        .withContext(route.path ?? '')
        .not.toBeNull();
    }
  });

  it('serve the shell pages at their addresses', () => {
    expect(routes.map((r) => r.path)).toEqual(['', 'about', 'accessibility', 'contact', '**']);
  });
});
