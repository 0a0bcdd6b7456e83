import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { Department } from '@contract/catalogue';
import { describeThisPage } from '../../core/page-meta';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { problemText } from '../problem-text';
import { selectDepartments } from '../state/catalogue.feature';

/** `/departments`: every department A to Z (Chinese by pinyin), each linking to its services. */
@Component({
  selector: 'app-department-list',
  imports: [RouterLink, LocalizedPipe],
  providers: [LocalizedPipe],
  templateUrl: './department-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentList {
  private readonly localized = inject(LocalizedPipe);
  private readonly collator = new Intl.Collator(inject(LOCALE_ID));
  private readonly list = inject(Store).selectSignal(selectDepartments);

  protected readonly status = computed(() => this.list().status);
  protected readonly errorText = computed(() => {
    const error = this.list().error;
    return error ? problemText(error) : '';
  });
  protected readonly departments = computed((): Department[] =>
    [...this.list().items].sort((a, b) =>
      this.collator.compare(this.localized.transform(a.name), this.localized.transform(b.name)),
    ),
  );

  constructor() {
    describeThisPage(
      $localize`:@@meta.departments:江澄市各政府部门及其提供的办事服务，按部门名称排列。`,
    );
  }
}
