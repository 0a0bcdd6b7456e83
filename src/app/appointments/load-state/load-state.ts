import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { Problem } from '@contract/problem';
import { problemMessage } from '../appointment-problem';

/** "Loading…" while a page's data comes, or what went wrong with a Retry button. */
@Component({
  selector: 'app-load-state',
  template: `
    @if (status() === 'error') {
      <div class="notice" role="alert">
        <p>{{ text() }}</p>
        <button
          type="button"
          class="button button--secondary"
          (click)="retry.emit()"
          i18n="@@appointments.retry"
        >
          重试
        </button>
      </div>
    } @else if (status() === 'loading' || status() === 'idle') {
      <p role="status" i18n="@@appointments.loading">正在加载…</p>
    }
  `,
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadState {
  readonly status = input.required<'idle' | 'loading' | 'loaded' | 'error'>();
  readonly error = input<Problem | null>(null);
  readonly retry = output();

  protected readonly text = computed(() => {
    const error = this.error();
    return error ? problemMessage(error) : '';
  });
}
