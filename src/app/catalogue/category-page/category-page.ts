import {
  ChangeDetectionStrategy,
  Component,
  RESPONSE_INIT,
  computed,
  effect,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { PageMeta } from '../../core/page-meta';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import type { FacetName } from '../search-filters/search-filters';
import { ServiceResults } from '../service-results/service-results';
import { CategoryPageActions } from '../state/catalogue.actions';
import { selectDepartmentEntities, selectThemeEntities } from '../state/catalogue.feature';
import {
  selectCatalogueView,
  selectCurrentDepartment,
  selectCurrentSearch,
  selectCurrentTheme,
  selectSearchQuery,
} from '../state/catalogue.selectors';

/** `/themes/:id` and `/departments/:id`: one theme's or department's services. */
@Component({
  selector: 'app-category-page',
  imports: [RouterLink, LocalizedPipe, ServiceResults],
  providers: [LocalizedPipe],
  templateUrl: './category-page.html',
  styleUrl: './category-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CategoryPage {
  private readonly store = inject(Store);
  private readonly localized = inject(LocalizedPipe);

  protected readonly view = this.store.selectSignal(selectCatalogueView);
  private readonly currentTheme = this.store.selectSignal(selectCurrentTheme);
  private readonly currentDepartment = this.store.selectSignal(selectCurrentDepartment);
  protected readonly query = this.store.selectSignal(selectSearchQuery);
  protected readonly search = this.store.selectSignal(selectCurrentSearch);
  protected readonly themes = this.store.selectSignal(selectThemeEntities);
  protected readonly departments = this.store.selectSignal(selectDepartmentEntities);

  /** Whichever of the two this page is about: the other is null. */
  protected readonly subject = computed(() => this.currentTheme() ?? this.currentDepartment());
  protected readonly theme = computed(() => this.currentTheme()?.found ?? null);
  /** A department has no description of its own; its address and phone stand in. */
  protected readonly department = computed(() => this.currentDepartment()?.found ?? null);
  protected readonly facets = computed((): FacetName[] =>
    this.view() === 'theme' ? ['department', 'audience'] : ['theme', 'audience'],
  );
  protected readonly notFound = computed(() => {
    const subject = this.subject();
    return subject?.status === 'loaded' && subject.found === null;
  });

  constructor() {
    const meta = inject(PageMeta);
    // Present only while the server renders the page (a theme or department published after the
    // build, or none): an unknown one answers 404, as an unknown service code does.
    const response = inject(RESPONSE_INIT, { optional: true });
    effect(() => {
      const theme = this.theme();
      const department = this.department();
      if (theme) {
        meta.describe({
          title: this.localized.transform(theme.name),
          description: this.localized.transform(theme.description),
        });
      } else if (department) {
        const name = this.localized.transform(department.name);
        meta.describe({
          title: name,
          description: $localize`:@@meta.department:${name}:department:提供的办事服务：办事指南、所需材料、办理时限和办理地点。`,
        });
      } else if (this.notFound()) {
        meta.hide($localize`:@@catalogue.notFound.title:找不到该页面`);
        if (response) response.status = 404;
      }
    });
  }

  protected retry(): void {
    this.store.dispatch(CategoryPageActions.retryClicked());
  }
}
