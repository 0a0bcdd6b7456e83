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

function among<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function matching(value: string, pattern: RegExp): string | undefined {
  return pattern.test(value) ? value : undefined;
}

type Name = (typeof NAMES)[number];

/** How each parameter reads its text: undefined when the queue knows no such value. */
const READERS: { readonly [N in Name]: (text: string) => QueueQuery[N] } = {
  kind: (text) => among(text, KINDS),
  status: (text) => among(text, STATUSES),
  level: (text) => among(text, RATING_LEVELS as readonly RatingLevel[]),
  service: (text) => matching(text, SERVICE),
  hall: (text) => matching(text, ID),
  department: (text) => matching(text, ID),
  assignee: (text) => matching(text, USER_NAME) ?? among(text, ['me', 'none'] as const),
  due: (text) => among(text, ['soon', 'overdue'] as const),
  q: (text) => text.trim().replace(/\s+/g, ' ').slice(0, QUEUE_QUERY_MAX_LENGTH) || undefined,
  sort: (text) => among(text, SORTS),
  page: (text) => {
    const page = Number(text);
    return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : undefined;
  },
};

/** Values a URL may name that are what the server does anyway: left out of the canonical query. */
function isDefault(name: Name, value: QueueQuery[Name]): boolean {
  return (name === 'sort' && value === 'due') || (name === 'page' && value === 1);
}

/**
 * The queue a URL asks for. Like the catalogue's search, anything malformed is dropped rather
 * than sent, so a mistyped or old shared link still shows a queue instead of a 400; the page
 * says what it dropped (`unrecognisedIn`).
 */
export function queueQueryFrom(params: Params): QueueQuery {
  const query: QueueQuery = {};
  for (const name of NAMES) {
    const text = one(params, name);
    const value = text === undefined ? undefined : READERS[name](text);
    if (value !== undefined && !isDefault(name, value)) Object.assign(query, { [name]: value });
  }
  return query;
}

/** The parameters that can hold a value the queue does not know: any text is a search. */
type Checked = Exclude<Name, 'q'>;
const CHECKED = NAMES.filter((name): name is Checked => name !== 'q');

/** A parameter the URL gave a value the queue does not know, and that value. */
export interface Unrecognised {
  name: Checked;
  value: string;
}

/**
 * The queue's parameters whose value in the URL names nothing the queue knows (`?status=lost`),
 * in the order links write them. An empty value asks for no filter and is not listed; nor are
 * parameters the queue does not read at all.
 */
export function unrecognisedIn(params: Params): Unrecognised[] {
  const unrecognised: Unrecognised[] = [];
  for (const name of CHECKED) {
    const value = one(params, name);
    if (value?.trim() && READERS[name](value) === undefined) unrecognised.push({ name, value });
  }
  return unrecognised;
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
