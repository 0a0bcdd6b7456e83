import type { FastifyReply } from 'fastify';
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
