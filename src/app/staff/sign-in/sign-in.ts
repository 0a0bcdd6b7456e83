import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { ErrorSummary } from '../../shared/error-summary/error-summary';
import { StaffFieldError } from '../field-error';
import { FormErrors } from '../form-errors';
import { PasswordInput } from '../password-input/password-input';
import { safeNext } from '../session/next-path';
import { type SessionEnd, StaffSessionStore } from '../session/staff-session';
import { signInFailure, signInMessage } from './sign-in-failure';
import { valueOf } from '../../shared/form-value';

type SignInField = 'userName' | 'password';

/**
 * `/staff/sign-in?next=…&ended=…`: the staff workspace's only public page. After signing in the
 * user goes to `next` when it is a staff page of this site, otherwise to the queue; the sign-in
 * page is replaced in the history so Back does not return to it.
 */
@Component({
  selector: 'app-sign-in',
  imports: [ErrorSummary, PasswordInput, StaffFieldError],
  templateUrl: './sign-in.html',
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignIn {
  protected readonly valueOf = valueOf;
  private readonly store = inject(StaffSessionStore);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router. */
  readonly next = input<string>();
  readonly ended = input<SessionEnd | string>();

  protected readonly passwordLabel = $localize`:@@staff.auth.password:密码`;
  protected readonly userName = signal('');
  protected readonly password = signal('');
  protected readonly errors = new FormErrors<SignInField>(['userName', 'password']);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** Marks the password field too after a refusal, since either may be the wrong one. */
  protected readonly credentialsRefused = signal(false);
  /** The notice is about how the last session ended; once the user acts, it is old news. */
  protected readonly notice = computed(() =>
    this.failure() || this.errors.count ? null : this.ended(),
  );

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const userName = this.userName().trim();
    const password = this.password();
    this.failure.set(null);
    this.credentialsRefused.set(false);
    this.errors.set({
      userName: userName ? '' : $localize`:@@staff.auth.error.userName:输入用户名`,
      password: password ? '' : $localize`:@@staff.auth.error.password:输入密码`,
    });
    if (this.errors.count) return;
    this.busy.set(true);
    try {
      await this.store.signIn({ userName, password });
    } catch (error) {
      const failure = signInFailure(error);
      if (failure.kind === 'credentials') {
        // Which of the two was wrong is not said (the server does not say either).
        this.errors.set({ userName: signInMessage(failure) });
        this.credentialsRefused.set(true);
        this.password.set('');
      } else {
        this.failure.set(signInMessage(failure));
      }
      return;
    } finally {
      this.busy.set(false);
    }
    await this.router.navigateByUrl(safeNext(this.next()), { replaceUrl: true });
  }
}
