import { type Signal, computed, signal } from '@angular/core';
import type { SummaryItem } from '../shared/error-summary/error-summary';

/**
 * A staff form's errors: a message per field (the field's id is the key, so the summary's links
 * move focus to it), the error summary's items in the form's order, and each field's
 * aria-describedby. The page sets them on submit and from the server's answer.
 */
export class FormErrors<Field extends string> {
  private readonly byField = signal<ReadonlyMap<Field, string>>(new Map());
  readonly fields: Signal<ReadonlyMap<Field, string>> = this.byField.asReadonly();
  readonly summary = computed((): SummaryItem[] =>
    [...this.byField()].map(([fieldId, text]) => ({ fieldId, text })),
  );

  constructor(private readonly order: readonly Field[]) {}

  set(errors: Partial<Record<Field, string>>): void {
    const map = new Map<Field, string>();
    for (const field of this.order) {
      const text = errors[field];
      if (text) map.set(field, text);
    }
    this.byField.set(map);
  }

  clear(): void {
    this.byField.set(new Map());
  }

  has(field: Field): boolean {
    return this.byField().has(field);
  }

  text(field: Field): string {
    return this.byField().get(field) ?? '';
  }

  get count(): number {
    return this.byField().size;
  }

  /** The field's aria-describedby: its hint (if any) and its error message while it has one. */
  describedBy(field: Field, ...others: string[]): string | null {
    const ids = [...others, ...(this.has(field) ? [`${field}-error`] : [])];
    return ids.length ? ids.join(' ') : null;
  }
}
