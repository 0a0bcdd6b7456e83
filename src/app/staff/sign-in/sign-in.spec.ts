import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { SignInInput, StaffSession } from '@contract/staff';
import { StaffSessionStore } from '../session/staff-session';
import { REVIEWER } from '../session/testing';
import { SignIn } from './sign-in';
import { settle } from '../testing/settle';

describe('SignIn', () => {
  let fixture: ComponentFixture<SignIn>;
  let element: HTMLElement;
  let router: Router;
  let answer: (input: SignInInput) => Promise<StaffSession>;
  let sent: SignInInput[];

  beforeEach(async () => {
    sent = [];
    answer = () => Promise.resolve(REVIEWER);
    TestBed.configureTestingModule({
      imports: [SignIn],
      providers: [
        provideRouter([]),
        {
          provide: StaffSessionStore,
          useValue: {
            signIn: (input: SignInInput) => {
              sent.push(input);
              return answer(input);
            },
          },
        },
      ],
    });
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
    fixture = TestBed.createComponent(SignIn);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  async function type(id: string, value: string): Promise<void> {
    const input = element.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    // The store's promise settles after the first render.
    await settle(fixture);
  }

  const summary = () => element.querySelector('.error-summary')?.textContent ?? '';

  it('uses the autocomplete names password managers look for, and never blocks paste', () => {
    expect(element.querySelector('#userName')?.getAttribute('autocomplete')).toBe('username');
    const password = element.querySelector<HTMLInputElement>('#password')!;
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    const paste = new Event('paste', { cancelable: true });
    password.dispatchEvent(paste);
    expect(paste.defaultPrevented).toBeFalse();
  });

  it('shows and hides the password on request', async () => {
    const password = element.querySelector<HTMLInputElement>('#password')!;
    expect(password.type).toBe('password');
    element.querySelector<HTMLButtonElement>('button[aria-controls="password"]')!.click();
    await fixture.whenStable();
    expect(password.type).toBe('text');
  });

  it('asks for both fields before sending anything', async () => {
    await submit();
    expect(sent).toEqual([]);
    expect(summary()).toContain('输入用户名');
    expect(summary()).toContain('输入密码');
  });

  it('shows refused credentials in the summary and at the field, and clears the password', async () => {
    answer = () =>
      Promise.reject(
        new HttpErrorResponse({
          status: 401,
          error: { type: '/problems/sign-in-failed', title: 'x', status: 401 },
        }),
      );
    await type('userName', 'wang.min');
    await type('password', 'wrong password');
    await submit();
    expect(summary()).toContain('用户名或密码不正确');
    expect(element.querySelector('#userName-error')?.textContent).toContain('用户名或密码不正确');
    expect(element.querySelector('#password')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector<HTMLInputElement>('#password')!.value).toBe('');
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('says how long to wait when sign-in is rate limited', async () => {
    answer = () =>
      Promise.reject(
        new HttpErrorResponse({ status: 429, headers: new HttpHeaders({ 'Retry-After': '37' }) }),
      );
    await type('userName', 'wang.min');
    await type('password', 'x');
    await submit();
    expect(summary()).toContain('37 秒');
  });

  it('says when the server cannot be reached', async () => {
    answer = () => Promise.reject(new HttpErrorResponse({ status: 0 }));
    await type('userName', 'wang.min');
    await type('password', 'x');
    await submit();
    expect(summary()).toContain('暂时无法连接到服务');
  });

  it('goes to the return path after signing in, replacing the sign-in page in the history', async () => {
    fixture.componentRef.setInput('next', '/staff/items/c12');
    await type('userName', ' wang.min ');
    await type('password', 'jiangcheng-demo-2026');
    await submit();
    expect(sent).toEqual([{ userName: 'wang.min', password: 'jiangcheng-demo-2026' }]);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/staff/items/c12', { replaceUrl: true });
  });

  it('goes to the queue instead of a return path on another site', async () => {
    fixture.componentRef.setInput('next', '//evil.example/staff');
    await type('userName', 'wang.min');
    await type('password', 'jiangcheng-demo-2026');
    await submit();
    expect(router.navigateByUrl).toHaveBeenCalledWith('/staff/queue', { replaceUrl: true });
  });

  it('says the user was signed out when a session ended', async () => {
    fixture.componentRef.setInput('ended', 'expired');
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('您已被退出登录');
  });
});
