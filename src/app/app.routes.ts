import type { Routes } from '@angular/router';

// Titles are the page's own name; PageTitleStrategy adds the site's name.
export const routes: Routes = [
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
    path: 'appointments',
    loadChildren: () => import('./appointments/appointments.routes'),
  },
  {
    path: 'feedback',
    loadChildren: () => import('./feedback/feedback.routes'),
  },
  // Staff sign in here; nothing of the workspace loads for citizens who never visit it.
  {
    path: 'staff',
    loadChildren: () => import('./staff/staff.routes'),
  },
  // The catalogue owns the home page and its own addresses; it comes after the shell's pages so
  // that they do not load its code, and before the catch-all, which it falls through to.
  {
    path: '',
    loadChildren: () => import('./catalogue/catalogue.routes'),
  },
  {
    path: '**',
    title: $localize`:@@title.notFound:找不到该页面`,
    loadComponent: () => import('./core/not-found/not-found').then((m) => m.NotFound),
  },
];
