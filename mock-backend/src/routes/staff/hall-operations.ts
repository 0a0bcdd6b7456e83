import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Localized } from '../../../../contract/catalogue.ts';
import {
  CapacityInput,
  ClosureConfirmed,
  ClosureInput,
  ClosureList,
  ClosurePreview,
  HallWindows,
  HallWindowsParams,
  HallWindowView,
  WindowParams,
  type AffectedBooking,
  type Closure,
} from '../../../../contract/hall-operations.ts';
import type { FieldError } from '../../../../contract/problem.ts';
import type { StaffRole } from '../../../../contract/staff.ts';
import { closureMessages } from '../../appointments/messages.ts';
import { capacityOn } from '../../appointments/slots.ts';
import { addCalendarDays } from '../../calendar/calendar.ts';
import type { Catalogue } from '../../catalogue/catalogue.ts';
import { shanghaiDate } from '../../clock.ts';
import { plainText } from '../../feedback/plain-text.ts';
import { notFoundProblem } from '../../not-found.ts';
import { maskMobile } from '../../personal-data.ts';
import { clientProblem } from '../../problem-status.ts';
import { ProblemError, validationProblem } from '../../problems.ts';
import { problemResponses } from '../../schemas.ts';
import { departmentIndex, departmentOf, ROUTING_DESK } from '../../staff/departments.ts';
import { etagOf, expectedVersion, staleProblem } from '../../staff/preconditions.ts';
import type { StoredAppointment } from '../../store/appointments-repository.ts';
import type {
  ClosurePeriod,
  StoredClosure,
  WindowRecord,
} from '../../store/hall-operations-repository.ts';
import type { Store } from '../../store/store.ts';

export interface HallOperationsRouteOptions {
  store: Store;
  catalogue: Catalogue;
  /** The portal's address, for the link to book again in closure messages. */
  publicOrigin: string;
}

/** Closures and capacity are supervisors' work; the department checks follow in each route. */
const SUPERVISORS: readonly StaffRole[] = ['supervisor', 'admin'];
/** How far ahead closures and capacity changes may be planned. */
const PLANNING_DAYS = 366;
const WHOLE_DAY = { starts: '00:00', ends: '24:00' } as const;

const notFound = () => new ProblemError(notFoundProblem);

/**
 * Hall closures and window capacity (issue 10, part 2), under /api/staff. Closing a hall is
 * for zwb supervisors (市政务服务管理局 runs the halls) and admins; a window's capacity also for
 * its own department's supervisor, and another department's window answers 404.
 */
const hallOperationsRoutes: FastifyPluginAsyncTypebox<HallOperationsRouteOptions> = async (
  app,
  { store, catalogue, publicOrigin },
) => {
  const halls = new Map(catalogue.halls.map((hall) => [hall.id, hall]));
  const departments = departmentIndex(catalogue);
  const today = () => shanghaiDate(app.clock.now());
  const hallRef = (id: string): { id: string; name: Localized } => ({
    id,
    name: halls.get(id)?.name ?? { zh: id, en: id },
  });

  /** Admins and zwb supervisors act for every hall and window. */
  const actsForAllHalls = (request: FastifyRequest) =>
    request.staff.role === 'admin' || request.staff.departmentId === ROUTING_DESK;

  const mayClose = (request: FastifyRequest) => {
    if (!actsForAllHalls(request)) {
      throw new ProblemError(
        clientProblem(403, 'Only the halls’ own administration (市政务服务管理局) closes a hall.'),
      );
    }
  };

  /** The period the input names, or 400 naming each field that is wrong. */
  const periodOf = (input: ClosureInput): ClosurePeriod & { reason: Localized } => {
    const errors: FieldError[] = [];
    const hall = halls.get(input.hall);
    if (!hall) errors.push({ path: '/body/hall', message: 'is not a hall of this portal' });
    const on = today();
    if (input.date < on) errors.push({ path: '/body/date', message: 'must be today or later' });
    else if (input.date > addCalendarDays(on, PLANNING_DAYS)) {
      errors.push({ path: '/body/date', message: `must be within ${PLANNING_DAYS} days` });
    }
    if ((input.from === undefined) !== (input.to === undefined)) {
      const missing = input.from === undefined ? '/body/from' : '/body/to';
      errors.push({ path: missing, message: 'is needed for part of a day (or leave out both)' });
    }
    const starts = input.from ?? WHOLE_DAY.starts;
    const ends = input.to ?? WHOLE_DAY.ends;
    if (input.from !== undefined && input.to !== undefined && ends <= starts) {
      errors.push({ path: '/body/to', message: 'must be after from' });
    }
    const zh = plainText(input.reason.zh, '/body/reason/zh', errors);
    const en = plainText(input.reason.en, '/body/reason/en', errors);
    if (zh === null)
      errors.push({ path: '/body/reason/zh', message: 'must hold more than white space' });
    if (en === null)
      errors.push({ path: '/body/reason/en', message: 'must hold more than white space' });
    if (errors.length > 0 || zh === null || en === null) throw validationProblem(errors);
    return { hallId: input.hall, date: input.date, starts, ends, reason: { zh, en } };
  };

  const wholeDay = (period: Pick<ClosurePeriod, 'starts' | 'ends'>) =>
    period.starts === WHOLE_DAY.starts && period.ends === WHOLE_DAY.ends;

  const affectedView = (appointment: StoredAppointment): AffectedBooking => ({
    reference: appointment.reference,
    service: {
      code: appointment.serviceCode,
      name: catalogue.guide(appointment.serviceCode)?.name ?? {
        zh: appointment.serviceCode,
        en: appointment.serviceCode,
      },
    },
    time: appointment.time,
    end: appointment.end,
    name: `${Array.from(appointment.name)[0] ?? ''}*`,
    mobile: maskMobile(appointment.mobile),
  });

  const closureView = (closure: StoredClosure): Closure => ({
    id: closure.id,
    hall: hallRef(closure.hallId),
    date: closure.date,
    from: closure.starts,
    to: closure.ends,
    wholeDay: wholeDay(closure),
    reason: closure.reason,
    cancelled: closure.cancelled,
    createdBy: closure.createdBy,
    createdAt: closure.createdAt,
  });

  app.get(
    '/closures',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        tags: ['staff'],
        summary: 'Hall closures from today on',
        description: 'For zwb supervisors and admins; other supervisors get 403.',
        response: { 200: ClosureList, ...problemResponses(401, 403, 429, 500) },
      },
    },
    async (request) => {
      mayClose(request);
      const on = today();
      return { today: on, closures: (await store.hallOperations.closures(on)).map(closureView) };
    },
  );

  app.post(
    '/closures/preview',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        tags: ['staff'],
        summary: 'Which booked citizens a closure would affect',
        description:
          'Nothing is stored. Booked appointments overlapping the period, personal data masked.',
        body: ClosureInput,
        response: { 200: ClosurePreview, ...problemResponses(400, 401, 403, 413, 415, 429, 500) },
      },
    },
    async (request) => {
      mayClose(request);
      const period = periodOf(request.body);
      const affected = await store.hallOperations.affected(period);
      return {
        hall: hallRef(period.hallId),
        date: period.date,
        from: period.starts,
        to: period.ends,
        wholeDay: wholeDay(period),
        affected: affected.map(affectedView),
        alreadyClosed: (await store.hallOperations.findClosure(period)) !== null,
      };
    },
  );

  app.post(
    '/closures',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        tags: ['staff'],
        summary: 'Close a hall for a day or part of one',
        description:
          'In one transaction: stores the closure, cancels each booked appointment overlapping it (cancelled-by-hall, never a no-show), frees its seat and writes a text message in both languages with a link to book again; audited. 201; the same period again answers 200 with repeated: true and sends nothing.',
        body: ClosureInput,
        response: {
          200: ClosureConfirmed,
          201: ClosureConfirmed,
          ...problemResponses(400, 401, 403, 413, 415, 429, 500),
        },
      },
    },
    async (request, reply) => {
      mayClose(request);
      const period = periodOf(request.body);
      const outcome = await store.hallOperations.close(
        {
          ...period,
          createdBy: request.staff.accountId,
          createdAt: app.clock.now().toISOString(),
        },
        (appointment) => {
          const guide = catalogue.guide(appointment.serviceCode);
          const hall = halls.get(appointment.hallId);
          return guide && hall
            ? closureMessages(appointment, guide, hall, {
                reason: period.reason,
                origin: publicOrigin,
              })
            : [];
        },
        ROUTING_DESK,
      );
      reply.code(outcome.repeated ? 200 : 201);
      return {
        closure: closureView(outcome.closure),
        cancelled: outcome.cancelled.map(affectedView),
        repeated: outcome.repeated,
      };
    },
  );

  /** The windows of a hall this caller may change; 404 for a hall the portal does not have. */
  const windowsInScope = async (request: FastifyRequest, hallId: string) => {
    if (!halls.has(hallId)) throw notFound();
    const all = await store.hallOperations.windows(hallId);
    return actsForAllHalls(request)
      ? all
      : all.filter((window) => window.departmentId === request.staff.departmentId);
  };

  const windowView = (window: WindowRecord, on: string): HallWindowView => ({
    hall: hallRef(window.hallId),
    department: departmentOf(departments, window.departmentId)!,
    slotMinutes: window.slotMinutes,
    capacity: capacityOn(window.capacity, window.changes, on),
    scheduled: window.changes.filter((change) => change.from > on),
    version: window.version,
  });

  app.get(
    '/halls/:hallId/windows',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        tags: ['staff'],
        summary: 'A hall’s windows with today’s capacity and changes to come',
        description:
          'Every window for zwb supervisors and admins; a department’s supervisor sees its own. Each window’s `version` is its ETag, quoted, for If-Match.',
        params: HallWindowsParams,
        response: { 200: HallWindows, ...problemResponses(400, 401, 403, 404, 429, 500) },
      },
    },
    async (request) => {
      const on = today();
      const windows = await windowsInScope(request, request.params.hallId);
      return {
        today: on,
        hall: hallRef(request.params.hallId),
        windows: windows.map((window) => windowView(window, on)),
      };
    },
  );

  app.put(
    '/halls/:hallId/windows/:departmentId/capacity',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        tags: ['staff'],
        summary: 'Change a window’s seats per slot from a future date on',
        description:
          'Needs If-Match with the window’s ETag (428 without, 412 stale). `from` must be after today (400). Applies until the next change already scheduled; seats already taken stay taken, and a slot holding more takes no new booking. Audited.',
        params: WindowParams,
        body: CapacityInput,
        response: {
          200: HallWindowView,
          ...problemResponses(400, 401, 403, 404, 412, 413, 415, 428, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const { hallId, departmentId } = request.params;
      const window = (await windowsInScope(request, hallId)).find(
        (each) => each.departmentId === departmentId,
      );
      if (!window) throw notFound();
      const version = expectedVersion(request);
      if (version !== window.version) throw staleProblem();
      const on = today();
      const { from, capacity } = request.body;
      if (from <= on) {
        throw validationProblem([
          { path: '/body/from', message: 'must be after today: today’s slots keep their capacity' },
        ]);
      }
      if (from > addCalendarDays(on, PLANNING_DAYS)) {
        throw validationProblem([
          { path: '/body/from', message: `must be within ${PLANNING_DAYS} days` },
        ]);
      }
      const changed = await store.hallOperations.setCapacity(
        window,
        version,
        { from, capacity },
        {
          at: app.clock.now().toISOString(),
          actorId: request.staff.accountId,
          before: capacityOn(window.capacity, window.changes, from),
        },
      );
      if (!changed) throw staleProblem();
      const updated = (await store.hallOperations.windows(hallId)).find(
        (each) => each.departmentId === departmentId,
      );
      if (!updated) throw notFound();
      reply.header('etag', etagOf(updated.version));
      return windowView(updated, on);
    },
  );
};

export default hallOperationsRoutes;
