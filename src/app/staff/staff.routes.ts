import {
  provideHttpClient,
  withInterceptors,
  withRequestsMadeViaParent,
} from '@angular/common/http';
import type { Routes } from '@angular/router';
import { Account } from './account/account';
import { AccountCreate } from './accounts/account-create';
import { AccountList } from './accounts/account-list';
import { AccountPage } from './accounts/account-page';
import { AccountsClient } from './data/accounts-client';
import { maySeeDashboard } from './dashboard/dashboard-access';
import { hallDayRoutes } from './hall-day/hall-day.routes';
import { reviewRoutes } from './review/review.routes';
import { hallOperationsRoutes } from './hall-operations/hall-operations.routes';
import { adminGuard, sessionGuard, staffGuard } from './session/staff-guard';
import { StaffSessionStore, signedOutInterceptor } from './session/staff-session';
import { StaffShell } from './shell/staff-shell';
import { SignIn } from './sign-in/sign-in';

/**
 * The staff workspace, loaded only when someone visits /staff. Its own HttpClient adds
 * signedOutInterceptor in front of the portal's (requests still pass through the root
 * interceptors and XSRF support, via the parent), so a session the server ended sends the user to
 * sign-in from any staff page. The guards are for comfort; the server checks every request.
 */
const routes: Routes = [
  {
    path: '',
    providers: [
      StaffSessionStore,
      AccountsClient,
      provideHttpClient(withInterceptors([signedOutInterceptor]), withRequestsMadeViaParent()),
    ],
    children: [
      {
        path: 'sign-in',
        title: $localize`:@@staff.auth.title:工作人员登录`,
        component: SignIn,
      },
      {
        path: '',
        component: StaffShell,
        canActivate: [staffGuard],
        canActivateChild: [staffGuard],
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'queue' },
          {
            path: 'account',
            title: $localize`:@@staff.account.title:我的账号`,
            component: Account,
          },
          {
            path: 'accounts',
            canActivate: [adminGuard],
            children: [
              {
                path: '',
                pathMatch: 'full',
                title: $localize`:@@staff.accounts.title:账号管理`,
                component: AccountList,
              },
              {
                path: 'new',
                title: $localize`:@@staff.accounts.createTitle:创建账号`,
                component: AccountCreate,
              },
              {
                path: ':userName',
                title: $localize`:@@staff.accounts.accountTitle:账号`,
                component: AccountPage,
              },
            ],
          },
          ...reviewRoutes,
          {
            // Its own lazy chunk: the charting library downloads with this page only.
            path: 'dashboard',
            canActivate: [sessionGuard(maySeeDashboard)],
            title: $localize`:@@staff.dashboard.title:满意度和办理情况`,
            loadComponent: () =>
              import('./dashboard/dashboard-page/dashboard-page').then((m) => m.DashboardPage),
          },
          ...hallDayRoutes,
          ...hallOperationsRoutes,
        ],
      },
    ],
  },
];

export default routes;
