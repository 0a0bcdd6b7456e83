import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { IdType } from '@contract/appointments';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import {
  type BookingField,
  type FieldMessage,
  fieldMessages,
  fieldText,
} from '../appointment-problem';
import { BookingStep } from '../booking-step';
import { DetailsStorage } from '../data/details-storage';
import { formValue } from '../form-value';
import { ErrorSummary, type SummaryItem } from '../../shared/error-summary/error-summary';
import { TextField } from '../text-field/text-field';
import { idTypeText } from '../id-type-text';
import { detailsProblems, normalizedDetails } from '../personal-details';
import { selectBooking } from '../state/appointments.feature';

const ID_TYPES: readonly IdType[] = ['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit'];

/** Who is coming, how to reach them and what they will bring. Nothing here enters the URL. */
@Component({
  selector: 'app-details-step',
  imports: [RouterLink, LocalizedPipe, ErrorSummary, TextField],
  templateUrl: './details-step.html',
  styleUrl: '../../shared/form-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DetailsStep {
  protected readonly step = new BookingStep();
  private readonly storage = inject(DetailsStorage);
  private readonly booking = this.step.store.selectSignal(selectBooking);

  protected readonly idTypes = ID_TYPES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    mobile: [''],
    idType: ['resident-id' as IdType],
    idNumber: ['', Validators.required],
    materials: [[] as number[]],
    /** Honeypot: hidden from people and from assistive technology; bots fill it in. */
    website: [''],
  });
  protected readonly values = formValue(this.form);
  protected readonly materials = computed(() => this.step.service()?.guide?.materials ?? []);

  /**
   * What was wrong at the last submit. Errors are a snapshot, as GOV.UK's are, not checked as
   * the citizen types: the summary would otherwise change, and take focus, at every keystroke.
   */
  private readonly clientErrors = signal<FieldMessage[] | null>(null);

  /** The server's field errors from the last booking attempt (it knows best). */
  private readonly serverErrors = computed((): BookingField[] => {
    const error = this.booking().error;
    return error && this.clientErrors() === null ? fieldMessages(error).map((m) => m.field) : [];
  });
  protected readonly fieldErrors = computed(
    () =>
      new Set([
        ...(this.clientErrors() ?? []).map((problem) => problem.field),
        ...this.serverErrors(),
      ]),
  );
  protected readonly summary = computed((): SummaryItem[] =>
    [...this.fieldErrors()].map((field) => ({ fieldId: field, text: this.textFor(field) })),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const saved = this.storage.read();
      if (saved) this.form.patchValue(saved);
      // Kept as typed, not only on Continue: the language switch loads the other build's page.
      this.form.valueChanges
        .pipe(takeUntilDestroyed(destroyRef))
        .subscribe(() => this.storage.write(this.form.getRawValue()));
    });
  }

  protected readonly idTypeText = idTypeText;

  protected hasMaterial(index: number): boolean {
    return this.values().materials.includes(index);
  }

  protected setIdType(event: Event): void {
    this.form.controls.idType.setValue((event.target as HTMLSelectElement).value as IdType);
  }

  protected setWebsite(event: Event): void {
    this.form.controls.website.setValue((event.target as HTMLInputElement).value);
  }

  protected toggleMaterial(index: number, checked: boolean): void {
    const held = this.form.controls.materials.value.filter((i) => i !== index);
    this.form.controls.materials.setValue(checked ? [...held, index].sort((a, b) => a - b) : held);
  }

  protected errorFor(field: BookingField): string | null {
    return this.fieldErrors().has(field) ? this.textFor(field) : null;
  }

  private textFor(field: BookingField): string {
    return (
      this.clientErrors()?.find((problem) => problem.field === field)?.text ?? fieldText(field)
    );
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const value = this.form.getRawValue();
    const errors = detailsProblems(value);
    this.clientErrors.set(errors);
    if (errors.length) return;
    this.storage.write(normalizedDetails(value));
    void this.step.go('book', 'check', {});
  }
}
