import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { CatalogueHome } from './catalogue-home/catalogue-home';
import { CategoryPage } from './category-page/category-page';
import { DepartmentList } from './department-list/department-list';
import { ServiceGuide } from './service-guide/service-guide';
import { ServiceSearch } from './service-search/service-search';
import * as catalogueEffects from './state/catalogue.effects';
import { catalogueFeature } from './state/catalogue.feature';
import type { CatalogueView } from './state/search-query';

const view = (catalogueView: CatalogueView) => ({ catalogueView });

/**
 * The service catalogue: home, search, theme and department lists, and service guides. Theme,
 * department and guide pages set their own title once their data has loaded.
 */
const routes: Routes = [
  {
    path: '',
    providers: [provideState(catalogueFeature), provideEffects(catalogueEffects)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: $localize`:@@title.home:首页`,
        data: view('home'),
        component: CatalogueHome,
      },
      {
        path: 'services',
        title: $localize`:@@title.serviceSearch:查找办事服务`,
        data: view('search'),
        component: ServiceSearch,
      },
      {
        path: 'services/:code',
        title: $localize`:@@title.serviceGuide:办事指南`,
        data: view('guide'),
        component: ServiceGuide,
      },
      {
        path: 'themes/:id',
        title: $localize`:@@title.theme:主题`,
        data: view('theme'),
        component: CategoryPage,
      },
      {
        path: 'departments',
        title: $localize`:@@title.departments:按部门浏览`,
        data: view('departments'),
        component: DepartmentList,
      },
      {
        path: 'departments/:id',
        title: $localize`:@@title.department:部门`,
        data: view('department'),
        component: CategoryPage,
      },
    ],
  },
];

export default routes;
