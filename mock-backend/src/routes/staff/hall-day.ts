import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Localized } from '../../../../contract/catalogue.ts';
import {
  CheckInInput,
  HallAppointmentParams,
  HallDay,
  HallDayAppointment,
  HallDayCsvQuery,
  HallDayParams,
  StaffHallList,
  WalkIn,
  WalkInInput,
  type HallDayAction,
} from '../../../../contract/hall-day.ts';
import type { FieldError, HallDayProblemType } from '../../../../contract/problem.ts';
import { hallDayProblemTypes } from '../../../../contract/problem.ts';
import type { StaffHall } from '../../../../contract/staff.ts';
import { sendCsv, type CsvColumn } from '../../export/csv.ts';
import { normaliseReference } from '../../appointments/reference.ts';
import type { Catalogue } from '../../catalogue/catalogue.ts';
import { shanghaiDate, shanghaiInstant, shanghaiTime } from '../../clock.ts';
import { newInvitationToken } from '../../feedback/invitation.ts';
import { plainText } from '../../feedback/plain-text.ts';
import { notFoundProblem } from '../../not-found.ts';
import { maskMobile } from '../../personal-data.ts';
import { clientProblem } from '../../problem-status.ts';
import { ProblemError, validationProblem } from '../../problems.ts';
import { problemResponses } from '../../schemas.ts';
import { ALL_STAFF } from '../../staff/access.ts';
import {
  departmentScope,
  hallIndex,
  mayOpenHall,
  referenceIn,
  type HallViewer,
} from '../../staff/halls.ts';
import { etagOf, expectedVersion, staleProblem } from '../../staff/preconditions.ts';
import type {
  DepartmentScope,
  HallActor,
  HallDayRecord,
  WalkInRecord,
} from '../../store/hall-day-repository.ts';
import type { Store } from '../../store/store.ts';
import { ratingMessages } from '../feedback.ts';

export interface HallDayRouteOptions {
  store: Store;
  catalogue: Catalogue;
  /** Scheme, host and port citizens reach the portal at, for the rating link's text message. */
  publicOrigin: string;
}

const notFound = (detail?: string) =>
  new ProblemError(detail === undefined ? notFoundProblem : { ...notFoundProblem, detail });

const conflict = (type: HallDayProblemType, title: string, detail: string) =>
  new ProblemError({ type, title, status: 409, detail });

/** 张三 → 张*: enough for staff to greet the right person, too little to identify them. */
const maskName = (name: string) => `${Array.from(name)[0] ?? ''}*`;

/**
 * The hall's day (issue 10): GET /halls, GET /halls/:hallId/days/:date, check-in, no-show and
 * walk-ins. Every route is open to all staff roles; who may open which hall is decided here
 * (staff/halls.ts): 403 for a hall the caller may not open, 404 for an appointment outside the
 * caller's departments, as if it did not exist.
 */
const hallDayRoutes: FastifyPluginAsyncTypebox<HallDayRouteOptions> = async (app, options) => {
  const { store, catalogue } = options;
  const halls = hallIndex(catalogue);
  const messages = ratingMessages(catalogue, options.publicOrigin);
  const serviceRef = (code: string): { code: string; name: Localized } => ({
    code,
    name: catalogue.guide(code)?.name ?? { zh: code, en: code },
  });

  const viewerOf = (request: FastifyRequest): HallViewer => request.staff;

  /** The hall if the caller may open it: 404 for an unknown hall, 403 for another's. */
  const openHall = async (
    request: FastifyRequest,
    hallId: string,
  ): Promise<{ hall: StaffHall; scope: DepartmentScope }> => {
    const hall = halls.get(hallId);
    if (!hall) throw notFound('There is no hall with this id.');
    const viewer = viewerOf(request);
    if (!mayOpenHall(viewer, hallId, await store.hallDay.departmentsAt(hallId))) {
      throw new ProblemError(
        clientProblem(
          403,
          'This hall’s day is for its own staff and its departments’ supervisors.',
        ),
      );
    }
    return { hall, scope: departmentScope(viewer) };
  };

  /** An appointment of the hall's day within the caller's scope: 404 alike for absent and out of scope. */
  const load = async (
    request: FastifyRequest,
    hallId: string,
    date: string,
    reference: string,
  ): Promise<HallDayRecord> => {
    const { scope } = await openHall(request, hallId);
    const appointment = await store.hallDay.appointment(hallId, date, reference, scope);
    if (!appointment) throw notFound(`No appointment ${reference} at this hall on ${date}.`);
    return appointment;
  };

  const actionsOf = (appointment: HallDayRecord, now: Date): HallDayAction[] => {
    if (appointment.status !== 'booked') return [];
    const actions: HallDayAction[] = [];
    if (appointment.date === shanghaiDate(now)) actions.push('check-in');
    if (now >= shanghaiInstant(appointment.date, appointment.end)) actions.push('no-show');
    return actions;
  };

  const view = (appointment: HallDayRecord, now: Date): HallDayAppointment => {
    const materials = catalogue.guide(appointment.serviceCode)?.materials ?? [];
    return {
      reference: appointment.reference,
      time: appointment.time,
      endTime: appointment.end,
      service: serviceRef(appointment.serviceCode),
      name: maskName(appointment.name),
      mobile: maskMobile(appointment.mobile),
      materials: appointment.materials.flatMap((index) => {
        const material = materials[index];
        return material ? [material.name] : [];
      }),
      status: appointment.status,
      checkedInAt: appointment.checkedInAt,
      version: appointment.version,
      actions: actionsOf(appointment, now),
    };
  };

  const walkInView = (walkIn: WalkInRecord): WalkIn => ({
    id: walkIn.id,
    time: walkIn.time,
    service: serviceRef(walkIn.serviceCode),
    note: walkIn.note,
    createdAt: walkIn.createdAt,
    createdBy: walkIn.createdBy,
  });

  const actor = (request: FastifyRequest, hallId: string, appointment?: HallDayRecord) => ({
    at: app.clock.now().toISOString(),
    actorId: request.staff.accountId,
    hallId,
    audited: appointment
      ? { name: maskName(appointment.name), mobile: maskMobile(appointment.mobile) }
      : {},
  });

  /**
   * One change to an appointment: If-Match (428, 412), then the rule (409), then compare-and-set
   * in the repository with its audit row (412 when someone got there first).
   */
  const act = async (
    request: FastifyRequest,
    reply: FastifyReply,
    hallId: string,
    appointment: HallDayRecord,
    check: (appointment: HallDayRecord, now: Date) => void,
    change: (version: number, by: HallActor) => Promise<boolean>,
  ): Promise<HallDayAppointment> => {
    const version = expectedVersion(request);
    if (version !== appointment.version) throw staleProblem();
    const now = app.clock.now();
    if (appointment.status === 'attended') {
      throw conflict(
        hallDayProblemTypes.alreadyCheckedIn,
        'This citizen has already been checked in',
        `Checked in at ${appointment.checkedInAt ?? 'an earlier time'}.`,
      );
    }
    if (appointment.status !== 'booked') {
      throw conflict(
        hallDayProblemTypes.notBooked,
        'This appointment is no longer booked',
        `Its status is ${appointment.status}.`,
      );
    }
    check(appointment, now);
    if (!(await change(version, actor(request, hallId, appointment)))) throw staleProblem();
    const updated = await store.hallDay.appointment(
      hallId,
      appointment.date,
      appointment.reference,
      null,
    );
    if (!updated) throw notFound();
    reply.header('etag', etagOf(updated.version));
    return view(updated, now);
  };

  const changeRoute = (summary: string, description: string) => ({
    tags: ['staff'],
    summary,
    description,
    response: {
      200: HallDayAppointment,
      ...problemResponses(400, 401, 403, 404, 409, 412, 428, 429, 500),
    },
  });

  app.get(
    '/halls',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'Halls whose day the caller may open',
        response: { 200: StaffHallList, ...problemResponses(401, 429, 500) },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const open: StaffHall[] = [];
      for (const hall of halls.values()) {
        if (mayOpenHall(viewer, hall.id, await store.hallDay.departmentsAt(hall.id))) {
          open.push(hall);
        }
      }
      return { halls: open.sort((a, b) => a.name.zh.localeCompare(b.name.zh, 'zh-CN')) };
    },
  );

  app.get(
    '/halls/:hallId/days/:date',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'A hall’s day',
        description:
          'The hall’s appointments on the date by time (personal data masked; each with its version for If-Match and the actions open now) and its walk-ins. Department staff see their department’s windows only.',
        params: HallDayParams,
        response: { 200: HallDay, ...problemResponses(400, 401, 403, 404, 429, 500) },
      },
    },
    async (request) => {
      const { hallId, date } = request.params;
      const { hall, scope } = await openHall(request, hallId);
      const now = app.clock.now();
      const [appointments, walkIns, services] = await Promise.all([
        store.hallDay.day(hallId, date, scope),
        store.hallDay.walkIns(hallId, date, scope),
        store.hallDay.servicesAt(hallId, scope),
      ]);
      return {
        hall,
        date,
        today: shanghaiDate(now),
        now: shanghaiTime(now),
        appointments: appointments.map((appointment) => view(appointment, now)),
        walkIns: walkIns.map(walkInView),
        services: services.map(serviceRef),
      };
    },
  );

  app.get(
    '/halls/:hallId/days/:date.csv',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'A hall’s day as CSV',
        description:
          'The day list as a download (UTF-8 with BOM, formula-safe), by time, personal data masked, in the caller’s scope; `lang` chooses the headings’ and names’ language.',
        params: HallDayParams,
        querystring: HallDayCsvQuery,
        response: {
          200: {
            description: 'The day list (text/csv)',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          ...problemResponses(400, 401, 403, 404, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const { hallId, date } = request.params;
      const { hall, scope } = await openHall(request, hallId);
      const lang = request.query.lang ?? 'zh';
      const now = app.clock.now();
      const rows = (await store.hallDay.day(hallId, date, scope)).map((each) => view(each, now));
      const zh = lang === 'zh';
      const columns: CsvColumn<HallDayAppointment>[] = [
        { header: zh ? '预约号' : 'Reference', value: (row) => row.reference },
        { header: zh ? '开始' : 'Start', value: (row) => row.time },
        { header: zh ? '结束' : 'End', value: (row) => row.endTime },
        { header: zh ? '事项编码' : 'Service code', value: (row) => row.service.code },
        { header: zh ? '事项' : 'Service', value: (row) => row.service.name[lang] },
        { header: zh ? '预约人' : 'Name', value: (row) => row.name },
        { header: zh ? '手机号' : 'Mobile', value: (row) => row.mobile },
        {
          header: zh ? '已备材料' : 'Documents they have',
          value: (row) => row.materials.map((material) => material[lang]).join(zh ? '；' : '; '),
        },
        { header: zh ? '状态' : 'Status', value: (row) => row.status },
        { header: zh ? '签到时间' : 'Checked in at', value: (row) => row.checkedInAt },
      ];
      return sendCsv(reply, {
        filename: `${hall.name[lang]}-${date}.csv`,
        columns,
        // A day is a few hundred rows at most: read at once, written in chunks.
        rows,
      });
    },
  );

  app.post(
    '/halls/:hallId/days/:date/check-ins',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        ...changeRoute(
          'Check a citizen in',
          'By the reference or the confirmation’s QR code text, with If-Match. Only a booked appointment of this hall on this date, which must be today. Writes the post-visit rating link to the outbox at once (once per appointment).',
        ),
        params: HallDayParams,
        body: CheckInInput,
      },
    },
    async (request, reply) => {
      const { hallId, date } = request.params;
      const reference = referenceIn(request.body.code);
      if (reference === null) {
        throw validationProblem([
          { path: '/body/code', message: 'must hold one appointment reference' },
        ]);
      }
      const appointment = await load(request, hallId, date, reference);
      return act(
        request,
        reply,
        hallId,
        appointment,
        (booked, now) => {
          if (booked.date !== shanghaiDate(now)) {
            throw conflict(
              hallDayProblemTypes.notToday,
              'Citizens are checked in on the day of their appointment',
              `This appointment is on ${booked.date}; today is ${shanghaiDate(now)}.`,
            );
          }
        },
        (version, by) =>
          store.hallDay.checkIn(appointment, version, by, {
            createdAt: by.at,
            newToken: newInvitationToken,
            messages,
          }),
      );
    },
  );

  app.post(
    '/halls/:hallId/days/:date/appointments/:reference/no-show',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        ...changeRoute(
          'Mark a no-show',
          'With If-Match, only once the slot has ended by the server’s clock and never after check-in (409). Counts towards the fair-use rule (three no-shows in 90 days).',
        ),
        params: HallAppointmentParams,
      },
    },
    async (request, reply) => {
      const { hallId, date } = request.params;
      const reference = normaliseReference(request.params.reference);
      const appointment = await load(request, hallId, date, reference);
      return act(
        request,
        reply,
        hallId,
        appointment,
        (booked, now) => {
          if (now < shanghaiInstant(booked.date, booked.end)) {
            throw conflict(
              hallDayProblemTypes.tooEarlyForNoShow,
              'A no-show can be marked only after the slot has ended',
              `The slot ends at ${booked.end} on ${booked.date}.`,
            );
          }
        },
        (version, by) => store.hallDay.noShow(appointment, version, by),
      );
    },
  );

  app.post(
    '/halls/:hallId/days/:date/walk-ins',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'Note a walk-in visitor',
        description:
          'The service, the time and a short note, no identity data; today or an earlier day (409 for a later one). A new entry changes nothing staff read before, so it needs no If-Match.',
        params: HallDayParams,
        body: WalkInInput,
        response: { 201: WalkIn, ...problemResponses(400, 401, 403, 404, 409, 429, 500) },
      },
    },
    async (request, reply) => {
      const { hallId, date } = request.params;
      const { scope } = await openHall(request, hallId);
      const { body } = request;
      const errors: FieldError[] = [];
      const note = plainText(body.note, '/body/note', errors);
      if (note === null)
        errors.push({ path: '/body/note', message: 'must hold more than white space' });
      const services = await store.hallDay.servicesAt(hallId, scope);
      const guide = catalogue.guide(body.service);
      if (!services.includes(body.service) || !guide) {
        errors.push({
          path: '/body/service',
          message: 'is not a service of your windows at this hall',
        });
      }
      if (errors.length > 0 || note === null || !guide) throw validationProblem(errors);
      const today = shanghaiDate(app.clock.now());
      if (date > today) {
        throw conflict(
          hallDayProblemTypes.notToday,
          'Walk-ins are noted on the day they came',
          `${date} is after today (${today}).`,
        );
      }
      const walkIn = await store.hallDay.addWalkIn(
        {
          hallId,
          date,
          time: body.time,
          serviceCode: body.service,
          note,
          departmentId: guide.departmentId,
        },
        actor(request, hallId),
      );
      return reply.code(201).send(walkInView(walkIn));
    },
  );
};

export default hallDayRoutes;
