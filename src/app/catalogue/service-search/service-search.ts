import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { PageMeta } from '../../core/page-meta';
import { SearchBox } from '../search-box/search-box';
import { ServiceResults } from '../service-results/service-results';
import { ServiceSearchPageActions } from '../state/catalogue.actions';
import { selectDepartmentEntities, selectThemeEntities } from '../state/catalogue.feature';
import { selectCurrentSearch, selectSearchQuery } from '../state/catalogue.selectors';

/** `/services`: search the whole catalogue; what it shows is all in the URL. */
@Component({
  selector: 'app-service-search',
  imports: [SearchBox, ServiceResults],
  templateUrl: './service-search.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceSearch {
  private readonly store = inject(Store);
  private readonly router = inject(Router);

  protected readonly query = this.store.selectSignal(selectSearchQuery);
  protected readonly search = this.store.selectSignal(selectCurrentSearch);
  protected readonly themes = this.store.selectSignal(selectThemeEntities);
  protected readonly departments = this.store.selectSignal(selectDepartmentEntities);

  constructor() {
    // The search words go in the title, so browser history and tabs tell searches apart.
    // Every page of results has the first page's address as its canonical one.
    const meta = inject(PageMeta);
    effect(() => {
      const q = this.query()?.q?.trim();
      const canonical = this.router.parseUrl(this.router.url);
      delete canonical.queryParams['page'];
      meta.describe({
        title: q
          ? $localize`:@@catalogue.search.titleWithQuery:“${q}:query:”的搜索结果`
          : $localize`:@@title.serviceSearch:查找办事服务`,
        description: q
          ? $localize`:@@meta.searchWithQuery:江澄市政务服务网上与“${q}:query:”有关的办事服务和办事指南。`
          : $localize`:@@meta.search:按名称、主题、部门或办事对象查找江澄市的政务服务，查看办事指南。`,
        canonical: this.router.serializeUrl(canonical),
      });
    });
  }

  /**
   * New search words start again at page 1. Typing replaces the history entry, so Back does
   * not step through every pause; pressing Search adds one.
   */
  protected searchFor(q: string, replaceUrl: boolean): void {
    void this.router.navigate(['/services'], {
      queryParams: { q: q || null, page: null },
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }

  protected retry(): void {
    this.store.dispatch(ServiceSearchPageActions.retryClicked());
  }
}
