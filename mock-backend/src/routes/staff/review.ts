import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Localized } from '../../../../contract/catalogue.ts';
import type { FieldError } from '../../../../contract/problem.ts';
import { feedbackProblemTypes } from '../../../../contract/problem.ts';
import {
  DUE_SOON_WORKING_DAYS,
  QUEUE_PAGE_SIZE,
} from '../../../../contract/constants/staff-limits.ts';
import {
  AssignInput,
  AuditTrail,
  FixInput,
  FollowUpInput,
  HideInput,
  NoteInput,
  QueueExportQuery,
  QueueQuery,
  ReplyInput,
  ReviewItem,
  ReviewItemParams,
  ReviewQueue,
  RevealedMobile,
  VerifyInput,
  type ItemAction,
  type ReviewItemSummary,
  type StaffDepartment,
  type StaffRole,
} from '../../../../contract/staff.ts';
import { WorkingCalendar, addCalendarDays } from '../../calendar/calendar.ts';
import type { Catalogue } from '../../catalogue/catalogue.ts';
import { shanghaiDate, type IsoDate } from '../../clock.ts';
import { dueDates, type DeadlineConfig } from '../../feedback/deadlines.ts';
import { plainText } from '../../feedback/plain-text.ts';
import {
  allowedActions,
  canSee,
  type ItemFacts,
  type Viewer,
} from '../../feedback/review-actions.ts';
import { nextStep, reviewTransition, type ReviewEvent } from '../../feedback/state-machine.ts';
import { notFoundProblem } from '../../not-found.ts';
import { preferredLocale } from '../../accept-language.ts';
import { appendVary } from '../../compression.ts';
import { csvResponse, sendCsv } from '../../export/csv.ts';
import { maskMobile, maskNumbersInText } from '../../personal-data.ts';
import { clientProblem } from '../../problem-status.ts';
import { ProblemError, validationProblem } from '../../problems.ts';
import { problemResponses } from '../../schemas.ts';
import { ALL_STAFF } from '../../staff/access.ts';
import { staffDepartments } from '../../staff/departments.ts';
import { etagOf, expectedVersion, staleProblem } from '../../staff/preconditions.ts';
import { queueExportColumns, queueExportFilename } from '../../staff/queue-export.ts';
import {
  parseItemId,
  type ItemChange,
  type ItemRecord,
  type QueueExportFilter,
  type QueueRow,
} from '../../store/review-repository.ts';
import type { Store } from '../../store/store.ts';

export interface ReviewRouteOptions {
  store: Store;
  catalogue: Catalogue;
  deadlines: DeadlineConfig;
}

const SUPERVISORS: readonly StaffRole[] = ['supervisor', 'admin'];
const EXCERPT_LENGTH = 120;

const notFound = () => new ProblemError(notFoundProblem);

const invalidTransition = (detail: string) =>
  new ProblemError({
    type: feedbackProblemTypes.invalidTransition,
    title: 'This change is not possible in the item’s current state',
    status: 409,
    detail,
  });

/** Staff text must hold more than white space and no control characters (400 with its path). */
function required(value: string, path: string): string {
  const errors: FieldError[] = [];
  const text = plainText(value, path, errors);
  if (text === null) errors.push({ path, message: 'must hold more than white space' });
  if (errors.length > 0 || text === null) throw validationProblem(errors);
  return text;
}

const viewerOf = (request: FastifyRequest): Viewer => ({
  accountId: request.staff.accountId,
  role: request.staff.role,
  departmentId: request.staff.departmentId,
});

const factsOf = (item: ItemRecord): ItemFacts => ({
  kind: item.kind,
  status: item.status,
  answered: item.solved !== null,
  valid: item.verification?.valid ?? null,
  fixed: item.fix !== null,
  followedUp: item.followUp !== null,
  departmentId: item.departmentId,
  assigneeId: item.assigneeId,
  hidden: item.moderation !== null,
  hasText: item.whatHappened.trim() !== '' || (item.wanted ?? '').trim() !== '',
  hasMobile: item.mobile !== null,
});

const excerpt = (text: string) => Array.from(text).slice(0, EXCERPT_LENGTH).join('');

/**
 * The review queue and the work on one item (issue 9): /api/staff/items... Every route declares
 * its roles (the staff scope checks them); department checks are here, and an item of another
 * department answers 404 like a missing one.
 */
const reviewRoutes: FastifyPluginAsyncTypebox<ReviewRouteOptions> = async (app, options) => {
  const { store, catalogue, deadlines } = options;
  // Deadlines are city-wide, as feedback's: public holidays and make-up days, no hall closures.
  const calendar = new WorkingCalendar([]);
  const departments = new Map(staffDepartments(catalogue).map((d) => [d.id, d]));
  const hallNames = new Map(catalogue.halls.map((hall) => [hall.id, hall.name]));
  const byCode = (code: string): Localized => ({ zh: code, en: code });
  const departmentOf = (id: string): StaffDepartment =>
    departments.get(id) ?? { id, name: byCode(id) };

  const today = () => shanghaiDate(app.clock.now());
  // Low-rating items are made by a trigger, which cannot count working days.
  const settle = () =>
    store.review.settleDueDates((day) => dueDates(deadlines, 'low-rating', day, calendar));
  await settle();

  /**
   * Working days from today to the deadline: 0 due today, negative overdue. Counting walks the
   * calendar day by day, and a page of long-overdue items would walk years, so each deadline's
   * count is kept for the day it was made on.
   */
  let countedOn = '';
  const counted = new Map<IsoDate, number>();
  const workingDaysLeft = (answerBy: IsoDate, on: IsoDate): number => {
    if (on !== countedOn) {
      counted.clear();
      countedOn = on;
    }
    let left = counted.get(answerBy);
    if (left === undefined) {
      left =
        answerBy >= on
          ? calendar.workingDaysBetween(on, answerBy)
          : -Math.max(1, calendar.workingDaysBetween(answerBy, on));
      counted.set(answerBy, left);
    }
    return left;
  };

  const summary = (row: QueueRow, on: IsoDate): ReviewItemSummary => {
    const open = row.status !== 'replied' && row.status !== 'closed';
    // The summary, not the guide: a guide is read from the store, and an export names thousands.
    const guideName = row.service === null ? undefined : catalogue.summary(row.service)?.name;
    const hallName = row.hall === null ? undefined : hallNames.get(row.hall);
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      level: row.level,
      service:
        row.service === null ? null : { code: row.service, name: guideName ?? byCode(row.service) },
      hall: row.hall === null ? null : { id: row.hall, name: hallName ?? byCode(row.hall) },
      department: departmentOf(row.departmentId),
      assignee: row.assignee,
      receivedAt: row.receivedAt,
      answerBy: row.answerBy,
      workingDaysLeft: open ? workingDaysLeft(row.answerBy, on) : null,
      overdue: open && row.answerBy < on,
      step: nextStep({
        kind: row.kind,
        status: row.status,
        answered: false,
        valid: row.valid,
        fixed: row.fixed,
        followedUp: row.followedUp,
      }),
      excerpt: excerpt(row.text),
      hidden: row.hidden,
    };
  };

  const steps = deadlines.ratingSteps;
  const workflowOf = (item: ItemRecord): ReviewItem['workflow'] => {
    if (item.kind !== 'negative-rating') return null;
    const after = (at: string | undefined, days: number) =>
      at === undefined ? null : calendar.addWorkingDays(shanghaiDate(new Date(at)), days);
    return {
      verification: {
        dueBy: calendar.addWorkingDays(shanghaiDate(new Date(item.receivedAt)), steps.verify),
        done: item.verification,
      },
      fix: {
        dueBy: item.verification?.valid ? after(item.verification.at, steps.fix) : null,
        done: item.fix,
      },
      followUp: { dueBy: after(item.fix?.at, steps.followUp), done: item.followUp },
    };
  };

  const itemView = async (item: ItemRecord, viewer: Viewer): Promise<ReviewItem> => {
    const facts = factsOf(item);
    return {
      ...summary(
        {
          ...item,
          text: item.whatHappened,
          hidden: facts.hidden,
          valid: facts.valid,
          fixed: facts.fixed,
          followedUp: facts.followedUp,
        },
        today(),
      ),
      version: item.version,
      trackingCode: item.trackingCode,
      acknowledgeBy: item.acknowledgeBy,
      whatHappened: item.whatHappened,
      wanted: item.wanted,
      reasons: item.reasons,
      name: item.name === null ? null : `${Array.from(item.name)[0] ?? ''}*`,
      mobile: item.mobile === null ? null : maskMobile(item.mobile),
      locale: item.locale,
      history: await store.review.history(item.ref),
      notes: await store.review.notes(item.ref),
      reply: item.reply,
      solved: item.solved,
      workflow: workflowOf(item),
      moderation: item.moderation,
      actions: allowedActions(viewer, facts),
    };
  };

  /** The item if this caller may see it; 404 alike for a missing one and another department's. */
  const load = async (request: FastifyRequest, id: string): Promise<ItemRecord> => {
    const ref = parseItemId(id);
    if (!ref) throw notFound();
    await settle();
    const item = await store.review.item(ref);
    if (!item || !canSee(viewerOf(request), item)) throw notFound();
    return item;
  };

  const send = async (reply: FastifyReply, item: ItemRecord, viewer: Viewer) => {
    reply.header('etag', etagOf(item.version));
    return itemView(item, viewer);
  };

  /**
   * One change to an item: read it, check If-Match (428, 412), check the caller may take the
   * action now (403 when their role or assignment forbids it, 409 when the state or the 好差评
   * order does), then compare-and-set with its audit row in one transaction.
   */
  const act = async (
    request: FastifyRequest,
    id: string,
    reply: FastifyReply,
    action: ItemAction,
    decide: (item: ItemRecord) => {
      change: ItemChange;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    } | null,
  ) => {
    const viewer = viewerOf(request);
    const item = await load(request, id);
    const version = expectedVersion(request);
    if (version !== item.version) throw staleProblem();
    const facts = factsOf(item);
    if (!allowedActions(viewer, facts).includes(action)) {
      const anyone: Viewer = { ...viewer, role: 'admin' };
      if (action !== 'claim' && allowedActions(anyone, facts).includes(action)) {
        throw new ProblemError(
          clientProblem(403, 'Only the item’s assignee or a supervisor may do this.'),
        );
      }
      throw invalidTransition(`“${action}” is not possible now (status ${item.status}).`);
    }
    const decision = decide(item);
    if (decision !== null) {
      const changed = await store.review.change(item.ref, decision.change, {
        at: app.clock.now().toISOString(),
        actorId: viewer.accountId,
        version,
        audit: { action, before: decision.before, after: decision.after },
      });
      if (!changed) throw staleProblem();
    }
    const updated = await store.review.item(item.ref);
    if (!updated) throw notFound();
    return send(reply, updated, viewer);
  };

  /** A status change the state machine decides. */
  const moveBy = (event: ReviewEvent, reply?: string) => (item: ItemRecord) => {
    const result = reviewTransition(factsOf(item), event);
    if (!result.ok) throw invalidTransition(`“${event}” is not possible now.`);
    return {
      change: {
        type: 'status' as const,
        from: result.from,
        to: result.to,
        ...(reply === undefined ? {} : { reply: { text: reply, on: today() } }),
      },
      before: {
        status: result.from,
        ...(reply === undefined ? {} : { reply: item.reply?.text ?? null }),
      },
      after: { status: result.to, ...(reply === undefined ? {} : { reply }) },
    };
  };

  /** A 好差评 step: recorded only when the machine says it is next. */
  const stepBy =
    (event: 'verify' | 'fix' | 'follow-up', change: ItemChange, after: Record<string, unknown>) =>
    (item: ItemRecord) => {
      if (!reviewTransition(factsOf(item), event).ok) {
        throw invalidTransition(`“${event}” is not the next 好差评 step.`);
      }
      return { change, before: null, after };
    };

  const itemRoute = (summaryText: string, description: string) => ({
    tags: ['staff'],
    summary: summaryText,
    description,
    params: ReviewItemParams,
    response: { 200: ReviewItem, ...problemResponses(400, 401, 403, 404, 409, 412, 428, 429, 500) },
  });

  /** The queue's filter and order from its query string, for the queue and its export alike. */
  const queueFilterOf = async (query: QueueQuery, viewer: Viewer, on: IsoDate) => {
    const own = viewer.role === 'admin' ? null : viewer.departmentId;
    if (own !== null && query.department !== undefined && query.department !== own) {
      throw new ProblemError(
        clientProblem(403, 'Only your own department’s items are yours to see.'),
      );
    }
    let assignee: number | 'none' | undefined;
    if (query.assignee === 'me') assignee = viewer.accountId;
    else if (query.assignee === 'none') assignee = 'none';
    else if (query.assignee !== undefined) {
      // An unknown colleague has no items; 0 is no account's id.
      assignee = (await store.review.account(query.assignee))?.id ?? 0;
    }
    const answerBy =
      query.due === 'overdue'
        ? { to: addCalendarDays(on, -1) }
        : query.due === 'soon'
          ? {
              from: on,
              // The last day with DUE_SOON_WORKING_DAYS or fewer working days left.
              to: addCalendarDays(calendar.addWorkingDays(on, DUE_SOON_WORKING_DAYS + 1), -1),
            }
          : undefined;
    return {
      visibleDepartment: own,
      department: query.department,
      kind: query.kind,
      status: query.status,
      level: query.level,
      service: query.service,
      hall: query.hall,
      assignee,
      answerBy,
      q: query.q,
      sort: query.sort ?? 'due',
    } satisfies QueueExportFilter;
  };

  app.get(
    '/items',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'The review queue',
        description:
          'Items of the caller’s department (every department for admins), filtered, sorted and paged, with counts per status under every filter but status. A reviewer or supervisor asking for another department gets 403.',
        querystring: QueueQuery,
        response: { 200: ReviewQueue, ...problemResponses(400, 401, 403, 429, 500) },
      },
    },
    async (request) => {
      const query = request.query;
      const on = today();
      const filter = await queueFilterOf(query, viewerOf(request), on);
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? QUEUE_PAGE_SIZE;
      await settle();
      const { rows, total, counts } = await store.review.queue({
        ...filter,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: rows.map((row) => summary(row, on)), total, page, pageSize, counts };
    },
  );

  app.get(
    '/review/export.csv',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'The review queue as CSV',
        description:
          'Every item under the queue’s filter (the queue’s query; page and pageSize are ignored), in its order, as a UTF-8 CSV download with a BOM, headed in `lang`’s language (the page’s), else the Accept-Language’s. Personal data masked as in the queue, numbers typed into the text too; the export is audited with its filter and row count. Same roles and department scope as the queue.',
        querystring: QueueExportQuery,
        response: {
          200: csvResponse('The queue’s rows, one per line, streamed.'),
          ...problemResponses(400, 401, 403, 429, 500),
        },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const on = today();
      const filter = await queueFilterOf(request.query, viewer, on);
      await settle();
      const exported = await store.review.exportQueue(filter);
      // The rows close the snapshot when read to the end or abandoned; this covers a client that
      // leaves before the first one.
      reply.raw.once('close', exported.close);
      try {
        const { page: _page, pageSize: _pageSize, lang: _lang, ...asked } = request.query;
        await store.review.audit({
          at: app.clock.now().toISOString(),
          actorId: viewer.accountId,
          action: 'export-queue',
          target: 'review-queue',
          departmentId: filter.department ?? filter.visibleDepartment,
          before: null,
          after: {
            filter: asked.q === undefined ? asked : { ...asked, q: maskNumbersInText(asked.q) },
            rows: exported.total,
          },
        });
      } catch (error) {
        exported.close();
        throw error;
      }
      const locale = request.query.lang ?? preferredLocale(request.headers['accept-language']);
      if (request.query.lang === undefined) appendVary(reply, 'accept-language');
      return sendCsv(reply, {
        filename: queueExportFilename(locale, on),
        columns: queueExportColumns(locale),
        rows: (function* () {
          for (const row of exported.rows) yield summary(row, on);
        })(),
      });
    },
  );

  app.get(
    '/items/:id',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        ...itemRoute(
          'One review item',
          'Everything staff need to work the item, personal data masked, with the actions the caller may take now and the ETag to send back in If-Match.',
        ),
        response: { 200: ReviewItem, ...problemResponses(400, 401, 403, 404, 429, 500) },
      },
    },
    async (request, reply) =>
      send(reply, await load(request, request.params.id), viewerOf(request)),
  );

  app.post(
    '/items/:id/claim',
    {
      config: { staffRoles: ['reviewer', 'supervisor'] },
      schema: itemRoute(
        'Claim an item',
        'Takes an unassigned item of one’s department; claiming one’s own again changes nothing.',
      ),
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const item = await load(request, request.params.id);
      if (item.assigneeId === viewer.accountId) {
        const version = expectedVersion(request);
        if (version !== item.version) throw staleProblem();
        return send(reply, item, viewer);
      }
      return act(request, request.params.id, reply, 'claim', (current) => ({
        change: { type: 'assign', assigneeId: viewer.accountId },
        before: { assignee: current.assignee?.userName ?? null },
        after: { assignee: request.staff.userName },
      }));
    },
  );

  app.post(
    '/items/:id/assign',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        ...itemRoute(
          'Assign or unassign an item',
          'To a reviewer or supervisor of the item’s department, or null to unassign.',
        ),
        body: AssignInput,
      },
    },
    async (request, reply) => {
      const { assignee } = request.body;
      const target = assignee === null ? null : await store.review.account(assignee);
      return act(request, request.params.id, reply, 'assign', (item) => {
        if (
          target !== null &&
          (target === undefined ||
            target.disabled ||
            target.role === 'admin' ||
            target.departmentId !== item.departmentId)
        ) {
          throw validationProblem([
            { path: '/body/assignee', message: 'is not a colleague of the item’s department' },
          ]);
        }
        return {
          change: { type: 'assign', assigneeId: target?.id ?? null },
          before: { assignee: item.assignee?.userName ?? null },
          after: { assignee: target?.userName ?? null },
        };
      });
    },
  );

  app.post(
    '/items/:id/notes',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        ...itemRoute('Add an internal note', 'Staff only: never shown to the citizen.'),
        body: NoteInput,
      },
    },
    async (request, reply) => {
      const text = required(request.body.text, '/body/text');
      return act(request, request.params.id, reply, 'note', () => ({
        change: { type: 'note', text },
        before: null,
        after: { note: text },
      }));
    },
  );

  app.post(
    '/items/:id/start-review',
    {
      config: { staffRoles: ALL_STAFF },
      schema: itemRoute('Start reviewing an item', 'received or reopened → in-review.'),
    },
    async (request, reply) =>
      act(request, request.params.id, reply, 'start-review', moveBy('start-review')),
  );

  app.post(
    '/items/:id/verify',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        ...itemRoute(
          '好差评: verify a negative rating',
          'Valid or not, with the reason; the first step.',
        ),
        body: VerifyInput,
      },
    },
    async (request, reply) => {
      const reason = required(request.body.reason, '/body/reason');
      const { valid } = request.body;
      return act(
        request,
        request.params.id,
        reply,
        'verify',
        stepBy('verify', { type: 'verify', valid, reason }, { valid, reason }),
      );
    },
  );

  app.post(
    '/items/:id/fix',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        ...itemRoute('好差评: what was fixed or explained', 'After a valid verification.'),
        body: FixInput,
      },
    },
    async (request, reply) => {
      const text = required(request.body.text, '/body/text');
      const { outcome } = request.body;
      return act(
        request,
        request.params.id,
        reply,
        'fix',
        stepBy('fix', { type: 'fix', outcome, text }, { outcome, text }),
      );
    },
  );

  app.post(
    '/items/:id/follow-up',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        ...itemRoute('好差评: the follow-up call (回访)', 'Its outcome, after the fix.'),
        body: FollowUpInput,
      },
    },
    async (request, reply) => {
      const errors: FieldError[] = [];
      const note = plainText(request.body.note, '/body/note', errors) ?? '';
      if (errors.length > 0) throw validationProblem(errors);
      const { outcome } = request.body;
      return act(
        request,
        request.params.id,
        reply,
        'follow-up',
        stepBy('follow-up', { type: 'follow-up', outcome, note }, { outcome, note }),
      );
    },
  );

  app.post(
    '/items/:id/reply',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        ...itemRoute(
          'Reply to the citizen',
          'in-review → replied; the citizen reads it on the tracking page. A negative rating needs its follow-up call recorded first (or a verification as not valid).',
        ),
        body: ReplyInput,
      },
    },
    async (request, reply) => {
      const text = required(request.body.text, '/body/text');
      return act(request, request.params.id, reply, 'reply', moveBy('reply', text));
    },
  );

  app.post(
    '/items/:id/close',
    {
      config: { staffRoles: ALL_STAFF },
      schema: itemRoute(
        'Close an item',
        'A reply the citizen never answered, or a low rating that was read.',
      ),
    },
    async (request, reply) => act(request, request.params.id, reply, 'close', moveBy('close')),
  );

  app.post(
    '/items/:id/hide',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        ...itemRoute(
          'Hide abusive text',
          'From published views; the author sees the reason on the tracking page; the text is kept.',
        ),
        body: HideInput,
      },
    },
    async (request, reply) => {
      const reason = required(request.body.reason, '/body/reason');
      return act(request, request.params.id, reply, 'hide', () => ({
        change: { type: 'hide', reason },
        before: { hidden: false },
        after: { hidden: true, reason },
      }));
    },
  );

  app.post(
    '/items/:id/unhide',
    {
      config: { staffRoles: SUPERVISORS },
      schema: itemRoute('Show hidden text again', 'Undoes a hide.'),
    },
    async (request, reply) =>
      act(request, request.params.id, reply, 'unhide', (item) => ({
        change: { type: 'unhide' },
        before: { hidden: true, reason: item.moderation?.reason ?? null },
        after: { hidden: false },
      })),
  );

  app.post(
    '/items/:id/reveal-mobile',
    {
      config: { staffRoles: ALL_STAFF },
      schema: {
        tags: ['staff'],
        summary: 'Reveal the citizen’s mobile number',
        description:
          'For the follow-up call: the full number, written to the audit (masked there). 404 when there is none; 403 unless the caller works the item.',
        params: ReviewItemParams,
        response: { 200: RevealedMobile, ...problemResponses(400, 401, 403, 404, 429, 500) },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const item = await load(request, request.params.id);
      if (item.mobile === null) throw notFound();
      if (!allowedActions(viewer, factsOf(item)).includes('reveal-mobile')) {
        throw new ProblemError(
          clientProblem(403, 'Only the item’s assignee or a supervisor may do this.'),
        );
      }
      await store.review.audit({
        at: app.clock.now().toISOString(),
        actorId: viewer.accountId,
        action: 'reveal-mobile',
        target: item.id,
        departmentId: item.departmentId,
        before: null,
        after: { mobile: maskMobile(item.mobile) },
      });
      return { mobile: item.mobile };
    },
  );

  app.get(
    '/items/:id/audit',
    {
      config: { staffRoles: SUPERVISORS },
      schema: {
        tags: ['staff'],
        summary: 'An item’s audit trail',
        description:
          'Every change, oldest first (supervisors: their department’s items; admins: all).',
        params: ReviewItemParams,
        response: { 200: AuditTrail, ...problemResponses(400, 401, 403, 404, 429, 500) },
      },
    },
    async (request) => {
      const item = await load(request, request.params.id);
      return { entries: await store.review.auditTrail(item.id) };
    },
  );
};

export default reviewRoutes;
