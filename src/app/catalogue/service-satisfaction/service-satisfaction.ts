import { DatePipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { RatingLevel } from '@contract/feedback';
import { CatalogueClient } from '../data/catalogue-client';

/**
 * A guide's published 好差评 results. They load on their own beside the guide (a failure hides
 * this box and nothing else), so they stay out of the catalogue's store.
 */
@Component({
  selector: 'app-service-satisfaction',
  imports: [DatePipe, PercentPipe],
  templateUrl: './service-satisfaction.html',
  styleUrl: './service-satisfaction.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceSatisfaction {
  private readonly client = inject(CatalogueClient);
  readonly code = input.required<string>();

  protected readonly results = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.client.satisfaction(params),
  });

  protected levelText(level: RatingLevel): string {
    switch (level) {
      case 'very-satisfied':
        return $localize`:@@catalogue.satisfaction.verySatisfied:非常满意`;
      case 'satisfied':
        return $localize`:@@catalogue.satisfaction.satisfied:满意`;
      case 'basically-satisfied':
        return $localize`:@@catalogue.satisfaction.basicallySatisfied:基本满意`;
      case 'dissatisfied':
        return $localize`:@@catalogue.satisfaction.dissatisfied:不满意`;
      case 'very-dissatisfied':
        return $localize`:@@catalogue.satisfaction.veryDissatisfied:非常不满意`;
    }
  }
}
