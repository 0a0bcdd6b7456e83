import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { Store } from '@ngrx/store';
import {
  type BookingField,
  fieldMessages,
  fieldText,
  problemMessage,
} from '../appointment-problem';
import { formValue } from '../form-value';
import { ErrorSummary, type SummaryItem } from '../../shared/error-summary/error-summary';
import { TextField } from '../text-field/text-field';
import { isMobileNumber, normalizedMobile } from '../../shared/mobile-number/mobile-number';
import { ManageLookupPageActions } from '../state/appointments.actions';
import { selectManage } from '../state/appointments.feature';

// The reference alphabet of contract/appointments.ts (no 0/O, 1/I/L, U), in either case.
const REFERENCE_PATTERN = /^[2-9A-HJKMNP-TV-Z]{4}-?[2-9A-HJKMNP-TV-Z]{4}$/i;

/** `/appointments/manage`: find a booking by its reference and the mobile number it was made with. */
@Component({
  selector: 'app-manage-lookup',
  imports: [ErrorSummary, TextField],
  templateUrl: './manage-lookup.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ManageLookup {
  private readonly store = inject(Store);
  protected readonly manage = this.store.selectSignal(selectManage);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reference: ['', [Validators.required, Validators.pattern(REFERENCE_PATTERN)]],
    mobile: [''],
  });
  protected readonly values = formValue(this.form);
  /** What was wrong at the last submit (a snapshot: see DetailsStep). */
  private readonly clientErrors = signal<BookingField[]>([]);
  private readonly submittedHere = signal(false);

  protected readonly fieldErrors = computed(() => {
    const fields = new Set<BookingField>(this.clientErrors());
    const error = this.serverError();
    for (const message of error ? fieldMessages(error) : []) fields.add(message.field);
    return fields;
  });
  private readonly serverError = computed(() => {
    const manage = this.manage();
    return this.submittedHere() && manage.action === 'lookup' ? manage.error : null;
  });
  protected readonly message = computed(() => {
    const error = this.serverError();
    return error && !fieldMessages(error).length ? problemMessage(error) : null;
  });
  protected readonly summary = computed((): SummaryItem[] =>
    [...this.fieldErrors()].map((field) => ({ fieldId: field, text: fieldText(field) })),
  );
  protected readonly sending = computed(
    () => this.manage().status === 'loading' && this.manage().action === 'lookup',
  );

  protected errorFor(field: BookingField): string | null {
    return this.fieldErrors().has(field) ? fieldText(field) : null;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const { controls } = this.form;
    const errors: BookingField[] = [];
    if (controls.reference.invalid) errors.push('reference');
    if (!isMobileNumber(normalizedMobile(controls.mobile.value))) errors.push('mobile');
    this.clientErrors.set(errors);
    this.submittedHere.set(false);
    if (errors.length || this.sending()) return;
    const { reference, mobile } = this.form.getRawValue();
    this.submittedHere.set(true);
    this.store.dispatch(
      ManageLookupPageActions.lookupSubmitted({
        reference: reference.trim().toUpperCase(),
        mobile: normalizedMobile(mobile),
      }),
    );
  }
}
