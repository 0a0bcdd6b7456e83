import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Problem } from '../../contract/problem.ts';
import { clientProblem } from './problem-status.ts';
import { problemContentType } from './problems.ts';
import { baselineSecurityHeaders } from './security.ts';

/** The problem for a request Node's HTTP parser refused before fastify saw it. */
export function parserProblem(code: string | undefined): Problem {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      // Node counts the request line with the headers, so a very long address lands here too.
      return clientProblem(431, 'The address or the headers are longer than this server accepts.');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return clientProblem(408, 'The request was not received in time.');
    default:
      return clientProblem(400, 'The request is not valid HTTP.');
  }
}

/**
 * Answers parser errors (fastify's `clientErrorHandler`) as problem+json with the security headers
 * every other answer carries, instead of fastify's plain JSON. There is no request and no reply
 * here, only the socket, so the response is written by hand and the connection closed: the parser
 * cannot find where the next request would start.
 */
export function answerParserError(
  this: FastifyInstance,
  error: Error & { code?: string },
  socket: Socket,
): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = parserProblem(error.code);
  // Only the code: the error carries the raw bytes received, which may hold personal data.
  this.log.info({ code: error.code, statusCode: problem.status }, 'request refused by the parser');
  if (socket.writable) {
    const body = JSON.stringify(problem);
    const headers = {
      ...baselineSecurityHeaders,
      'content-type': problemContentType,
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      connection: 'close',
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n${head.join('')}\r\n${body}`,
    );
  }
  // Ends the connection once the answer is written, which destroy() alone would discard.
  socket.destroySoon();
}
