import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { StaffRole } from '../../../contract/staff.ts';
import { staffProblemTypes } from '../../../contract/problem.ts';
import { clientProblem } from '../problem-status.ts';
import { ProblemError } from '../problems.ts';

/** The signed-in staff member a request acts for. */
export interface StaffPrincipal {
  accountId: number;
  userName: string;
  displayName: string;
  role: StaffRole;
  /** Null for admins, who act for every department. */
  departmentId: string | null;
  /** The hall the account works at (the hall's day), or null. */
  hallId: string | null;
  /** SHA-256 of the session id (hex), never the id itself: safe to compare and to bind tokens to. */
  sessionId: string;
}

/**
 * Who may call a staff route, declared in its `config`. Every route under /api/staff declares one
 * or the other; the scope refuses to register a route that declares neither (deny by default).
 */
export type StaffRouteConfig =
  | { staffRoles: readonly StaffRole[]; staffAuth?: never }
  | { staffAuth: 'public'; staffRoles?: never };

export const ALL_STAFF: readonly StaffRole[] = ['reviewer', 'supervisor', 'admin'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Roles allowed to call this staff route (see StaffRouteConfig). */
    staffRoles?: readonly StaffRole[];
    /** 'public': callable without a session (sign-in, GET session). */
    staffAuth?: 'public';
  }
  interface FastifyRequest {
    /**
     * The caller, on every staff route that is not public: the staff scope has already answered
     * 401 to anyone else. Public routes read currentStaff(request), which may be undefined.
     */
    staff: StaffPrincipal;
  }
}

const principals = new WeakMap<FastifyRequest, StaffPrincipal>();

/** The caller's session, if any; what public routes use, since request.staff is absent there. */
export function currentStaff(request: FastifyRequest): StaffPrincipal | undefined {
  return principals.get(request);
}

export function setCurrentStaff(request: FastifyRequest, staff: StaffPrincipal): void {
  principals.set(request, staff);
  request.staff = staff;
}

export function signedOutProblem(): ProblemError {
  return new ProblemError({
    type: staffProblemTypes.signedOut,
    title: 'You are not signed in',
    status: 401,
    detail: 'Sign in to the staff workspace, then try again.',
  });
}

const isStaffRole = (value: unknown): value is StaffRole =>
  typeof value === 'string' && (ALL_STAFF as readonly string[]).includes(value);

/** True when a route's config says who may call it, in a form the check below understands. */
function declaresAccess(config: unknown): boolean {
  if (typeof config !== 'object' || config === null) return false;
  const { staffRoles, staffAuth } = config as { staffRoles?: unknown; staffAuth?: unknown };
  if (staffAuth !== undefined) return staffAuth === 'public' && staffRoles === undefined;
  return Array.isArray(staffRoles) && staffRoles.length > 0 && staffRoles.every(isStaffRole);
}

/**
 * Installs the deny-by-default access check on a scope: a route registered without a valid
 * staffRoles or staffAuth stops the server from starting, and every request to a route that is
 * not public needs a session (401) and one of the route's roles (403). Department checks stay
 * with each route: an item of another department answers 404 like a missing one.
 */
export function installAccessControl(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route: RouteOptions) => {
    if (!declaresAccess(route.config)) {
      throw new Error(
        `Staff route ${String(route.method)} ${route.url} must declare config.staffRoles (a non-empty list of roles) or config.staffAuth: 'public'`,
      );
    }
  });
  scope.addHook('onRequest', async (request) => {
    const { staffAuth, staffRoles } = request.routeOptions.config;
    if (staffAuth === 'public') return;
    const staff = currentStaff(request);
    if (!staff) throw signedOutProblem();
    if (!staffRoles?.includes(staff.role)) {
      throw new ProblemError(
        clientProblem(403, 'Your role does not allow this. Ask an administrator if you need it.'),
      );
    }
  });
}
