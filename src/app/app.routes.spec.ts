import { type Type, reflectComponentType } from '@angular/core';
import type { Routes } from '@angular/router';
import { routes } from './app.routes';

describe('app routes', () => {
  // The catalogue's pages live in its lazy routes (catalogue/catalogue.routes.ts), titled there.
  const pages = routes.filter((route) => !route.loadChildren);

  it('give every page a title', () => {
    for (const route of pages) {
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
    for (const route of pages) {
      const component = (await route.loadComponent!()) as Type<unknown>;
      expect(reflectComponentType(component))
        .withContext(route.path ?? '')
        .not.toBeNull();
    }
  });

  it('serve the shell pages at their addresses', () => {
    expect(routes.map((r) => r.path)).toEqual([
      'about',
      'accessibility',
      'contact',
      'appointments',
      'feedback',
      'staff',
      '',
      '**',
    ]);
  });

  it('load the staff workspace lazily, only when /staff is visited', () => {
    const staff = routes.find((r) => r.path === 'staff')!;
    expect(staff.loadChildren).toBeDefined();
    expect(staff.component).toBeUndefined();
  });

  it('hand the home page and the rest to the catalogue, before the catch-all', async () => {
    const catalogue = routes.find((r) => r.path === '')!;
    expect(catalogue.loadChildren).toBeDefined();
    const loaded = (await catalogue.loadChildren!()) as { default: Routes } | Routes;
    const children = ('default' in loaded ? loaded.default : loaded)[0].children ?? [];
    expect(children.map((r) => r.path)).toContain('');
    expect(children.find((r) => r.path === '')?.title).toBe('首页');
  });
});
