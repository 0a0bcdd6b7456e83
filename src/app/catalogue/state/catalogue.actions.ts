import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type {
  Department,
  Hall,
  ServiceGuidePage,
  ServiceSearchResult,
  Theme,
} from '@contract/catalogue';
import type { Problem } from '@contract/problem';

/** The kinds of reference data the catalogue loads once and keeps. */
export type ReferenceKind = 'themes' | 'departments' | 'halls';

export const CatalogueHomePageActions = createActionGroup({
  source: 'Catalogue Home Page',
  events: {
    'Retry Clicked': emptyProps(),
  },
});

export const ServiceSearchPageActions = createActionGroup({
  source: 'Service Search Page',
  events: {
    'Retry Clicked': emptyProps(),
  },
});

/** A theme's or a department's page (`/themes/:id`, `/departments/:id`). */
export const CategoryPageActions = createActionGroup({
  source: 'Category Page',
  events: {
    'Retry Clicked': emptyProps(),
  },
});

export const ServiceGuidePageActions = createActionGroup({
  source: 'Service Guide Page',
  events: {
    'Retry Clicked': emptyProps(),
  },
});

export const CatalogueApiActions = createActionGroup({
  source: 'Catalogue API',
  events: {
    'Search Started': props<{ key: string }>(),
    'Search Loaded': props<{ key: string; result: ServiceSearchResult }>(),
    'Search Failed': props<{ key: string; error: Problem }>(),
    'Guide Started': props<{ code: string }>(),
    'Guide Loaded': props<{ code: string; page: ServiceGuidePage }>(),
    'Guide Failed': props<{ code: string; error: Problem }>(),
    'Reference List Started': props<{ kind: ReferenceKind }>(),
    'Themes Loaded': props<{ themes: Theme[] }>(),
    'Departments Loaded': props<{ departments: Department[] }>(),
    'Halls Loaded': props<{ halls: Hall[] }>(),
    'Reference List Failed': props<{ kind: ReferenceKind; error: Problem }>(),
  },
});
