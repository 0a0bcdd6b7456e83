import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AccountChange, StaffAccount } from '@contract/staff';
import { of } from 'rxjs';
import { AccountsClient } from '../data/accounts-client';
import { StaffSessionStore } from '../session/staff-session';
import { ADMIN, REVIEWER } from '../session/testing';
import { AccountPage } from './account-page';
import { settle } from '../testing/settle';

const COLLEAGUE: StaffAccount = {
  userName: REVIEWER.userName,
  displayName: REVIEWER.displayName,
  role: 'reviewer',
  department: REVIEWER.department,
  hall: null,
  disabled: false,
  createdAt: '2026-01-05T01:00:00.000Z',
  lastSignInAt: null,
  version: 3,
};

describe('AccountPage', () => {
  let fixture: ComponentFixture<AccountPage>;
  let element: HTMLElement;
  let changes: AccountChange[];

  async function open(account: StaffAccount): Promise<void> {
    changes = [];
    TestBed.configureTestingModule({
      imports: [AccountPage],
      providers: [
        provideRouter([]),
        { provide: StaffSessionStore, useValue: { session: () => ADMIN } },
        {
          provide: AccountsClient,
          useValue: {
            get: () => of(account),
            departments: () => of([]),
            halls: () => of([]),
            change: (_userName: string, version: number, change: AccountChange) => {
              changes.push(change);
              return of({ ...account, ...change, version: version + 1 });
            },
          },
        },
      ],
    });
    fixture = TestBed.createComponent(AccountPage);
    fixture.componentRef.setInput('userName', account.userName);
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  const buttons = () =>
    [...element.querySelectorAll<HTMLButtonElement>('button')].map((button) =>
      button.textContent!.trim(),
    );
  const button = (text: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('button')].find(
      (each) => each.textContent!.trim() === text,
    )!;

  it('asks before disabling a colleague, and moves focus to the question', async () => {
    await open(COLLEAGUE);
    button('停用账号').click();
    await settle(fixture);
    expect(changes).toEqual([]);
    expect(buttons()).toContain('确认停用 王敏');
    expect(buttons()).not.toContain('停用账号');
    expect(document.activeElement?.id).toBe('disable-confirm');

    button('确认停用 王敏').click();
    await settle(fixture);
    expect(changes).toEqual([{ disabled: true }]);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('账号已停用');
    expect(document.activeElement?.id).toBe('status-heading');
  });

  it('leaves the account alone when the admin cancels, with focus back on the button', async () => {
    await open(COLLEAGUE);
    button('停用账号').click();
    await settle(fixture);
    button('取消').click();
    await settle(fixture);
    expect(changes).toEqual([]);
    expect(document.activeElement?.id).toBe('disable');
  });

  it('enables a disabled account at once', async () => {
    await open({ ...COLLEAGUE, disabled: true });
    button('启用账号').click();
    await settle(fixture);
    expect(changes).toEqual([{ disabled: false }]);
  });

  it('offers neither disabling nor the role on the admin’s own account, and says why', async () => {
    await open({ ...COLLEAGUE, userName: ADMIN.userName, role: 'admin', department: null });
    expect(buttons()).not.toContain('停用账号');
    expect(element.querySelector('#role')).toBeNull();
    expect(element.textContent).toContain('这是您自己的账号');
    // Saving a new name still works, and sends no role.
    const name = element.querySelector<HTMLInputElement>('#displayName')!;
    name.value = '管理员甲';
    name.dispatchEvent(new Event('input'));
    button('保存更改').click();
    await settle(fixture);
    expect(changes).toEqual([{ displayName: '管理员甲' }]);
  });

  it('offers a colleague’s role', async () => {
    await open(COLLEAGUE);
    expect(element.querySelector('#role')).not.toBeNull();
    expect(element.textContent).not.toContain('这是您自己的账号');
  });
});
