import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  RedirectCommand,
  type RouterStateSnapshot,
  provideRouter,
} from '@angular/router';
import type { StaffSession } from '@contract/staff';
import { maySeeDashboard } from '../dashboard/dashboard-access';
import { adminGuard, sessionGuard, staffGuard } from './staff-guard';
import { StaffSessionStore } from './staff-session';
import { ADMIN, REVIEWER } from './testing';

describe('staff guards', () => {
  let remembered: StaffSession | null;
  let answer: () => Promise<StaffSession | null>;
  let loads: number;

  beforeEach(() => {
    remembered = null;
    loads = 0;
    answer = () => Promise.resolve(null);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: StaffSessionStore,
          useValue: {
            session: () => remembered,
            load: () => {
              loads++;
              return answer();
            },
          },
        },
      ],
    });
  });

  const state = (url: string) => ({ url }) as RouterStateSnapshot;
  const route = {} as ActivatedRouteSnapshot;
  const run = (guard: typeof staffGuard, url = '/staff/queue') =>
    TestBed.runInInjectionContext(() => guard(route, state(url))) as Promise<unknown>;

  function redirectOf(result: unknown): string {
    expect(result).toBeInstanceOf(RedirectCommand);
    return (result as RedirectCommand).redirectTo.toString();
  }

  it('lets a remembered session through without asking the server', async () => {
    remembered = REVIEWER;
    expect(await run(staffGuard)).toBeTrue();
    expect(loads).toBe(0);
  });

  it('asks the server once when nothing is remembered', async () => {
    answer = () => Promise.resolve(REVIEWER);
    expect(await run(staffGuard)).toBeTrue();
    expect(loads).toBe(1);
  });

  it('sends someone not signed in to sign-in, with where they were going', async () => {
    const result = await run(staffGuard, '/staff/items/c12?tab=notes');
    expect(redirectOf(result)).toBe('/staff/sign-in?next=%2Fstaff%2Fitems%2Fc12%3Ftab%3Dnotes');
    expect((result as RedirectCommand).navigationBehaviorOptions?.replaceUrl).toBeTrue();
  });

  it('sends the user to sign-in when the server cannot be asked', async () => {
    answer = () => Promise.reject(new Error('unreachable'));
    expect(redirectOf(await run(staffGuard))).toContain('/staff/sign-in');
  });

  it('lets admins into account administration', async () => {
    remembered = ADMIN;
    expect(await run(adminGuard, '/staff/accounts')).toBeTrue();
  });

  it('sends other roles to the queue', async () => {
    remembered = REVIEWER;
    expect(redirectOf(await run(adminGuard, '/staff/accounts'))).toBe('/staff/queue');
  });

  it('sends reviewers and hall staff from the dashboard to the queue', async () => {
    remembered = REVIEWER;
    const dashboard = sessionGuard(maySeeDashboard);
    expect(redirectOf(await run(dashboard, '/staff/dashboard'))).toBe('/staff/queue');
    remembered = { ...REVIEWER, role: 'supervisor' };
    expect(await run(dashboard, '/staff/dashboard')).toBeTrue();
    remembered = ADMIN;
    expect(await run(dashboard, '/staff/dashboard')).toBeTrue();
  });

  it('redirects after asking the server, too', async () => {
    answer = () => Promise.resolve(REVIEWER);
    const dashboard = sessionGuard(maySeeDashboard);
    expect(redirectOf(await run(dashboard, '/staff/dashboard'))).toBe('/staff/queue');
  });
});
