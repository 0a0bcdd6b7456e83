import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { valueOf } from '../../shared/form-value';

/**
 * GOV.UK's password input: a plain text box (paste allowed, never blocked) with a button that
 * shows or hides what was typed, and a status line that tells screen-reader users which it is.
 * Showing the password lets people check a long one before they submit it.
 */
@Component({
  selector: 'app-password-input',
  template: `
    <div class="password-field">
      <input
        class="input"
        [class.input--error]="invalid()"
        [id]="inputId()"
        [type]="shown() ? 'text' : 'password'"
        [attr.autocomplete]="autocomplete()"
        spellcheck="false"
        autocapitalize="none"
        [value]="value()"
        (input)="valueChange.emit(valueOf($event))"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="invalid() || null"
      />
      <button
        type="button"
        class="button button--secondary"
        [attr.aria-controls]="inputId()"
        (click)="toggle()"
      >
        @if (shown()) {
          <ng-container i18n="@@staff.auth.hidePassword">隐藏</ng-container>
          <span class="visually-hidden">{{ label() }}</span>
        } @else {
          <ng-container i18n="@@staff.auth.showPassword">显示</ng-container>
          <span class="visually-hidden">{{ label() }}</span>
        }
      </button>
    </div>
    <p class="visually-hidden" aria-live="polite">{{ status() }}</p>
  `,
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordInput {
  protected readonly valueOf = valueOf;
  readonly inputId = input.required<string>();
  /** The field's label, read after "Show"/"Hide" so the button says what it acts on. */
  readonly label = input.required<string>();
  readonly autocomplete = input<'current-password' | 'new-password'>('current-password');
  readonly invalid = input(false);
  readonly describedBy = input<string | null>(null);
  // An input and its change event rather than model(): model() would add framework code to the
  // download every citizen pays for (see docs/decisions.md). Forms bind value and event apart.
  readonly value = input('');
  readonly valueChange = output<string>();

  protected readonly shown = signal(false);
  private readonly toggled = signal(false);
  protected readonly status = computed(() => {
    const shown = this.shown();
    if (!this.toggled()) return '';
    return shown
      ? $localize`:@@staff.auth.passwordShown:密码已显示`
      : $localize`:@@staff.auth.passwordHidden:密码已隐藏`;
  });

  protected toggle(): void {
    this.shown.set(!this.shown());
    // Silent until the first press: nothing has changed before it.
    this.toggled.set(true);
  }
}
