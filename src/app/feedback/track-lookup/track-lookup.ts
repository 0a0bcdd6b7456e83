import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { FieldError } from '../field-error/field-error';
import { type FeedbackField, formErrors } from '../feedback-problem';
import { TRACKING_CODE_PATTERN } from '../feedback-rules';
import { valueOf } from '../../shared/form-value';
import { isMobileNumber, normalizedMobile } from '../../shared/mobile-number/mobile-number';
import { TrackPageActions } from '../state/feedback.actions';
import { selectTracked } from '../state/feedback.feature';

/** Spaces people type or paste between the groups of a code are dropped; hyphens stay. */
export function normalizeCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** `/feedback/track`: find a case by its tracking code (and the mobile given with it). */
@Component({
  selector: 'app-track-lookup',
  imports: [RouterLink, ErrorSummary, FieldError],
  templateUrl: './track-lookup.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrackLookup {
  private readonly store = inject(Store);
  private readonly tracked = this.store.selectSignal(selectTracked);

  // Bound by hand rather than with ReactiveFormsModule (see the submission form).
  protected readonly trackingCode = signal(this.tracked().query?.trackingCode ?? '');
  protected readonly mobile = signal('');
  protected readonly valueOf = valueOf;

  private readonly found = signal<FeedbackField[]>([]);
  private readonly check = formErrors(this.found, this.tracked);
  protected readonly errors = this.check.errors;
  protected readonly summary = this.check.summary;
  protected readonly failure = this.check.failure;
  protected readonly describedBy = this.check.describedBy;
  protected readonly searching = computed(() => this.tracked().status === 'loading');

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.searching()) return;
    const trackingCode = normalizeCode(this.trackingCode());
    const mobile = normalizedMobile(this.mobile());
    const errors: FeedbackField[] = [];
    if (!TRACKING_CODE_PATTERN.test(trackingCode)) errors.push('trackingCode');
    if (mobile && !isMobileNumber(mobile)) errors.push('mobile');
    this.found.set(errors);
    if (errors.length) return;
    this.store.dispatch(
      TrackPageActions.lookupSubmitted({
        query: { trackingCode, ...(mobile ? { mobile } : {}) },
      }),
    );
  }
}
