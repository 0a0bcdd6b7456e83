import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { feedbackProblemTypes, staffProblemTypes } from '../../../../contract/problem.ts';
import {
  AccountChange,
  AccountInput,
  AccountParams,
  ColleagueList,
  ColleaguesQuery,
  PasswordResetInput,
  StaffAccount,
  StaffAccountList,
  StaffDepartmentList,
  type StaffRole,
} from '../../../../contract/staff.ts';
import { clientProblem } from '../../problem-status.ts';
import { ProblemError, validationProblem } from '../../problems.ts';
import { problemResponses } from '../../schemas.ts';
import { ALL_STAFF } from '../../staff/access.ts';
import { departmentIndex, departmentOf, staffDepartments } from '../../staff/departments.ts';
import { hallIndex, hallOf } from '../../staff/halls.ts';
import { hashPassword } from '../../staff/passwords.ts';
import { etagOf, expectedVersion, staleProblem } from '../../staff/preconditions.ts';
import { STALE, type AccountRecord } from '../../store/staff-repository.ts';
import { notFoundProblem } from '../../not-found.ts';
import type { StaffRouteOptions } from './index.ts';

const accountNotFound = new ProblemError({
  ...notFoundProblem,
  detail: 'There is no staff account with this user name.',
});

const accountRoutes: FastifyPluginAsyncTypebox<StaffRouteOptions> = async (app, options) => {
  const { store } = options;
  const departments = departmentIndex(options.catalogue);
  const departmentList = staffDepartments(options.catalogue);
  const halls = hallIndex(options.catalogue);

  const view = (account: AccountRecord): StaffAccount => ({
    userName: account.userName,
    displayName: account.displayName,
    role: account.role,
    department: departmentOf(departments, account.departmentId),
    hall: hallOf(halls, account.hallId),
    disabled: account.disabled,
    createdAt: account.createdAt,
    lastSignInAt: account.lastSignInAt,
    version: account.version,
  });

  const withEtag = (reply: FastifyReply, account: AccountRecord): StaffAccount => {
    void reply.header('etag', etagOf(account.version));
    return view(account);
  };

  /** Reviewers and supervisors belong to a known department; admins to none. */
  const checkDepartment = (role: StaffRole, department: string | null): void => {
    if (role === 'admin' && department !== null) {
      throw validationProblem([{ path: '/body/department', message: 'must be null for admins' }]);
    }
    if (role !== 'admin' && (department === null || !departments.has(department))) {
      throw validationProblem([
        { path: '/body/department', message: 'must be one of the staff departments' },
      ]);
    }
  };

  /** A hall the catalogue knows, or null (400 at /body/hallId otherwise). */
  const checkHall = (hallId: string | null | undefined): void => {
    if (hallId !== undefined && hallId !== null && !halls.has(hallId)) {
      throw validationProblem([{ path: '/body/hallId', message: 'must be one of the halls' }]);
    }
  };

  const actor = (accountId: number) => ({ at: app.clock.now().toISOString(), actorId: accountId });

  app.get(
    '/departments',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'Staff departments',
        response: { 200: StaffDepartmentList, ...problemResponses(401, 500) },
      },
    },
    async () => ({ departments: departmentList }),
  );

  app.get(
    '/colleagues',
    {
      config: { staffRoles: ['supervisor', 'admin'] },
      schema: {
        tags: ['staff'],
        summary: 'Who an item of a department may be assigned to',
        description:
          'Reviewers and supervisors of the department who can sign in. Admins name the department; supervisors may ask only for their own (the default).',
        querystring: ColleaguesQuery,
        response: { 200: ColleagueList, ...problemResponses(400, 401, 403, 500) },
      },
    },
    async (request) => {
      const { staff } = request;
      const department = request.query.department ?? staff.departmentId;
      if (department === null) {
        throw validationProblem([{ path: '/query/department', message: 'is required' }]);
      }
      if (staff.role !== 'admin' && department !== staff.departmentId) {
        throw new ProblemError(clientProblem(403, 'You can only see your own department.'));
      }
      if (!departments.has(department)) {
        throw validationProblem([
          { path: '/query/department', message: 'must be one of the staff departments' },
        ]);
      }
      return { colleagues: store.staff.colleagues(department) };
    },
  );

  app.get(
    '/accounts',
    {
      config: { staffRoles: ['admin'] },
      schema: {
        tags: ['staff'],
        summary: 'Every staff account',
        response: { 200: StaffAccountList, ...problemResponses(401, 403, 500) },
      },
    },
    async () => ({ accounts: store.staff.accounts().map(view) }),
  );

  app.post(
    '/accounts',
    {
      config: { staffRoles: ['admin'] },
      schema: {
        tags: ['staff'],
        summary: 'Create an account',
        body: AccountInput,
        response: { 201: StaffAccount, ...problemResponses(400, 401, 403, 409, 500) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      checkDepartment(body.role, body.department);
      checkHall(body.hallId);
      const passwordHash = await hashPassword(body.password);
      const created = store.staff.createAccount(
        {
          userName: body.userName,
          displayName: body.displayName.trim(),
          role: body.role,
          departmentId: body.department,
          hallId: body.hallId ?? null,
          passwordHash,
        },
        actor(request.staff.accountId),
      );
      if (!created) {
        throw new ProblemError({
          type: staffProblemTypes.userNameTaken,
          title: 'This user name is taken',
          status: 409,
          detail: 'Choose another user name.',
        });
      }
      return reply.code(201).send(withEtag(reply, created));
    },
  );

  app.patch(
    '/accounts/:userName',
    {
      config: { staffRoles: ['admin'] },
      schema: {
        tags: ['staff'],
        summary: 'Change an account',
        description:
          "With If-Match. Disabling ends the account's sessions. An admin cannot disable or demote their own account (409).",
        params: AccountParams,
        body: AccountChange,
        response: {
          200: StaffAccount,
          ...problemResponses(400, 401, 403, 404, 409, 412, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request);
      const current = store.staff.accountByUserName(request.params.userName);
      if (!current) throw accountNotFound;
      const change = request.body;
      if (
        current.id === request.staff.accountId &&
        (change.disabled === true || (change.role !== undefined && change.role !== 'admin'))
      ) {
        throw new ProblemError({
          type: feedbackProblemTypes.invalidTransition,
          title: 'You cannot disable or demote your own account',
          status: 409,
          detail: 'Ask another administrator to do it.',
        });
      }
      const role = change.role ?? current.role;
      const department =
        change.department !== undefined
          ? change.department
          : role === 'admin'
            ? null
            : current.departmentId;
      checkDepartment(role, department);
      checkHall(change.hallId);
      const updated = store.staff.updateAccount(
        current.userName,
        version,
        {
          ...(change.displayName === undefined ? {} : { displayName: change.displayName.trim() }),
          role,
          departmentId: department,
          ...(change.hallId === undefined ? {} : { hallId: change.hallId }),
          ...(change.disabled === undefined ? {} : { disabled: change.disabled }),
        },
        actor(request.staff.accountId),
      );
      if (updated === STALE) throw staleProblem();
      if (!updated) throw accountNotFound;
      return withEtag(reply, updated);
    },
  );

  app.post(
    '/accounts/:userName/password',
    {
      config: { staffRoles: ['admin'] },
      schema: {
        tags: ['staff'],
        summary: "Reset an account's password",
        description: 'With If-Match. Ends every session of the account.',
        params: AccountParams,
        body: PasswordResetInput,
        response: {
          204: { type: 'null' },
          ...problemResponses(400, 401, 403, 404, 412, 428, 500),
        },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request);
      if (!store.staff.accountByUserName(request.params.userName)) throw accountNotFound;
      const passwordHash = await hashPassword(request.body.newPassword);
      const updated = store.staff.setPassword(request.params.userName, passwordHash, {
        by: actor(request.staff.accountId),
        action: 'password-reset',
        version,
      });
      if (updated === STALE) throw staleProblem();
      if (!updated) throw accountNotFound;
      void reply.header('etag', etagOf(updated.version));
      return reply.code(204).send();
    },
  );
};

export default accountRoutes;
