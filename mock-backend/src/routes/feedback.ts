import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import {
  LEVELS_WITH_REASONS,
  NEGATIVE_LEVELS,
  RatingInput,
  RatingInvitation,
  RatingInvitationParams,
  RatingReceipt,
  ResolutionInput,
  ResultsQuery,
  ResultsTable,
  ServiceResults,
  ServiceResultsParams,
  SubmissionInput,
  SubmissionReceipt,
  TrackQuery,
  TrackedCase,
  type CaseKind,
} from '../../../contract/feedback.ts';
import type { FieldError } from '../../../contract/problem.ts';
import { feedbackProblemTypes } from '../../../contract/problem.ts';
import { WorkingCalendar, addCalendarDays } from '../calendar/calendar.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { shanghaiDate, shanghaiTime, type Clock } from '../clock.ts';
import { ClientLimiter } from '../feedback/client-limiter.ts';
import { invitationMessages, newInvitationToken } from '../feedback/invitation.ts';
import { dueDates, type DeadlineConfig } from '../feedback/deadlines.ts';
import { duplicateKey } from '../feedback/duplicates.ts';
import { PublishedResults } from '../feedback/published-results.ts';
import { satisfaction } from '../feedback/satisfaction.ts';
import { canRespond, transition } from '../feedback/state-machine.ts';
import { plainText as text } from '../feedback/plain-text.ts';
import { newTrackingCode, normaliseTrackingCode } from '../feedback/tracking-code.ts';
import { maskMobile } from '../personal-data.ts';
import { notFoundProblem } from '../not-found.ts';
import { ProblemError, validationProblem } from '../problems.ts';
import { problemResponses } from '../schemas.ts';
import openDataRoutes from './open-data.ts';
import type { CaseRecord, InvitationOptions, NewCase } from '../store/feedback-repository.ts';
import type { Store } from '../store/store.ts';

/** Per-client limits on top of the API-wide one, each over `windowMs`. */
export interface FeedbackLimits {
  windowMs: number;
  /** Ratings and submissions a client may send. */
  submits: number;
  /** Tracking look-ups (and answers to a reply) a client may make. */
  lookups: number;
  /** Look-ups that found nothing: guessing codes stops here. */
  failedLookups: number;
}

export const defaultFeedbackLimits: FeedbackLimits = {
  windowMs: 10 * 60_000,
  submits: 20,
  lookups: 60,
  failedLookups: 10,
};

export interface FeedbackRouteOptions {
  store: Store;
  catalogue: Catalogue;
  deadlines: DeadlineConfig;
  /** false turns the per-client limits off (load tests from one address). */
  limits?: FeedbackLimits | false | undefined;
  /** How long the published results table is reused; default a minute, 0 sums it every time. */
  resultsMaxAgeMs?: number | undefined;
}

const lookupFailed = new ProblemError({
  ...notFoundProblem,
  detail: 'No case matches this tracking code and mobile number.',
});

const invalidTransition = (detail: string) =>
  new ProblemError({
    type: feedbackProblemTypes.invalidTransition,
    title: 'This change is not possible in the case’s current state',
    status: 409,
    detail,
  });

const tooMany = (retryAfter: number) =>
  new ProblemError(
    {
      type: '/problems/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: `Too many requests from this connection. Try again in ${retryAfter} seconds.`,
    },
    { 'retry-after': String(retryAfter) },
  );

const feedbackRoutes: FastifyPluginAsyncTypebox<FeedbackRouteOptions> = async (app, options) => {
  const { store, catalogue, deadlines } = options;
  const published = new PublishedResults(
    store,
    catalogue,
    options.resultsMaxAgeMs ?? RESULTS_TABLE_MAX_AGE_MS,
  );
  const limits = options.limits === undefined ? defaultFeedbackLimits : options.limits;
  const limiter = (max: number) => (limits ? new ClientLimiter(max, limits.windowMs) : undefined);
  const submits = limiter(limits ? limits.submits : 0);
  const lookups = limiter(limits ? limits.lookups : 0);
  const failedLookups = limiter(limits ? limits.failedLookups : 0);
  const hallNames = new Map(catalogue.halls.map((hall) => [hall.id, hall.name]));
  // Deadlines are city-wide: public holidays and make-up days count, hall closures do not.
  const calendar = new WorkingCalendar([]);

  const spend = (request: FastifyRequest, ...limiters: (ClientLimiter | undefined)[]) => {
    for (const limiter of limiters) {
      const wait = limiter?.retryAfter(request.ip) ?? 0;
      if (wait > 0) throw tooMany(wait);
    }
    limiters[0]?.record(request.ip);
  };

  const checkPlace = (
    service: string | undefined,
    hall: string | undefined,
    errors: FieldError[],
  ) => {
    if (service !== undefined && !catalogue.guide(service)) {
      errors.push({ path: '/body/service', message: 'is not a service in the catalogue' });
    }
    if (hall !== undefined && !hallNames.has(hall)) {
      errors.push({ path: '/body/hall', message: 'is not a hall in the catalogue' });
    }
  };

  const today = () => shanghaiDate(app.clock.now());

  const caseFields = (kind: CaseKind, now: Date) => ({
    trackingCode: newTrackingCode(),
    receivedAt: now.toISOString(),
    ...dueDates(deadlines, kind, shanghaiDate(now), calendar),
  });

  const trackedCase = async (found: CaseRecord): Promise<TrackedCase> => ({
    trackingCode: found.trackingCode,
    kind: found.kind,
    status: found.status,
    service: found.service,
    hall: found.hall,
    receivedAt: found.receivedAt,
    acknowledgeBy: found.acknowledgeBy,
    answerBy: found.answerBy,
    whatHappened: found.whatHappened,
    wanted: found.wanted,
    mobile: found.mobile === null ? null : maskMobile(found.mobile),
    history: await store.feedback.history(found.id),
    reply:
      found.replyText === null || found.repliedAt === null
        ? null
        : { text: found.replyText, at: found.repliedAt },
    solved: found.solved,
    canRespond: canRespond({ status: found.status, answered: found.solved !== null }),
    moderation: await store.review.moderationOf(found.id),
  });

  /** The case for a code and mobile, or the one 404 every failed look-up gets. */
  const lookUp = async (
    request: FastifyRequest,
    query: { trackingCode: string; mobile?: string | undefined },
  ): Promise<CaseRecord> => {
    spend(request, lookups, failedLookups);
    const found = await store.feedback.findCase(normaliseTrackingCode(query.trackingCode));
    if (!found || (found.mobile ?? undefined) !== query.mobile) {
      failedLookups?.record(request.ip);
      throw lookupFailed;
    }
    return found;
  };

  app.post(
    '/feedback/ratings',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Rate a service (好差评)',
        description:
          'Stores one rating. A negative one (不满意, 非常不满意) opens a case with a tracking code and due dates. With the token from the link sent after an appointment, the appointment is rated once: a second use answers 409 /problems/already-rated. The same rating with the same comment from the same client within ten minutes is stored once and answers 200 with the first receipt.',
        body: RatingInput,
        response: {
          200: RatingReceipt,
          201: RatingReceipt,
          ...problemResponses(400, 404, 409, 413, 415, 429, 500),
        },
      },
    },
    async (request, reply) => {
      spend(request, submits);
      const body = request.body;
      const errors: FieldError[] = [];
      const comment = text(body.comment, '/body/comment', errors);
      const reasons = body.reasons ?? [];
      const wantsReasons = LEVELS_WITH_REASONS.includes(body.level);
      const negative = NEGATIVE_LEVELS.includes(body.level);
      if (wantsReasons && reasons.length === 0) {
        errors.push({ path: '/body/reasons', message: 'needs at least one reason at this level' });
      }
      if (!wantsReasons && reasons.length > 0) {
        errors.push({ path: '/body/reasons', message: 'are only taken at the lower three levels' });
      }
      if (new Set(reasons).size !== reasons.length) {
        errors.push({ path: '/body/reasons', message: 'must not repeat a reason' });
      }
      if (body.mobile !== undefined && !negative) {
        errors.push({ path: '/body/mobile', message: 'is only taken with a negative rating' });
      }
      if (body.channel === 'hall' && body.hall === undefined) {
        errors.push({ path: '/body/hall', message: 'is required for a rating in a hall' });
      }
      if ((body.channel === 'appointment') !== (body.token !== undefined)) {
        errors.push({
          path: body.token === undefined ? '/body/token' : '/body/channel',
          message:
            body.token === undefined
              ? 'is required for the appointment channel'
              : 'must be "appointment" with a rating link',
        });
      }
      checkPlace(body.service, body.hall, errors);
      const invitation =
        body.token === undefined ? undefined : await store.feedback.invitation(body.token);
      if (invitation && (invitation.service !== body.service || invitation.hall !== body.hall)) {
        errors.push({
          path: '/body/service',
          message: 'must be the rated appointment’s service and hall',
        });
      }
      if (errors.length > 0) throw validationProblem(errors);
      if (body.token !== undefined && !invitation) {
        throw new ProblemError({ ...notFoundProblem, detail: 'This rating link is not valid.' });
      }

      const now = app.clock.now();
      const newCase: NewCase | null = negative
        ? {
            ...caseFields('negative-rating', now),
            kind: 'negative-rating',
            service: body.service,
            hall: body.hall ?? null,
            whatHappened: comment ?? '',
            wanted: null,
            name: null,
            mobile: body.mobile ?? null,
            locale: body.locale,
            duplicateKey: null,
          }
        : null;
      const receiptOf = (
        found: Pick<NewCase, 'trackingCode' | 'acknowledgeBy' | 'answerBy'> | null,
      ) => ({
        receivedAt: now.toISOString(),
        level: body.level,
        case: found && {
          trackingCode: found.trackingCode,
          acknowledgeBy: found.acknowledgeBy,
          answerBy: found.answerBy,
        },
      });
      // A robot filled the hidden field: it gets the answer a person would, and nothing is kept.
      if (body.website) return reply.code(201).send(receiptOf(newCase));

      const outcome = await store.feedback.addRating({
        service: body.service,
        hall: body.hall ?? null,
        channel: body.channel,
        level: body.level,
        reasons,
        comment,
        locale: body.locale,
        ratedAt: now.toISOString(),
        ratedOn: shanghaiDate(now),
        invitationId: invitation?.id ?? null,
        case: newCase,
        duplicateKey:
          comment === null || invitation
            ? null
            : duplicateKey(request.ip, `${body.service}\n${body.level}\n${comment}`, now),
      });
      if (outcome.outcome === 'already-rated') {
        throw new ProblemError({
          type: feedbackProblemTypes.alreadyRated,
          title: 'This visit has already been rated',
          status: 409,
          detail: 'Each visit is rated once (一事一评).',
        });
      }
      return reply.code(outcome.outcome === 'stored' ? 201 : 200).send(receiptOf(outcome.case));
    },
  );

  app.get(
    '/feedback/rating-invitations/:token',
    {
      schema: {
        tags: ['feedback'],
        summary: 'What a rating link is about',
        description:
          'The appointment a rating link was sent for, so the rating page can name it. An unknown token answers 404; a used one 409 /problems/already-rated.',
        params: RatingInvitationParams,
        response: { 200: RatingInvitation, ...problemResponses(400, 404, 409, 429, 500) },
      },
    },
    async (request) => {
      spend(request, lookups, failedLookups);
      const invitation = await store.feedback.invitation(request.params.token);
      const guide = invitation && catalogue.guide(invitation.service);
      const hallName = invitation && hallNames.get(invitation.hall);
      if (!invitation || !guide || !hallName) {
        failedLookups?.record(request.ip);
        throw new ProblemError({ ...notFoundProblem, detail: 'This rating link is not valid.' });
      }
      if (invitation.rated) {
        throw new ProblemError({
          type: feedbackProblemTypes.alreadyRated,
          title: 'This visit has already been rated',
          status: 409,
          detail: 'Each visit is rated once (一事一评).',
        });
      }
      return {
        service: invitation.service,
        serviceName: guide.name,
        hall: invitation.hall,
        hallName,
        date: invitation.date,
      };
    },
  );

  app.post(
    '/feedback/submissions',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Send a complaint, suggestion, praise or question',
        description:
          'Stores it and answers with a tracking code and the due dates: acknowledged within 1 working day, answered within 15 working days for a complaint and 10 for the other kinds (from configuration data, counted on the working-day calendar). The same text from the same client within ten minutes is acknowledged once: the repeat answers 200 with the first receipt.',
        body: SubmissionInput,
        response: {
          200: SubmissionReceipt,
          201: SubmissionReceipt,
          ...problemResponses(400, 413, 415, 429, 500),
        },
      },
    },
    async (request, reply) => {
      spend(request, submits);
      const body = request.body;
      const errors: FieldError[] = [];
      const whatHappened = text(body.whatHappened, '/body/whatHappened', errors);
      const wanted = text(body.wanted, '/body/wanted', errors);
      const name = text(body.name, '/body/name', errors);
      if (whatHappened === null)
        errors.push({ path: '/body/whatHappened', message: 'is required' });
      if (body.anonymous) {
        if (name !== null)
          errors.push({ path: '/body/name', message: 'is not taken when anonymous' });
        if (body.mobile !== undefined) {
          errors.push({ path: '/body/mobile', message: 'is not taken when anonymous' });
        }
      } else {
        if (name === null)
          errors.push({ path: '/body/name', message: 'is required unless anonymous' });
        if (body.mobile === undefined) {
          errors.push({ path: '/body/mobile', message: 'is required unless anonymous' });
        }
      }
      checkPlace(body.service, body.hall, errors);
      if (errors.length > 0 || whatHappened === null) throw validationProblem(errors);

      const now = app.clock.now();
      const newCase: NewCase = {
        ...caseFields(body.kind, now),
        kind: body.kind,
        service: body.service ?? null,
        hall: body.hall ?? null,
        whatHappened,
        wanted,
        name,
        mobile: body.mobile ?? null,
        locale: body.locale,
        duplicateKey: duplicateKey(request.ip, `${body.kind}\n${whatHappened}`, now),
      };
      const receiptOf = (
        found: Pick<NewCase, 'trackingCode' | 'receivedAt' | 'acknowledgeBy' | 'answerBy'>,
      ) => ({
        trackingCode: found.trackingCode,
        kind: body.kind,
        receivedAt: found.receivedAt,
        acknowledgeBy: found.acknowledgeBy,
        answerBy: found.answerBy,
      });
      if (body.website) return reply.code(201).send(receiptOf(newCase));
      const { created, case: stored } = await store.feedback.addCase(newCase);
      return reply.code(created ? 201 : 200).send(receiptOf(stored));
    },
  );

  app.post(
    '/feedback/track',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Track a case by its code (and mobile)',
        description:
          'The case’s status history, due dates and public reply. The mobile number is needed when the case was given one. A wrong code and a wrong mobile answer the same 404, and failed look-ups are limited per client.',
        body: TrackQuery,
        response: { 200: TrackedCase, ...problemResponses(400, 404, 413, 415, 429, 500) },
      },
    },
    async (request) => trackedCase(await lookUp(request, request.body)),
  );

  app.post(
    '/feedback/track/resolution',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Say whether the reply solved the problem',
        description:
          'Once per case, after a reply: solved closes the case; not solved reopens it for review with a new answer deadline. Any other state, or a second answer, is 409 /problems/invalid-transition.',
        body: ResolutionInput,
        response: { 200: TrackedCase, ...problemResponses(400, 404, 409, 413, 415, 429, 500) },
      },
    },
    async (request) => {
      const found = await lookUp(request, request.body);
      const event = request.body.solved ? 'confirm-solved' : 'report-unsolved';
      const change = transition(
        { status: found.status, answered: found.solved !== null },
        event,
        'citizen',
      );
      if (!change.ok) {
        throw invalidTransition(
          change.refusal === 'already-answered'
            ? 'You have already said whether the reply solved the problem.'
            : 'Only a case with a reply can be answered.',
        );
      }
      const now = app.clock.now();
      const changed = await store.feedback.changeStatus(found.id, {
        from: change.from,
        to: change.to,
        by: 'citizen',
        at: now.toISOString(),
        version: found.version,
        solved: request.body.solved,
        ...(request.body.solved
          ? {}
          : { answerBy: dueDates(deadlines, found.kind, shanghaiDate(now), calendar).answerBy }),
      });
      if (!changed) throw invalidTransition('The case changed meanwhile; look it up again.');
      const updated = await store.feedback.findCase(found.trackingCode);
      if (!updated) throw lookupFailed;
      return trackedCase(updated);
    },
  );

  /** The 12 months up to today: 365 days, today included, so a new rating shows at once. */
  const period = () => {
    const to = today();
    return { from: addCalendarDays(to, -364), to };
  };

  app.get(
    '/feedback/results/services/:code',
    {
      schema: {
        tags: ['feedback'],
        summary: 'A service’s published satisfaction',
        description:
          'Share satisfied, the distribution over the five levels and the share of negative ratings fixed on time, over the last 12 months. Built from fewer than 5 ratings, a figure is not published (published: false, no numbers at all).',
        params: ServiceResultsParams,
        response: { 200: ServiceResults, ...problemResponses(400, 404, 429, 500) },
      },
    },
    async (request) => {
      const { code } = request.params;
      if (!catalogue.guide(code)) throw new ProblemError(notFoundProblem);
      const { from, to } = period();
      return {
        service: code,
        period: { from, to },
        satisfaction: satisfaction(await store.feedback.tally({ service: code }, from, to)),
      };
    },
  );

  app.get(
    '/feedback/results',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Services or halls by satisfaction',
        description:
          'Every rated service (by=service, the default) or every hall (by=hall) with its published satisfaction over the last 12 months, highest satisfied share first; those with fewer than 5 ratings last, without figures.',
        querystring: ResultsQuery,
        response: { 200: ResultsTable, ...problemResponses(400, 429, 500) },
      },
    },
    async (request) => {
      const { from, to } = period();
      return published.table(request.query.by ?? 'service', from, to);
    },
  );

  // The open data publishes the results page's figures, from the same table.
  await app.register(openDataRoutes, { published, period, today });
};

/** How long the published results table is reused before it is summed again. */
const RESULTS_TABLE_MAX_AGE_MS = 60_000;

export default feedbackRoutes;

/** How far back an appointment may lie and still be sent a rating link. */
const invitationDays = 7;

/**
 * Sends (writes to the outbox) a rating link for every appointment whose time has passed. The
 * server runs it on a timer; several servers may run it at once, the store keeps it to one link
 * per appointment.
 */
export async function sweepRatingInvitations(
  store: Store,
  catalogue: Catalogue,
  clock: Clock,
  origin: string,
): Promise<number> {
  const now = clock.now();
  const today = shanghaiDate(now);
  let total = 0;
  for (;;) {
    const written = await store.feedback.inviteRatings({
      today,
      time: shanghaiTime(now),
      since: addCalendarDays(today, -invitationDays),
      createdAt: now.toISOString(),
      newToken: newInvitationToken,
      messages: ratingMessages(catalogue, origin),
      limit: 200,
    });
    total += written;
    if (written < 200) return total;
  }
}

/** The rating link's text messages for an appointment, in both languages, named from the catalogue. */
export function ratingMessages(
  catalogue: Catalogue,
  origin: string,
): InvitationOptions['messages'] {
  const hallNames = new Map(catalogue.halls.map((hall) => [hall.id, hall.name]));
  return (appointment, token) => {
    const service = catalogue.guide(appointment.service)?.name;
    const hall = hallNames.get(appointment.hall);
    // A service or hall withdrawn since the booking still deserves a link, named by its code.
    const fallback = (code: string) => ({ zh: code, en: code });
    return invitationMessages(origin, {
      token,
      date: appointment.date,
      service: service ?? fallback(appointment.service),
      hall: hall ?? fallback(appointment.hall),
    });
  };
}
