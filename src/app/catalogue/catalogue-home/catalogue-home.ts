import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { describeThisPage } from '../../core/page-meta';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { problemText } from '../problem-text';
import { SearchBox } from '../search-box/search-box';
import { CatalogueHomePageActions } from '../state/catalogue.actions';
import { selectDepartmentEntities, selectThemes } from '../state/catalogue.feature';
import {
  selectCurrentSearch,
  selectHomeAudience,
  selectHomeThemes,
} from '../state/catalogue.selectors';

/** `/`: search first, then life events and the most used services for individuals or businesses. */
@Component({
  selector: 'app-catalogue-home',
  imports: [RouterLink, LocalizedPipe, SearchBox],
  templateUrl: './catalogue-home.html',
  styleUrl: './catalogue-home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogueHome {
  private readonly store = inject(Store);
  private readonly router = inject(Router);

  protected readonly audience = this.store.selectSignal(selectHomeAudience);
  protected readonly themes = this.store.selectSignal(selectHomeThemes);
  protected readonly themeList = this.store.selectSignal(selectThemes);
  protected readonly popular = this.store.selectSignal(selectCurrentSearch);
  protected readonly departments = this.store.selectSignal(selectDepartmentEntities);

  protected readonly popularError = computed(() => {
    const error = this.popular()?.error;
    return error ? problemText(error) : null;
  });

  constructor() {
    describeThisPage(
      $localize`:@@meta.home:在江澄市政务服务网查找办事服务、阅读办事指南、预约到大厅办理，并评价服务。`,
    );
  }

  protected search(q: string): void {
    void this.router.navigate(['/services'], { queryParams: { q: q || null } });
  }

  protected retry(): void {
    this.store.dispatch(CatalogueHomePageActions.retryClicked());
  }
}
