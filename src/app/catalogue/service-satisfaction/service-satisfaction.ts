import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import type { RatingLevel, ServiceResults } from '@contract/feedback';
import type { Subscription } from 'rxjs';
import { PercentPipe } from '../../shared/percent/percent-pipe';
import { CatalogueClient } from '../data/catalogue-client';
import { DayPipe } from '../../shared/calendar-date';

/**
 * A guide's published 好差评 results. They load on their own beside the guide (a failure hides
 * this box and nothing else), so they stay out of the catalogue's store.
 */
@Component({
  selector: 'app-service-satisfaction',
  imports: [DayPipe, PercentPipe],
  templateUrl: './service-satisfaction.html',
  styleUrl: './service-satisfaction.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceSatisfaction {
  private readonly client = inject(CatalogueClient);
  readonly code = input.required<string>();

  /** Null while loading, and when the figures cannot be had: the guide stands without them. */
  protected readonly results = signal<ServiceResults | null>(null);

  // A plain subscription rather than rxResource, whose runtime would join the initial download.
  constructor() {
    let subscription: Subscription | undefined;
    effect(() => {
      const code = this.code();
      subscription?.unsubscribe();
      this.results.set(null);
      subscription = this.client.satisfaction(code).subscribe({
        next: (results) => this.results.set(results),
        error: () => this.results.set(null),
      });
    });
    inject(DestroyRef).onDestroy(() => subscription?.unsubscribe());
  }

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
