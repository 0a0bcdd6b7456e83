import type { FastifyRequest } from 'fastify';
import { staffProblemTypes } from '../../../contract/problem.ts';
import { ProblemError } from '../problems.ts';

/** An item's or account's ETag: its version, quoted ("7"). */
export function etagOf(version: number): string {
  return `"${version}"`;
}

const quotedVersion = /^"([1-9][0-9]{0,9})"$/;

/**
 * The version a change was made against, read from If-Match. Staff edit what they last read, so a
 * change without one is refused (428) rather than applied blindly over a colleague's; a value
 * that is not one of our ETags (e.g. "*") cannot match any version (412).
 */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '') {
    throw new ProblemError({
      type: staffProblemTypes.preconditionRequired,
      title: 'This change needs If-Match',
      status: 428,
      detail: 'Send the ETag of the version you read in the If-Match header.',
    });
  }
  const match = quotedVersion.exec(header.trim());
  if (!match?.[1]) throw staleProblem();
  return Number(match[1]);
}

/** 412: someone changed it since the caller read it. Repositories throw this when compare-and-set fails. */
export function staleProblem(): ProblemError {
  return new ProblemError({
    type: staffProblemTypes.staleItem,
    title: 'It was changed by someone else',
    status: 412,
    detail: 'Read it again, then make your change to the current version.',
  });
}
