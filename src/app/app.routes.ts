import type { Routes } from '@angular/router';

// Titles are the page's own name; PageTitleStrategy adds the site's name.
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: $localize`:@@title.home:首页`,
    loadComponent: () => import('./home/home').then((m) => m.Home),
  },
  {
    path: 'about',
    title: $localize`:@@title.about:关于本站`,
    loadComponent: () => import('./about/about').then((m) => m.About),
  },
  {
    path: 'accessibility',
    title: $localize`:@@title.accessibility:无障碍声明`,
    loadComponent: () =>
      import('./accessibility-statement/accessibility-statement').then(
        (m) => m.AccessibilityStatement,
      ),
  },
  {
    path: 'contact',
    title: $localize`:@@title.contact:联系我们`,
    loadComponent: () => import('./contact/contact').then((m) => m.Contact),
  },
  {
    path: '**',
    title: $localize`:@@title.notFound:找不到该页面`,
    loadComponent: () => import('./core/not-found/not-found').then((m) => m.NotFound),
  },
];
