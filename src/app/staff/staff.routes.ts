import {
  provideHttpClient,
  withInterceptors,
  withRequestsMadeViaParent,
} from '@angular/common/http';
import type { Routes } from '@angular/router';
import { QueuePlaceholder } from './queue-placeholder/queue-placeholder';
import { reviewRoutes } from './review/review.routes';
import { staffGuard } from './session/staff-guard';
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
          ...reviewRoutes,
          // Until the review routes define the queue; theirs matches first.
          {
            path: 'queue',
            title: $localize`:@@staff.shell.queueTitle:待办事项`,
            component: QueuePlaceholder,
          },
        ],
      },
    ],
  },
];

export default routes;
