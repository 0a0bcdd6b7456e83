import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { StaffDepartment, StaffRole } from '@contract/staff';
import { LocalizedPipe } from '../../shared/localized/localized-pipe';
import { roleName } from '../staff-text';

/**
 * An account's user name, role and department as a GOV.UK summary list, with the display name
 * (one's own account) or the status and last sign-in (an admin's view) when given. Rows are
 * inputs rather than projected content: <ng-content> would add framework code to every citizen's
 * download (docs/decisions.md).
 */
@Component({
  selector: 'app-account-facts',
  imports: [DatePipe, LocalizedPipe],
  template: `<dl class="details">
    <div class="details__row">
      <dt i18n="@@staff.accounts.col.userName">用户名</dt>
      <dd>{{ userName() }}</dd>
    </div>
    <div class="details__row">
      <dt i18n="@@staff.accounts.col.role">角色</dt>
      <dd>{{ roleName(role()) }}</dd>
    </div>
    <div class="details__row">
      <dt i18n="@@staff.accounts.col.department">部门</dt>
      <dd>
        @if (department(); as department) {
          {{ department.name | localized }}
        } @else {
          <ng-container i18n="@@staff.shell.allDepartments">全部部门</ng-container>
        }
      </dd>
    </div>
    @if (displayName(); as name) {
      <div class="details__row">
        <dt i18n="@@staff.accounts.col.displayName">姓名</dt>
        <dd>{{ name }}</dd>
      </div>
    }
    @if (status(); as status) {
      <div class="details__row">
        <dt i18n="@@staff.accounts.col.status">状态</dt>
        <dd>
          @if (status.disabled) {
            <ng-container i18n="@@staff.accounts.disabled">已停用</ng-container>
          } @else {
            <ng-container i18n="@@staff.accounts.active">正常</ng-container>
          }
        </dd>
      </div>
      <div class="details__row">
        <dt i18n="@@staff.accounts.col.lastSignIn">上次登录</dt>
        <dd>
          @if (status.lastSignInAt; as at) {
            <time [attr.datetime]="at">{{ at | date: 'yyyy-MM-dd HH:mm' }}</time>
          } @else {
            <ng-container i18n="@@staff.accounts.never">从未登录</ng-container>
          }
        </dd>
      </div>
    }
  </dl>`,
  styleUrls: ['../../shared/form-page.scss', '../staff-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountFacts {
  readonly userName = input.required<string>();
  readonly role = input.required<StaffRole>();
  readonly department = input.required<StaffDepartment | null>();
  readonly displayName = input<string | null>(null);
  readonly status = input<{ disabled: boolean; lastSignInAt: string | null } | null>(null);
  protected readonly roleName = roleName;
}
