import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { pageTitle } from '../../core/page-title-strategy';
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
    const title = inject(Title);
    effect(() => {
      const found = this.subject()?.found;
      if (found) title.setTitle(pageTitle(this.localized.transform(found.name)));
      else if (this.notFound()) {
        title.setTitle(pageTitle($localize`:@@catalogue.notFound.title:找不到该页面`));
      }
    });
  }

  protected retry(): void {
    this.store.dispatch(CategoryPageActions.retryClicked());
  }
}
