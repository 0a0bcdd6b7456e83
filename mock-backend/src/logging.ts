import type { DestinationStream } from 'pino';
import {
  LogController,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { pathOf } from './paths.ts';

/**
 * pino options for fastify. Requests are logged once, on completion, by RequestLog; the
 * serializers keep only method and path so query strings, headers and bodies, which can hold
 * personal data (PIPL), never reach a log. Redaction guards anything logged by hand.
 */
export function loggerOptions(
  level: string,
  stream?: DestinationStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: { method?: string; url?: string }) => ({
        method: request.method,
        url: pathOf(request.url ?? ''),
      }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
    },
    redact: {
      paths: [
        'headers',
        'body',
        'query',
        'req.headers',
        'req.body',
        'req.query',
        'res.headers',
        'comment',
        '*.comment',
        'phone',
        '*.phone',
        'idNumber',
        '*.idNumber',
        'password',
        '*.password',
        // Staff sign-in: passwords, their hashes, session and XSRF cookies and tokens.
        'currentPassword',
        '*.currentPassword',
        'newPassword',
        '*.newPassword',
        'passwordHash',
        '*.passwordHash',
        'cookies',
        '*.cookies',
        'cookie',
        '*.cookie',
        'authorization',
        '*.authorization',
        '["x-xsrf-token"]',
        '*["x-xsrf-token"]',
      ],
      censor: '[redacted]',
    },
  };
}

/**
 * One line per finished request: method, path without query, status and time in milliseconds.
 * Replaces fastify's pair of lines, whose "incoming request" and "not found" lines carry the full
 * URL with its query string.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: pathOf(request.url),
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.warn({ ...line, err: error }, 'request ended with an error');
    else reply.log.info(line, 'request');
  }
}
