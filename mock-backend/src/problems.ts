import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError, Problem } from '../../contract/problem.ts';

export const problemContentType = 'application/problem+json; charset=utf-8';

/** Thrown by routes to answer with a particular problem; the error handler renders it. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
  }
}

/** A 400 for a rule the schema cannot express, in the same shape as schema failures. */
export function validationProblem(errors: FieldError[]): ProblemError {
  return new ProblemError({
    type: '/problems/validation',
    title: 'The request is not valid',
    status: 400,
    detail: 'Correct the fields listed in errors and send the request again.',
    errors,
  });
}

export function sendProblem(
  reply: FastifyReply,
  problem: Problem,
  headers: Readonly<Record<string, string>> = {},
): FastifyReply {
  return reply.code(problem.status).headers(headers).type(problemContentType).send(problem);
}

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The methods some route accepts for this path; empty when no route matches it at all. */
export function allowedMethods(app: FastifyInstance, path: string): string[] {
  return methods.filter((method) => app.findRoute({ method, url: path }) !== null);
}

export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** Fastify's request-part names, as the first segment of an error's JSON pointer. */
const partPointer: Record<string, string> = {
  body: '/body',
  querystring: '/query',
  params: '/params',
  headers: '/headers',
};

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  schemaPath: string;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const literalOption = /^(.*\/anyOf)\/\d+\/const$/;
const listValues = (values: readonly unknown[]) =>
  `must be one of: ${values.map((value) => JSON.stringify(value)).join(', ')}`;

/** Turns ajv's errors into plain-English field errors with a JSON pointer into the request. */
export function fieldErrors(validation: readonly AjvError[], part: string): FieldError[] {
  const prefix = partPointer[part] ?? `/${part}`;
  // A TypeBox union of literals fails once per literal and once more for the anyOf; the citizen
  // needs a single line naming the allowed values.
  const choices = new Map<string, unknown[]>();
  for (const error of validation) {
    const union = error.keyword === 'const' ? literalOption.exec(error.schemaPath)?.[1] : undefined;
    if (union === undefined) continue;
    const key = `${error.instancePath} ${union}`;
    choices.set(key, [...(choices.get(key) ?? []), error.params['allowedValue']]);
  }
  const result: FieldError[] = [];
  const seen = new Set<string>();
  const add = (path: string, message: string) => {
    const key = `${path}\n${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ path, message });
  };
  for (const error of validation) {
    const at = prefix + error.instancePath;
    const union =
      error.keyword === 'anyOf'
        ? error.schemaPath
        : error.keyword === 'const'
          ? literalOption.exec(error.schemaPath)?.[1]
          : undefined;
    const choice = union === undefined ? undefined : choices.get(`${error.instancePath} ${union}`);
    if (choice) {
      add(at, listValues(choice));
      continue;
    }
    switch (error.keyword) {
      case 'required':
        add(`${at}/${escapePointer(String(error.params['missingProperty']))}`, 'is required');
        break;
      case 'additionalProperties':
        add(
          `${at}/${escapePointer(String(error.params['additionalProperty']))}`,
          'is not a field this request accepts',
        );
        break;
      case 'enum':
        add(at, listValues((error.params['allowedValues'] as unknown[] | undefined) ?? []));
        break;
      case 'pattern':
        add(at, 'is not in the expected format');
        break;
      default:
        add(at, error.message ?? 'is not valid');
    }
  }
  return result;
}

const kindByStatus: Record<number, [type: string, title: string]> = {
  400: ['/problems/bad-request', 'The request could not be understood'],
  403: ['/problems/forbidden', 'Access to this resource is not allowed'],
  404: ['/problems/not-found', 'Not found'],
  405: ['/problems/method-not-allowed', 'Method not allowed'],
  406: ['/problems/not-acceptable', 'No acceptable representation'],
  408: ['/problems/request-timeout', 'The request took too long'],
  413: ['/problems/payload-too-large', 'The request body is too large'],
  414: ['/problems/uri-too-long', 'The address is too long'],
  415: ['/problems/unsupported-media-type', 'Unsupported content type'],
  416: ['/problems/range-not-satisfiable', 'The requested range is not available'],
  429: ['/problems/rate-limited', 'Too many requests'],
};

function genericClientProblem(status: number): Problem {
  const [type, title] = kindByStatus[status] ?? [
    '/problems/bad-request',
    STATUS_CODES[status] ?? 'Bad request',
  ];
  return { type, title, status };
}

const internalProblem: Problem = {
  type: '/problems/internal',
  title: 'Something went wrong on our side',
  status: 500,
  detail: 'The error has been logged. Please try again later.',
};

/**
 * Maps any error to a problem whose words are ours: error messages from libraries can carry
 * file paths, SQL or echoed input, so none of them reaches the client.
 */
export function problemFor(
  error: FastifyError | ProblemError,
  reply: FastifyReply,
  bodyLimit: number,
): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error.validation) {
    const part = error.validationContext ?? 'body';
    return validationProblem(fieldErrors(error.validation as unknown as AjvError[], part)).problem;
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        type: '/problems/malformed-json',
        title: 'The request body is not valid JSON',
        status: 400,
        detail: 'Send a JSON object as the request body.',
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        type: '/problems/payload-too-large',
        title: 'The request body is too large',
        status: 413,
        detail: `Request bodies may be at most ${Math.floor(bodyLimit / 1024)} KB.`,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        type: '/problems/unsupported-media-type',
        title: 'Unsupported content type',
        status: 415,
        detail: 'Send the request body as application/json.',
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        ...genericClientProblem(400),
        detail: 'The Content-Length header does not match the body.',
      };
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    const retryAfter = reply.getHeader('retry-after');
    return {
      type: '/problems/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail:
        retryAfter === undefined
          ? 'Too many requests from this connection. Wait a little and try again.'
          : `Too many requests from this connection. Try again in ${String(retryAfter)} seconds.`,
    };
  }
  if (status >= 400 && status < 500) return genericClientProblem(status);
  return internalProblem;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ProblemError, request, reply) => {
    const problem = problemFor(error, reply, app.initialConfig.bodyLimit ?? 1048576);
    if (problem.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    if (reply.raw.headersSent) return;
    const headers = error instanceof ProblemError ? error.headers : {};
    return sendProblem(reply, problem, headers);
  });
}

export const notFoundProblem: Problem = {
  type: '/problems/not-found',
  title: 'Not found',
  status: 404,
  detail: 'There is nothing at this address.',
};

/** 405 with Allow when the path exists for other methods, else 404. */
export function replyNotFound(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const allowed = allowedMethods(app, pathOf(request.url));
  if (allowed.length > 0 && !allowed.includes(request.method)) {
    return sendProblem(
      reply,
      {
        type: '/problems/method-not-allowed',
        title: 'Method not allowed',
        status: 405,
        detail: `This address accepts ${allowed.join(', ')}.`,
      },
      { allow: allowed.join(', ') },
    );
  }
  return sendProblem(reply, notFoundProblem);
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * For requests the router refuses before any hook runs: a broken percent-encoding, or a path
 * parameter longer than the router allows.
 */
export function frameworkProblem(error: FastifyError): Problem {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return {
      ...genericClientProblem(414),
      detail: 'The address is longer than this server accepts.',
    };
  }
  return { ...genericClientProblem(400), detail: 'The address is not correctly encoded.' };
}
