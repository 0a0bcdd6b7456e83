import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AppointmentCancel,
  AppointmentCreated,
  AppointmentInput,
  AppointmentLookup,
  AppointmentReschedule,
  AppointmentView,
  Availability,
  AvailabilityQuery,
  HallParams,
  ReferenceParams,
} from '../../../contract/appointments.ts';
import type { Hall } from '../../../contract/catalogue.ts';
import type { FieldError, Problem, ProblemType } from '../../../contract/problem.ts';
import { changeableUntil, fairUseRefusal } from '../appointments/fair-use.ts';
import {
  identityNumberProblem,
  maskIdNumber,
  normaliseIdNumber,
  personKey,
} from '../appointments/identity.ts';
import {
  decideKey,
  IDEMPOTENCY_KEY_TTL_MS,
  parseIdempotencyKey,
  requestFingerprint,
  type StoredKey,
} from '../appointments/idempotency.ts';
import { appointmentMessages } from '../appointments/messages.ts';
import { newReference, normaliseReference } from '../appointments/reference.ts';
import {
  availabilityDay,
  bookingWindow,
  capacityOn,
  inWindow,
  isClosedBy,
  slotsOf,
  type Slot,
} from '../appointments/slots.ts';
import { addCalendarDays, WorkingCalendar, type IsoDate } from '../calendar/calendar.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { shanghaiDate, shanghaiInstant } from '../clock.ts';
import { maskMobile } from '../personal-data.ts';
import { problemContentType, ProblemError, validationProblem } from '../problems.ts';
import { problemResponses } from '../schemas.ts';
import type {
  HallWindow,
  KeptAnswer,
  KeyToKeep,
  OutboxMessage,
  StoredAppointment,
} from '../store/appointments-repository.ts';
import type { Store } from '../store/store.ts';

export interface AppointmentRouteOptions {
  store: Store;
  catalogue: Catalogue;
  /** Secret of the HMAC that turns identity numbers into person keys (see docs/decisions.md). */
  idHashKey: string;
}

/** Per client address and minute; on top of the API-wide limit. */
export const BOOKINGS_PER_MINUTE = 20;
export const LOOKUPS_PER_MINUTE = 10;
/** Longest span one availability request may ask for. */
export const MAX_AVAILABILITY_DAYS = 31;
/** How long an availability answer may be reused when no seat changed in this process. */
const AVAILABILITY_TTL_MS = 1000;
/** Distinct availability questions kept at once (hall × service × range); then it starts again. */
const AVAILABILITY_CACHE_SIZE = 2000;

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({ description: 'IETF draft: a structured-field string, "…"' }),
});

const problem = (
  status: number,
  type: ProblemType,
  title: string,
  detail: string,
  members: Record<string, unknown> = {},
): ProblemError => new ProblemError({ type, title, status, detail, ...members } as Problem);

const notFound = (detail: string) => problem(404, '/problems/not-found', 'Not found', detail);

/** One answer for "no such reference" and "wrong mobile", so a guess learns nothing. */
const noSuchBooking = notFound('No booking matches this reference and mobile number.');

const slotFull = problem(
  409,
  '/problems/slot-full',
  'This time is fully booked',
  'Someone else took the last place. Choose another time.',
);

const dailyLimit = problem(
  409,
  '/problems/daily-limit',
  'You already have three bookings that day',
  'Choose another day, or cancel one of those bookings.',
);

const notActive = problem(
  409,
  '/problems/appointment-not-active',
  'This booking can no longer be changed',
  'The booking has been cancelled or has already taken place.',
);

const inFlight = problem(
  409,
  '/problems/idempotency-key-in-flight',
  'The first request with this Idempotency-Key is still being processed',
  'Wait a moment and send it again.',
);

/** Thrown when another server instance answered the Idempotency-Key first: replay its answer. */
class AnsweredElsewhere extends Error {}

/** Sends an answer serialised beforehand (kept under an Idempotency-Key, or cached): JSON, or problem+json for a refusal. */
function send(reply: FastifyReply, answer: KeptAnswer, replayed: boolean): FastifyReply {
  if (replayed) reply.header('idempotent-replayed', 'true');
  return reply
    .code(answer.status)
    .type(answer.status >= 400 ? problemContentType : 'application/json; charset=utf-8')
    .send(answer.body);
}

const sameMobile = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * A per-client limit for one kind of request, counted apart from the API-wide limit (which marks
 * requests as already limited, so @fastify/rate-limit's route config would never run). Off when
 * the server runs without rate limits (RATE_LIMIT_MAX=0), as load tests do.
 */
function perClientLimit(app: FastifyInstance, max: number) {
  if (!app.hasDecorator('createRateLimit')) return [];
  const limit = app.createRateLimit({ max, timeWindow: 60_000 });
  return [
    async (request: FastifyRequest, reply: FastifyReply) => {
      const result = await limit(request);
      if (!result.isAllowed && result.isExceeded) {
        void reply.header('retry-after', String(result.ttlInSeconds));
        throw Object.assign(new Error('Too many requests'), { statusCode: 429 });
      }
    },
  ];
}

const appointmentRoutes: FastifyPluginAsyncTypebox<AppointmentRouteOptions> = async (
  app,
  { store, catalogue, idHashKey },
) => {
  const bookingLimit = perClientLimit(app, BOOKINGS_PER_MINUTE);
  const lookupLimit = perClientLimit(app, LOOKUPS_PER_MINUTE);
  const halls = new Map(catalogue.halls.map((hall) => [hall.id, hall]));
  const repository = store.appointments;

  const today = (): IsoDate => shanghaiDate(app.clock.now());
  const availabilityCache = new Map<string, { at: number; seatChanges: number; body: string }>();
  /** Moves whenever this process changes seats, closures or capacity: cached answers are stale. */
  const availabilityChanges = () => repository.seatChanges + store.hallOperations.changes;

  /** The calendar with one hall's closures from `from` to `to`. */
  const calendarFor = async (hallId: string, from: IsoDate, to: IsoDate) =>
    new WorkingCalendar(await store.calendar.closures(hallId, from, to));

  /** A date and time are bookable when the date is a working day in the window and the time one of its slots. */
  const slotProblems = async (
    hall: Hall,
    window: HallWindow,
    date: IsoDate,
    time: string,
  ): Promise<{ errors: FieldError[]; slot: Slot | undefined }> => {
    const calendar = await calendarFor(hall.id, date, date);
    const bookable = bookingWindow(today(), calendar);
    const day = calendar.day(date, hall.id);
    if (!inWindow(date, bookable)) {
      return {
        errors: [
          {
            path: '/body/date',
            message: `must be from ${bookable.from} to ${bookable.to}; same-day and past bookings are not taken`,
          },
        ],
        slot: undefined,
      };
    }
    if (!day.working) {
      return {
        errors: [{ path: '/body/date', message: `the hall is closed that day (${day.reason})` }],
        slot: undefined,
      };
    }
    const slot = slotsOf(day, { hours: hall.hours, slotMinutes: window.slotMinutes }).find(
      (candidate) => candidate.time === time,
    );
    const closures = slot ? await store.calendar.partDayClosures(hall.id, date, date) : [];
    const closure = closures.find((period) => slot && isClosedBy(slot, period));
    if (closure) {
      return {
        errors: [
          {
            path: '/body/time',
            message: `the hall is closed from ${closure.starts} to ${closure.ends} that day (${closure.reason.en})`,
          },
        ],
        slot: undefined,
      };
    }
    return slot
      ? { errors: [], slot }
      : {
          errors: [
            { path: '/body/time', message: 'is not one of the times the hall offers that day' },
          ],
          slot: undefined,
        };
  };

  const view = (appointment: StoredAppointment): AppointmentView => {
    const guide = catalogue.guide(appointment.serviceCode);
    const hall = halls.get(appointment.hallId);
    if (!guide || !hall)
      throw new Error(`Appointment ${appointment.id} refers to a missing service or hall`);
    return {
      reference: appointment.reference,
      status: appointment.status,
      service: { code: guide.code, name: guide.name },
      hall: { id: hall.id, name: hall.name, address: hall.address },
      date: appointment.date,
      time: appointment.time,
      end: appointment.end,
      name: appointment.name,
      mobile: maskMobile(appointment.mobile),
      idType: appointment.idType,
      idNumber: appointment.idMasked,
      materials: [...appointment.materials],
      changeableUntil: changeableUntil(appointment.date, appointment.time).toISOString(),
      createdAt: appointment.createdAt,
    };
  };

  const messagesFor =
    (kind: Exclude<OutboxMessage['kind'], 'closure'>) =>
    (appointment: StoredAppointment): OutboxMessage[] => {
      const guide = catalogue.guide(appointment.serviceCode);
      const hall = halls.get(appointment.hallId);
      return guide && hall ? appointmentMessages(kind, appointment, guide, hall) : [];
    };

  /** The booking a reference and mobile number open, or the one 404 for any wrong pair. */
  const owned = async (reference: string, mobile: string): Promise<StoredAppointment> => {
    const appointment = await repository.find(normaliseReference(reference));
    if (!appointment || !sameMobile(appointment.mobile, mobile)) throw noSuchBooking;
    return appointment;
  };

  /** Requests of this process whose Idempotency-Key is being answered ("scope\nkey"). */
  const running = new Set<string>();

  /**
   * Runs a handler at most once per Idempotency-Key (IETF draft): a repeat of a finished request
   * gets the first answer again, the key with another body 422, a repeat while the first is
   * running 409. The answer is kept in the same transaction as the change it reports, so the
   * two are durable together with one commit (one fsync, where claiming the key first and
   * completing it after cost two more); a request still running is known to this process only.
   * Should another server instance answer the same key at the same moment, whichever commits
   * second finds the key answered, rolls back and replays the first answer. Refusals are kept
   * too; 5xx answers are not, so the client may retry.
   */
  const idempotent = async (
    request: FastifyRequest,
    reply: FastifyReply,
    scope: string,
    handle: (key: Omit<KeyToKeep, 'answer'>) => Promise<KeptAnswer>,
  ): Promise<FastifyReply> => {
    const key = parseIdempotencyKey(request.headers['idempotency-key'] as string | undefined);
    if (key === null) {
      throw validationProblem([
        {
          path: '/headers/idempotency-key',
          message: 'must be 1 to 255 visible ASCII characters, e.g. a UUID in double quotes',
        },
      ]);
    }
    const record = { scope, key };
    const fingerprint = requestFingerprint(request.method, scope, request.body);
    const now = Date.now();
    const replayStored = async (existing: StoredKey | null): Promise<FastifyReply | null> => {
      if (existing === null) return null;
      const decision = decideKey(existing, fingerprint, now);
      switch (decision.kind) {
        case 'replay':
          return send(reply, decision, true);
        case 'mismatch':
          throw problem(
            422,
            '/problems/idempotency-key-reused',
            'This Idempotency-Key was used for another request',
            'Use a new key for a new request.',
          );
        case 'in-flight':
          throw inFlight;
        case 'proceed':
          return null;
      }
    };
    const id = `${scope}\n${key}`;
    if (running.has(id)) throw inFlight;
    const replayed = await replayStored(await repository.findKey(record));
    if (replayed) return replayed;

    running.add(id);
    try {
      const toKeep = {
        record,
        fingerprint,
        createdAt: now,
        expiredBefore: now - IDEMPOTENCY_KEY_TTL_MS,
      };
      let answer: KeptAnswer;
      try {
        answer = await handle(toKeep);
      } catch (error) {
        if (error instanceof AnsweredElsewhere) {
          const replay = await replayStored(await repository.findKey(record));
          // Only a key that expired in between could answer nothing: ask the client to retry.
          if (replay) return replay;
          throw inFlight;
        }
        if (error instanceof ProblemError && error.problem.status < 500) {
          await repository.keepAnswer(toKeep, {
            status: error.problem.status,
            body: JSON.stringify(error.problem),
          });
        }
        throw error;
      }
      return send(reply, answer, false);
    } finally {
      running.delete(id);
    }
  };

  /** The hall, the guide and the hall's window for the service, or field errors saying which is wrong. */
  const resolveBooking = async (
    hallId: string,
    serviceCode: string,
    at: { hall: string; service: string },
  ) => {
    const errors: FieldError[] = [];
    const hall = halls.get(hallId);
    const guide = catalogue.guide(serviceCode);
    if (!hall) errors.push({ path: at.hall, message: 'is not a hall of this portal' });
    if (!guide) errors.push({ path: at.service, message: 'is not a service of this portal' });
    let window: HallWindow | null = null;
    if (hall && guide) {
      window = guide.hallIds.includes(hall.id)
        ? await repository.window(hall.id, guide.code)
        : null;
      if (!window) errors.push({ path: at.hall, message: 'does not handle this service' });
    }
    return { errors, hall, guide, window };
  };

  app.get(
    '/halls/:id/availability',
    {
      schema: {
        tags: ['appointments'],
        summary: "A hall's free times for one service",
        description:
          'Each day from `from` to `to` (default: the booking window, the next working day to 14 days ahead) with its times and seats left, or why it is closed. Unknown hall or service: 404; a hall that does not handle the service: 400 at /query/service.',
        params: HallParams,
        querystring: AvailabilityQuery,
        response: { 200: Availability, ...problemResponses(400, 404, 429, 500) },
      },
    },
    async (request, reply) => {
      // The booking pages ask for the same fortnight of the same hall again and again; the
      // answer is reused until a seat changes in this process, or for AVAILABILITY_TTL_MS at
      // most, for changes other server instances make (a seat taken meanwhile is refused as
      // slot-full when booked, and the page offers the next one).
      const cacheKey = `${today()}\n${request.params.id}\n${request.query.service}\n${request.query.from ?? ''}\n${request.query.to ?? ''}`;
      const cached = availabilityCache.get(cacheKey);
      if (
        cached &&
        cached.seatChanges === availabilityChanges() &&
        performance.now() - cached.at < AVAILABILITY_TTL_MS
      ) {
        return send(reply, { status: 200, body: cached.body }, false);
      }
      const seatChanges = availabilityChanges();
      const hall = halls.get(request.params.id);
      if (!hall) throw notFound('There is no hall with this id.');
      const guide = catalogue.guide(request.query.service);
      if (!guide) throw notFound('There is no service with this code.');
      const window = guide.hallIds.includes(hall.id)
        ? await repository.window(hall.id, guide.code)
        : null;
      if (!window) {
        throw validationProblem([
          { path: '/query/service', message: 'is not handled at this hall' },
        ]);
      }
      const now = today();
      const bookable = bookingWindow(now, new WorkingCalendar());
      const from = request.query.from ?? bookable.from;
      const to = request.query.to ?? (request.query.from ? addCalendarDays(from, 13) : bookable.to);
      if (to < from)
        throw validationProblem([{ path: '/query/to', message: 'must not be before from' }]);
      if (addCalendarDays(from, MAX_AVAILABILITY_DAYS - 1) < to) {
        throw validationProblem([
          { path: '/query/to', message: `must be at most ${MAX_AVAILABILITY_DAYS} days from from` },
        ]);
      }
      const calendar = await calendarFor(hall.id, from, to);
      const taken = await repository.seatsTaken(window, from, to);
      const capacityChanges = await repository.capacityChanges(window, to);
      const partDay = await store.calendar.partDayClosures(hall.id, from, to);
      const schedule = { hours: hall.hours, slotMinutes: window.slotMinutes };
      const days = [];
      for (let date = from; date <= to; date = addCalendarDays(date, 1)) {
        const takenOnDay = new Map<string, number>();
        for (const [slot, count] of taken) {
          if (slot.startsWith(date)) takenOnDay.set(slot.slice(11), count);
        }
        days.push(
          availabilityDay(
            calendar.day(date, hall.id),
            bookable,
            schedule,
            capacityOn(window.capacity, capacityChanges, date),
            takenOnDay,
            partDay.filter((closure) => closure.date === date),
          ),
        );
      }
      const body = JSON.stringify({
        hall: hall.id,
        service: guide.code,
        bookableFrom: bookable.from,
        bookableTo: bookable.to,
        days,
      });
      if (availabilityCache.size >= AVAILABILITY_CACHE_SIZE) availabilityCache.clear();
      availabilityCache.set(cacheKey, { at: performance.now(), seatChanges, body });
      return send(reply, { status: 200, body }, false);
    },
  );

  app.post(
    '/appointments',
    {
      onRequest: bookingLimit,
      schema: {
        tags: ['appointments'],
        summary: 'Book a time at a hall',
        description:
          'Needs an Idempotency-Key header. Answers 201 with the reference; writes the text message to the outbox. Refusals: 409 slot-full, already-booked, daily-limit; 403 appointment-blocked (three no-shows in 90 days) with `until`.',
        headers: IdempotencyHeaders,
        body: AppointmentInput,
        response: {
          201: AppointmentCreated,
          ...problemResponses(400, 403, 409, 413, 415, 422, 429, 500),
        },
      },
    },
    async (request, reply) =>
      idempotent(request, reply, 'POST /api/appointments', async (key) => {
        const input = request.body;
        const { errors, hall, guide, window } = await resolveBooking(input.hall, input.service, {
          hall: '/body/hall',
          service: '/body/service',
        });
        const name = input.name.trim();
        if (!name) errors.push({ path: '/body/name', message: 'must not be blank' });
        const idNumber = normaliseIdNumber(input.idNumber);
        const idProblem = identityNumberProblem(input.idType, idNumber);
        if (idProblem) errors.push({ path: '/body/idNumber', message: idProblem });
        const materials = input.materials ?? [];
        if (guide) {
          materials.forEach((index, position) => {
            if (index >= guide.materials.length) {
              errors.push({
                path: `/body/materials/${position}`,
                message: 'is not one of the guide’s materials',
              });
            }
          });
        }
        let slot: Slot | undefined;
        if (hall && window) {
          const checked = await slotProblems(hall, window, input.date, input.time);
          errors.push(...checked.errors);
          slot = checked.slot;
        }
        if (errors.length > 0 || !hall || !guide || !window || !slot)
          throw validationProblem(errors);

        const createdAt = app.clock.now().toISOString();
        const base = {
          serviceCode: guide.code,
          hallId: hall.id,
          departmentId: window.departmentId,
          date: input.date,
          time: slot.time,
          end: slot.end,
          name,
          mobile: input.mobile,
          idType: input.idType,
          idMasked: maskIdNumber(idNumber),
          personKey: personKey(idHashKey, input.idType, idNumber),
          materials: [...materials].sort((a, b) => a - b),
          createdAt,
        };
        const day = today();
        for (let attempt = 0; attempt < 5; attempt++) {
          const outcome = await repository.book(
            { ...base, reference: newReference() },
            (record) => fairUseRefusal(record, day),
            day,
            messagesFor('booked'),
            {
              ...key,
              answer: (stored) => {
                const appointment = view(stored);
                return {
                  status: 201,
                  body: JSON.stringify({ reference: appointment.reference, appointment }),
                };
              },
            },
          );
          if (outcome.ok) return outcome.answer;
          switch (outcome.refusal.kind) {
            case 'reference-taken':
              continue;
            case 'key-answered':
              throw new AnsweredElsewhere();
            case 'slot-full':
              throw slotFull;
            case 'blocked':
              throw problem(
                403,
                '/problems/appointment-blocked',
                'New bookings are paused for this person',
                `Three appointments were missed within 90 days, so new bookings can be made again from ${outcome.refusal.until}.`,
                { reason: 'no-shows', until: outcome.refusal.until },
              );
            case 'already-booked':
              throw problem(
                409,
                '/problems/already-booked',
                'You already have a booking for this service',
                'Change or cancel that booking instead of making another one.',
              );
            case 'daily-limit':
              throw dailyLimit;
          }
        }
        throw new Error('No free reference after 5 tries');
      }),
  );

  const manageResponses = problemResponses(400, 404, 409, 413, 415, 429, 500);

  app.post(
    '/appointments/lookup',
    {
      onRequest: lookupLimit,
      schema: {
        tags: ['appointments'],
        summary: 'Find a booking by reference and mobile number',
        description:
          'A wrong pair gets 404 whether or not the reference exists; look-ups are limited per client.',
        body: AppointmentLookup,
        response: { 200: AppointmentView, ...manageResponses },
      },
    },
    async (request) => {
      const appointment = await owned(request.body.reference, request.body.mobile);
      if (appointment.status !== 'cancelled-by-hall') return view(appointment);
      const closure = await store.hallOperations.closureOf(appointment.id);
      return closure
        ? {
            ...view(appointment),
            closure: {
              from: closure.starts,
              to: closure.ends,
              wholeDay: closure.starts === '00:00' && closure.ends === '24:00',
              reason: closure.reason,
            },
          }
        : view(appointment);
    },
  );

  app.post(
    '/appointments/:reference/cancel',
    {
      onRequest: lookupLimit,
      schema: {
        tags: ['appointments'],
        summary: 'Cancel a booking',
        description:
          'The seat is free again at once. A cancellation less than 2 hours before the start counts as a no-show; after the start it is refused (409).',
        params: ReferenceParams,
        body: AppointmentCancel,
        response: { 200: AppointmentView, ...manageResponses },
      },
    },
    async (request) => {
      const appointment = await owned(request.params.reference, request.body.mobile);
      if (appointment.status !== 'booked') throw notActive;
      const now = app.clock.now();
      if (now >= shanghaiInstant(appointment.date, appointment.time)) throw tooLate(appointment);
      const late = now > changeableUntil(appointment.date, appointment.time);
      const cancelled = await repository.cancel(
        appointment.reference,
        now.toISOString(),
        late,
        messagesFor('cancelled'),
      );
      if (!cancelled) throw notActive;
      return view(cancelled);
    },
  );

  app.post(
    '/appointments/:reference/reschedule',
    {
      onRequest: bookingLimit,
      schema: {
        tags: ['appointments'],
        summary: 'Move a booking to another time',
        description:
          'Needs an Idempotency-Key header. Atomic: the old seat is given up only if the new one is taken. Refused after the cut-off, 2 hours before the start (409), and onto the booking’s own date and time (400, naming /body/time).',
        headers: IdempotencyHeaders,
        params: ReferenceParams,
        body: AppointmentReschedule,
        response: {
          200: AppointmentView,
          ...problemResponses(400, 404, 409, 413, 415, 422, 429, 500),
        },
      },
    },
    async (request, reply) =>
      idempotent(
        request,
        reply,
        `POST /api/appointments/${normaliseReference(request.params.reference)}/reschedule`,
        async (key) => {
          const appointment = await owned(request.params.reference, request.body.mobile);
          if (appointment.status !== 'booked') throw notActive;
          if (app.clock.now() > changeableUntil(appointment.date, appointment.time)) {
            throw tooLate(appointment);
          }
          // Moving a booking onto its own slot would say "moved" and text the citizen for nothing.
          if (request.body.date === appointment.date && request.body.time === appointment.time) {
            throw validationProblem([
              { path: '/body/time', message: 'is the booking’s current time; choose another' },
            ]);
          }
          const hall = halls.get(appointment.hallId);
          const window = await repository.window(appointment.hallId, appointment.serviceCode);
          if (!hall || !window) throw notActive;
          const { errors, slot } = await slotProblems(
            hall,
            window,
            request.body.date,
            request.body.time,
          );
          if (!slot) throw validationProblem(errors);
          const outcome = await repository.reschedule(
            appointment.reference,
            { date: request.body.date, ...slot },
            app.clock.now().toISOString(),
            messagesFor('rescheduled'),
            {
              ...key,
              answer: (stored) => ({ status: 200, body: JSON.stringify(view(stored)) }),
            },
          );
          if (outcome.ok) return outcome.answer;
          if (outcome.refusal.kind === 'key-answered') throw new AnsweredElsewhere();
          throw { 'slot-full': slotFull, 'daily-limit': dailyLimit, 'not-active': notActive }[
            outcome.refusal.kind
          ];
        },
      ),
  );
};

function tooLate(appointment: StoredAppointment): ProblemError {
  const until = changeableUntil(appointment.date, appointment.time).toISOString();
  return problem(
    409,
    '/problems/appointment-too-late',
    'It is too late to change this booking online',
    'Bookings can be changed until 2 hours before the start. Please call the hall.',
    { changeableUntil: until },
  );
}

export default appointmentRoutes;
