import { createHash, randomBytes } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import {
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
} from '../../../contract/constants/staff-limits.ts';
import type { AccountRecord, SessionRecord, StaffRepository } from '../store/staff-repository.ts';
import type { StaffPrincipal } from './access.ts';

export const IDLE_MS = SESSION_IDLE_MINUTES * 60_000;
export const ABSOLUTE_MS = SESSION_ABSOLUTE_HOURS * 3_600_000;
/**
 * last_seen_at is written at most once a minute per session: a write per request would cost a
 * synchronous disk flush each time, and the idle timeout then ends at most a minute early.
 */
const TOUCH_EVERY_MS = 60_000;

/** 256 random bits, URL-safe: the cookie's value. Only its SHA-256 is stored. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

const tls = (request: FastifyRequest): boolean => request.protocol === 'https';

/**
 * Over TLS the cookie carries the __Host- prefix, which browsers accept only with Secure, Path=/
 * and no Domain: no subdomain or plain-http page can plant or overwrite it. Plain http (local
 * development, e2e) cannot have Secure cookies, so there the name has no prefix.
 */
export function sessionCookieName(request: FastifyRequest): string {
  return tls(request) ? '__Host-portal-staff' : 'portal-staff';
}

export function cookieOptions(request: FastifyRequest, httpOnly: boolean): CookieSerializeOptions {
  return { path: '/', sameSite: 'strict', httpOnly, secure: tls(request) };
}

/** The session cookie's raw value, if the request carries one of the right name. */
export function presentedSessionId(request: FastifyRequest): string | undefined {
  const value = request.cookies[sessionCookieName(request)];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

/** When a session ends without another request, and at the latest. */
export function expiries(session: Pick<SessionRecord, 'createdAt' | 'lastSeenAt'>): {
  idleExpiresAt: Date;
  expiresAt: Date;
} {
  return {
    idleExpiresAt: new Date(Date.parse(session.lastSeenAt) + IDLE_MS),
    expiresAt: new Date(Date.parse(session.createdAt) + ABSOLUTE_MS),
  };
}

/**
 * The live session the request's cookie names, or undefined: unknown, revoked, idle for too long,
 * past its absolute limit, or its account disabled. A live one's last_seen_at moves to `now`.
 */
export function resolveSession(
  staff: StaffRepository,
  request: FastifyRequest,
  now: Date,
): { principal: StaffPrincipal; session: SessionRecord } | undefined {
  const id = presentedSessionId(request);
  if (id === undefined) return undefined;
  const session = staff.session(hashSessionId(id));
  if (!session || session.revokedAt !== null || session.account.disabled) return undefined;
  const { idleExpiresAt, expiresAt } = expiries(session);
  if (now >= idleExpiresAt || now >= expiresAt) return undefined;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) {
    const at = now.toISOString();
    staff.touchSession(session.idHash, at);
    session.lastSeenAt = at;
  }
  return { session, principal: principalOf(session.account, session.idHash) };
}

export function principalOf(account: AccountRecord, sessionId: string): StaffPrincipal {
  return {
    accountId: account.id,
    userName: account.userName,
    displayName: account.displayName,
    role: account.role,
    departmentId: account.departmentId,
    hallId: account.hallId,
    sessionId,
  };
}
