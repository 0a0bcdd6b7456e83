import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../../contract/problem.ts';
import { pathOf } from './paths.ts';
import { sendProblem } from './problems.ts';

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The methods some route accepts for this path; empty when no route matches it at all. */
export function allowedMethods(app: FastifyInstance, path: string): string[] {
  return methods.filter((method) => app.findRoute({ method, url: path }) !== null);
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
