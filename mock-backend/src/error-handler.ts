import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { staffProblemTypes, type Problem } from '../../contract/problem.ts';
import { fieldErrors, type AjvError } from './field-errors.ts';
import { clientProblem, internalProblem } from './problem-status.ts';
import { ProblemError, sendProblem, validationProblem } from './problems.ts';

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
      return clientProblem(
        413,
        `Request bodies may be at most ${Math.floor(bodyLimit / 1024)} KB.`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return clientProblem(415, 'Send the request body as application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return clientProblem(400, 'The Content-Length header does not match the body.');
    // @fastify/csrf-protection refusing a staff request (mock-backend/src/routes/staff/index.ts).
    case 'FST_CSRF_MISSING_SECRET':
    case 'FST_CSRF_INVALID_TOKEN':
      return {
        type: staffProblemTypes.csrf,
        title: 'The request did not carry a valid XSRF token',
        status: 403,
        detail: 'Reload the page and try again.',
      };
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    const retryAfter = reply.getHeader('retry-after');
    return clientProblem(
      429,
      retryAfter === undefined
        ? 'Too many requests from this connection. Wait a little and try again.'
        : `Too many requests from this connection. Try again in ${String(retryAfter)} seconds.`,
    );
  }
  if (status >= 400 && status < 500) return clientProblem(status);
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

/**
 * For requests the router refuses before any hook runs: a broken percent-encoding, or a path
 * parameter longer than the router allows.
 */
export function frameworkProblem(error: FastifyError): Problem {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return clientProblem(414, 'The address is longer than this server accepts.');
  }
  return clientProblem(400, 'The address is not correctly encoded.');
}
