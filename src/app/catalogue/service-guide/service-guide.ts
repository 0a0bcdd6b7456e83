import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  LOCALE_ID,
  RESPONSE_INIT,
  computed,
  effect,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { Hall, MaterialForm } from '@contract/catalogue';
import { PageMeta } from '../../core/page-meta';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { GuideFieldFeedback } from '../guide-field-feedback/guide-field-feedback';
import { problemText } from '../problem-text';
import { audienceLabel } from '../search-filters/search-filters';
import { visitsText, workingDaysText } from '../service-facts';
import { ServiceGuidePageActions } from '../state/catalogue.actions';
import { selectDepartmentEntities, selectHallEntities } from '../state/catalogue.feature';
import { selectCurrentGuide } from '../state/catalogue.selectors';
import { openingHoursLines } from '../../shared/opening-hours/opening-hours';
import { ServiceSatisfaction } from '../service-satisfaction/service-satisfaction';
import { DayPipe } from '../../shared/calendar-date';

interface HallView {
  readonly hall: Hall;
  readonly hours: string[];
}

/** `/services/:code`: the full guide (办事指南) to one service, printable. */
@Component({
  selector: 'app-service-guide',
  imports: [DayPipe, RouterLink, LocalizedPipe, ServiceSatisfaction, GuideFieldFeedback],
  providers: [LocalizedPipe],
  templateUrl: './service-guide.html',
  styleUrl: './service-guide.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceGuide {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);
  private readonly localeId = inject(LOCALE_ID);

  protected readonly current = this.store.selectSignal(selectCurrentGuide);
  protected readonly departments = this.store.selectSignal(selectDepartmentEntities);
  private readonly hallEntities = this.store.selectSignal(selectHallEntities);

  protected readonly visitsText = visitsText;
  protected readonly workingDaysText = workingDaysText;

  protected readonly guide = computed(() => this.current()?.guide ?? null);
  protected readonly notFound = computed(() => this.current()?.error?.status === 404);
  protected readonly errorText = computed(() => {
    const error = this.current()?.error;
    return error && error.status !== 404 ? problemText(error) : null;
  });
  protected readonly audiences = computed(() =>
    (this.guide()?.audience ?? []).map((a) => audienceLabel(a)).join(' / '),
  );
  protected readonly halls = computed((): HallView[] =>
    (this.guide()?.hallIds ?? [])
      .map((id) => this.hallEntities()[id])
      .filter((hall): hall is Hall => hall !== undefined)
      .map((hall) => ({ hall, hours: openingHoursLines(hall.hours, this.localeId) })),
  );

  constructor() {
    const meta = inject(PageMeta);
    const localized = inject(LocalizedPipe);
    // Present only while the server renders the page: an unknown code answers 404, so search
    // engines drop it, with the same not-found content a browser shows.
    const response = inject(RESPONSE_INIT, { optional: true });
    effect(() => {
      const guide = this.guide();
      if (guide) {
        meta.describe({
          title: localized.transform(guide.name),
          description: localized.transform(guide.summary),
        });
      } else if (this.notFound()) {
        meta.hide($localize`:@@catalogue.guide.notFoundTitle:找不到该服务`);
        if (response) response.status = 404;
      }
    });
  }

  protected formText(form: MaterialForm): string {
    switch (form) {
      case 'original':
        return $localize`:@@catalogue.material.original:原件`;
      case 'copy':
        return $localize`:@@catalogue.material.copy:复印件`;
      case 'original-and-copy':
        return $localize`:@@catalogue.material.originalAndCopy:原件和复印件`;
      case 'electronic':
        return $localize`:@@catalogue.material.electronic:电子版`;
    }
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected retry(): void {
    this.store.dispatch(ServiceGuidePageActions.retryClicked());
  }
}
