import type { Params } from '@angular/router';
import type { CaseStatus, RatingLevel } from '@contract/feedback';
import type { QueueQuery, QueueSort, ReviewItemKind } from '@contract/staff';
import { SERVICE_CODE_PATTERN } from '@contract/constants/catalogue-limits';
import { RATING_LEVELS } from '@contract/constants/feedback-limits';
import { QUEUE_QUERY_MAX_LENGTH, USER_NAME_PATTERN } from '@contract/constants/staff-limits';

export const KINDS: readonly ReviewItemKind[] = [
  'negative-rating',
  'complaint',
  'suggestion',
  'question',
  'praise',
  'low-rating',
];
export const STATUSES: readonly CaseStatus[] = [
  'received',
  'in-review',
  'reopened',
  'replied',
  'closed',
];
export const SORTS: readonly QueueSort[] = ['due', 'received', '-received'];

const ID = /^[a-z0-9-]{1,40}$/;
const SERVICE = new RegExp(SERVICE_CODE_PATTERN);
const USER_NAME = new RegExp(USER_NAME_PATTERN);

/** The query parameters the queue reads, in the order links write them. */
const NAMES = [
  'kind',
  'status',
  'level',
  'service',
  'hall',
  'department',
  'assignee',
  'due',
  'q',
  'sort',
  'page',
] as const satisfies readonly (keyof QueueQuery)[];

function one(params: Params, name: string): string | undefined {
  const value: unknown = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

function among<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function matching(value: string | undefined, pattern: RegExp): string | undefined {
  return value !== undefined && pattern.test(value) ? value : undefined;
}

/**
 * The queue a URL asks for. Like the catalogue's search, anything malformed is dropped rather
 * than sent, so a mistyped or old shared link still shows a queue instead of a 400.
 */
export function queueQueryFrom(params: Params): QueueQuery {
  const candidate: QueueQuery = {
    kind: among(one(params, 'kind'), KINDS),
    status: among(one(params, 'status'), STATUSES),
    level: among(one(params, 'level'), RATING_LEVELS as readonly RatingLevel[]),
    service: matching(one(params, 'service'), SERVICE),
    hall: matching(one(params, 'hall'), ID),
    department: matching(one(params, 'department'), ID),
    assignee:
      matching(one(params, 'assignee'), USER_NAME) ??
      among(one(params, 'assignee'), ['me', 'none'] as const),
    due: among(one(params, 'due'), ['soon', 'overdue'] as const),
    q: one(params, 'q')?.trim().replace(/\s+/g, ' ').slice(0, QUEUE_QUERY_MAX_LENGTH) || undefined,
    // Earliest deadline first is the server's default; the URL only names the others.
    sort: among(
      one(params, 'sort'),
      SORTS.filter((sort) => sort !== 'due'),
    ),
  };
  const page = Number(one(params, 'page'));
  if (Number.isInteger(page) && page > 1 && page <= 100_000) candidate.page = page;
  const query: QueueQuery = {};
  for (const name of NAMES) {
    if (candidate[name] !== undefined) Object.assign(query, { [name]: candidate[name] });
  }
  return query;
}

/**
 * The query parameters for a queue, every name present so that a router link with
 * `queryParamsHandling: 'merge'` clears the filters the new queue drops (null removes one).
 */
export function queueParams(query: QueueQuery): Params {
  const params: Params = {};
  for (const name of NAMES) params[name] = query[name] ?? null;
  return params;
}

/** One key per distinct queue, whatever order the URL gave its parameters in. */
export function queueKey(query: QueueQuery): string {
  return NAMES.filter((name) => query[name] !== undefined)
    .map((name) => `${name}=${encodeURIComponent(String(query[name]))}`)
    .join('&');
}

/** Whether any filter but the status tab and paging narrows the queue (the empty state says so). */
export function isFiltered(query: QueueQuery): boolean {
  return NAMES.some(
    (name) => name !== 'status' && name !== 'page' && name !== 'sort' && query[name] !== undefined,
  );
}
