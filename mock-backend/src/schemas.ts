import type { TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import {
  Department,
  Hall,
  ServiceGuidePage,
  ServiceSearchQuery,
  ServiceSearchResult,
  Theme,
} from '../../contract/catalogue.ts';
import {
  AppointmentCancel,
  AppointmentCreated,
  AppointmentInput,
  AppointmentLookup,
  AppointmentReschedule,
  AppointmentStatus,
  AppointmentView,
  Availability,
  AvailabilityQuery,
  BookingClosure,
  DayClosedReason,
  IdType,
} from '../../contract/appointments.ts';
import {
  CapacityInput,
  Closure,
  ClosureConfirmed,
  ClosureInput,
  ClosureList,
  ClosurePreview,
  HallWindows,
  HallWindowView,
} from '../../contract/hall-operations.ts';
import { CalendarDay, CalendarQuery, CalendarRange, RestReason } from '../../contract/calendar.ts';
import {
  CaseKind,
  CaseStatus,
  RatingChannel,
  RatingInput,
  RatingInvitation,
  RatingLevel,
  RatingReason,
  RatingReceipt,
  ResolutionInput,
  ResultsQuery,
  ResultsTable,
  Satisfaction,
  ServiceResults,
  SubmissionInput,
  SubmissionKind,
  SubmissionReceipt,
  TrackQuery,
  TrackedCase,
} from '../../contract/feedback.ts';
import {
  CheckInInput,
  HallDay,
  HallDayAction,
  HallDayCsvQuery,
  HallDayAppointment,
  StaffHallList,
  WalkIn,
  WalkInInput,
} from '../../contract/hall-day.ts';
import { Health } from '../../contract/health.ts';
import {
  GuideFieldRef,
  GuidePart,
  PageFeedbackInput,
  PageFeedbackReceipt,
} from '../../contract/page-feedback.ts';
import { Problem } from '../../contract/problem.ts';
import { OpenDataQuery, OpenDataSatisfaction } from '../../contract/open-data.ts';
import {
  AccountChange,
  AccountInput,
  AssignInput,
  AuditEntry,
  AuditTrail,
  ColleagueList,
  ColleaguesQuery,
  FixInput,
  FollowUpInput,
  FollowUpOutcome,
  HideInput,
  ItemAction,
  NoteInput,
  PasswordChangeInput,
  PasswordResetInput,
  QueueExportQuery,
  QueueQuery,
  QueueSort,
  RatingStep,
  ReplyInput,
  RevealedMobile,
  ReviewItem,
  ReviewItemKind,
  ReviewItemSummary,
  ReviewQueue,
  SignInInput,
  StaffAccount,
  StaffAccountList,
  StaffDepartment,
  StaffDepartmentList,
  StaffHall,
  StaffPerson,
  StaffRole,
  StaffSession,
  VerifyInput,
} from '../../contract/staff.ts';
import { Dashboard, DashboardBucketSize, DashboardQuery } from '../../contract/dashboard.ts';

/**
 * Contract schemas with an `$id` that routes use. Each becomes one shared schema (one OpenAPI
 * component); add an area's schemas here when its routes arrive.
 */
export const contractSchemas: readonly TSchema[] = [
  Problem,
  Health,
  PageFeedbackInput,
  PageFeedbackReceipt,
  Theme,
  Department,
  Hall,
  ServiceSearchQuery,
  ServiceSearchResult,
  ServiceGuidePage,
  IdType,
  AppointmentStatus,
  DayClosedReason,
  AvailabilityQuery,
  Availability,
  AppointmentInput,
  AppointmentView,
  AppointmentCreated,
  AppointmentLookup,
  AppointmentCancel,
  AppointmentReschedule,
  CalendarQuery,
  RestReason,
  CalendarDay,
  CalendarRange,
  GuidePart,
  GuideFieldRef,
  RatingLevel,
  RatingReason,
  RatingChannel,
  RatingInput,
  RatingReceipt,
  RatingInvitation,
  SubmissionKind,
  CaseKind,
  CaseStatus,
  SubmissionInput,
  SubmissionReceipt,
  TrackQuery,
  ResolutionInput,
  TrackedCase,
  Satisfaction,
  ServiceResults,
  ResultsQuery,
  ResultsTable,
  // The whole staff workspace (sign-in, accounts, review queue, items, audit) at once, so the
  // routes of both halves find their schemas here without editing this list again.
  StaffRole,
  StaffDepartment,
  StaffPerson,
  SignInInput,
  StaffSession,
  PasswordChangeInput,
  StaffAccount,
  StaffAccountList,
  AccountInput,
  AccountChange,
  PasswordResetInput,
  ColleaguesQuery,
  ColleagueList,
  StaffDepartmentList,
  ReviewItemKind,
  RatingStep,
  QueueSort,
  QueueQuery,
  QueueExportQuery,
  ReviewItemSummary,
  ReviewQueue,
  ItemAction,
  FollowUpOutcome,
  ReviewItem,
  AssignInput,
  NoteInput,
  VerifyInput,
  FixInput,
  FollowUpInput,
  ReplyInput,
  HideInput,
  RevealedMobile,
  AuditEntry,
  AuditTrail,
  // The supervisors' dashboard.
  DashboardQuery,
  DashboardBucketSize,
  Dashboard,
  // The hall's day (contract/hall-day.ts).
  StaffHall,
  StaffHallList,
  HallDayAction,
  HallDayAppointment,
  WalkIn,
  HallDay,
  HallDayCsvQuery,
  CheckInInput,
  WalkInInput,
  OpenDataQuery,
  OpenDataSatisfaction,
  // Hall operations: closures and window capacity.
  BookingClosure,
  ClosureInput,
  Closure,
  ClosureList,
  ClosurePreview,
  ClosureConfirmed,
  HallWindowView,
  HallWindows,
  CapacityInput,
];

type Json = Record<string, unknown>;

const isObject = (node: unknown): node is Json =>
  node !== null && typeof node === 'object' && !Array.isArray(node);

/**
 * The contract embeds named schemas inside others (Localized inside ServiceGuide and Hall). Ajv
 * and fast-json-stringify refuse one `$id` defined in several places, so every named schema is
 * registered once and each place that embeds it gets a `$ref` to it instead.
 */
export function hoistSchemas(schemas: readonly TSchema[]): Map<string, Json> {
  const shared = new Map<string, Json>();
  const visit = (schema: Json) => {
    const id = schema['$id'] as string;
    const known = shared.get(id);
    if (known) {
      if (known !== schema && JSON.stringify(known) !== JSON.stringify(withRefs(schema, true))) {
        throw new Error(`Two different contract schemas share the $id "${id}"`);
      }
      return;
    }
    // Stands in while the schema's own parts are visited, so a schema that contains itself ends.
    shared.set(id, schema);
    shared.set(id, withRefs(schema, true) as Json);
  };
  const withRefs = (node: unknown, isRoot = false): unknown => {
    if (Array.isArray(node)) return node.map((item) => withRefs(item));
    if (!isObject(node)) return node;
    if (typeof node['$id'] === 'string' && !isRoot) {
      visit(node);
      return { $ref: node['$id'] };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withRefs(value)]));
  };
  for (const schema of schemas) {
    if (typeof schema.$id !== 'string') throw new Error('Contract schemas need an $id');
    visit(schema as Json);
  }
  return shared;
}

/** Replaces every named schema inside a route's schema with a `$ref` to the shared one. */
export function referToShared(node: unknown, shared: ReadonlyMap<string, Json>): unknown {
  if (Array.isArray(node)) return node.map((item) => referToShared(item, shared));
  if (!isObject(node)) return node;
  const id = node['$id'];
  if (typeof id === 'string') {
    if (!shared.has(id)) {
      throw new Error(`Schema "${id}" is used by a route but missing from contractSchemas`);
    }
    return { $ref: id };
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, referToShared(value, shared)]),
  );
}

/** Registers the contract's schemas and rewrites route schemas to point at them. */
export function registerContractSchemas(app: FastifyInstance, schemas = contractSchemas): void {
  const shared = hoistSchemas(schemas);
  for (const schema of shared.values()) app.addSchema(schema);
  app.addHook('onRoute', (route) => {
    if (route.schema) route.schema = referToShared(route.schema, shared) as typeof route.schema;
  });
}

const problemDescriptions: Record<number, string> = {
  400: 'The request is not valid (problems/validation, problems/malformed-json)',
  401: 'Not signed in, or the session has ended (problems/signed-out)',
  403: 'Not allowed: wrong role (problems/forbidden) or no valid XSRF token (problems/csrf)',
  404: 'Not found',
  409: 'Conflicts with the current state',
  412: 'Changed since it was read (problems/stale-item); read it again',
  428: 'If-Match is required (problems/precondition-required)',
  413: 'The body is larger than 100 KB',
  415: 'The body is not application/json',
  429: 'Too many requests; see Retry-After',
  500: 'Unexpected server error; details are logged, not returned',
};

/** OpenAPI entries for the problem responses a route can give. */
export function problemResponses<const Status extends number>(...statuses: Status[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: problemDescriptions[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: Problem } },
      },
    ]),
  ) as Record<
    Status,
    { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }
  >;
}
