import { STATUS_CODES } from 'node:http';
import type { Problem, ServerProblemType } from '../../contract/problem.ts';

/** The kind and title of a client error that needs no words of its own beyond its status. */
const kindByStatus: Record<number, [type: ServerProblemType, title: string]> = {
  400: ['/problems/bad-request', 'The request could not be understood'],
  401: ['/problems/signed-out', 'You are not signed in'],
  403: ['/problems/forbidden', 'Access to this resource is not allowed'],
  404: ['/problems/not-found', 'Not found'],
  405: ['/problems/method-not-allowed', 'Method not allowed'],
  406: ['/problems/not-acceptable', 'No acceptable representation'],
  408: ['/problems/request-timeout', 'The request took too long'],
  412: ['/problems/stale-item', 'It was changed by someone else'],
  413: ['/problems/payload-too-large', 'The request body is too large'],
  414: ['/problems/uri-too-long', 'The address is too long'],
  415: ['/problems/unsupported-media-type', 'Unsupported content type'],
  416: ['/problems/range-not-satisfiable', 'The requested range is not available'],
  428: ['/problems/precondition-required', 'This change needs If-Match'],
  429: ['/problems/rate-limited', 'Too many requests'],
  431: ['/problems/headers-too-large', 'The request headers are too large'],
};

export function clientProblem(status: number, detail?: string): Problem {
  const [type, title] = kindByStatus[status] ?? [
    '/problems/bad-request',
    STATUS_CODES[status] ?? 'Bad request',
  ];
  return detail === undefined ? { type, title, status } : { type, title, status, detail };
}

export const internalProblem: Problem = {
  type: '/problems/internal',
  title: 'Something went wrong on our side',
  status: 500,
  detail: 'The error has been logged. Please try again later.',
};
