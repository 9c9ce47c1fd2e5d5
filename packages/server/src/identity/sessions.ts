import { createHmac, hkdfSync } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { newId, toStoredTime } from '../db/ids.js';
import type { Database, SessionStage, UserSessionTable } from '../db/schema.js';
import type { User } from './accounts.js';
import { hashToken, newToken, sameToken } from './tokens.js';

/** Idle timeout (HIPAA automatic logoff; the web app warns 2 minutes before). */
export const IDLE_TIMEOUT_MS = 15 * 60_000;
/** Absolute limit of a signed-in session. */
export const ABSOLUTE_LIMIT_MS = 12 * 60 * 60_000;
/** How long the half-way stages (second factor due, TOTP enrolment) may last. */
export const PENDING_LIMIT_MS = 10 * 60_000;
/** last_seen_at is written at most this often, to spare the database a write per request. */
const TOUCH_EVERY_MS = 30_000;

export type Session = Selectable<UserSessionTable>;

/** Session tokens carry 128 random bits; only their SHA-256 is stored, so a stolen database yields no usable token. */
const SESSION_TOKEN_BYTES = 16;

/**
 * The CSRF token of a session, derived from its token with a key only the server has, so it needs
 * no storage and a page reload can ask for it again. Sent back in the X-CSRF-Token header.
 */
export function csrfTokenFor(secretKey: Buffer, sessionToken: string): string {
  const key = Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'harbor csrf v1', 32));
  return createHmac('sha256', key).update(sessionToken, 'utf8').digest('base64url');
}

export function sameCsrfToken(expected: string, given: string | undefined): boolean {
  return given !== undefined && sameToken(expected, given);
}

export interface NewSession {
  token: string;
  session: Session;
}

export async function createSession(
  db: Kysely<Database>,
  input: { userId: string; stage: SessionStage; ip?: string | undefined; userAgent?: string | undefined },
  now = new Date(),
): Promise<NewSession> {
  const token = newToken(SESSION_TOKEN_BYTES);
  const limit = input.stage === 'active' ? ABSOLUTE_LIMIT_MS : PENDING_LIMIT_MS;
  const session: Session = {
    id: newId(),
    user_id: input.userId,
    token_hash: hashToken(token),
    stage: input.stage,
    created_at: toStoredTime(now),
    last_seen_at: toStoredTime(now),
    expires_at: toStoredTime(new Date(now.getTime() + limit)),
    ended_at: null,
    ended_reason: null,
    ip: input.ip?.slice(0, 64) ?? null,
    user_agent: input.userAgent?.slice(0, 300) ?? null,
  };
  await db.insertInto('user_session').values(session).execute();
  return { token, session };
}

export interface ResolvedSession {
  session: Session;
  user: User;
}

/**
 * The live session a token belongs to, or undefined when there is none, it ended, it passed its
 * absolute limit, it sat idle too long, or its user is disabled. Touches last_seen_at.
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string | undefined,
  now = new Date(),
): Promise<ResolvedSession | undefined> {
  if (!token || token.length > 100) return undefined;
  // The session and its user in one query (every signed-in request runs it).
  const row = await db
    .selectFrom('user_session')
    .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
    .selectAll('app_user')
    .select([
      'user_session.id as session_id',
      'user_session.user_id as session_user_id',
      'user_session.token_hash as session_token_hash',
      'user_session.stage as session_stage',
      'user_session.created_at as session_created_at',
      'user_session.last_seen_at as session_last_seen_at',
      'user_session.expires_at as session_expires_at',
      'user_session.ended_at as session_ended_at',
      'user_session.ended_reason as session_ended_reason',
      'user_session.ip as session_ip',
      'user_session.user_agent as session_user_agent',
    ])
    .where('user_session.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.session_ended_at !== null) return undefined;
  const {
    session_id,
    session_user_id,
    session_token_hash,
    session_stage,
    session_created_at,
    session_last_seen_at,
    session_expires_at,
    session_ended_at,
    session_ended_reason,
    session_ip,
    session_user_agent,
    ...user
  } = row;
  const session: Session = {
    id: session_id,
    user_id: session_user_id,
    token_hash: session_token_hash,
    stage: session_stage,
    created_at: session_created_at,
    last_seen_at: session_last_seen_at,
    expires_at: session_expires_at,
    ended_at: session_ended_at,
    ended_reason: session_ended_reason,
    ip: session_ip,
    user_agent: session_user_agent,
  };
  const at = now.getTime();
  if (user.status !== 'active') return undefined;
  if (at >= Date.parse(session.expires_at)) {
    await endSession(db, session.id, 'expired', now);
    return undefined;
  }
  if (at - Date.parse(session.last_seen_at) >= IDLE_TIMEOUT_MS) {
    await endSession(db, session.id, 'idle', now);
    return undefined;
  }
  if (at - Date.parse(session.last_seen_at) >= TOUCH_EVERY_MS) {
    session.last_seen_at = toStoredTime(now);
    await db
      .updateTable('user_session')
      .set({ last_seen_at: session.last_seen_at })
      .where('id', '=', session.id)
      .execute();
  }
  return { session, user };
}

/** Records activity now (an explicit "stay signed in"), so the idle timeout restarts from this moment. */
export async function touchSession(db: Kysely<Database>, session: Session, now = new Date()): Promise<Session> {
  const lastSeen = toStoredTime(now);
  await db.updateTable('user_session').set({ last_seen_at: lastSeen }).where('id', '=', session.id).execute();
  return { ...session, last_seen_at: lastSeen };
}

/** When the session ends if nothing more happens. */
export function idleEndOf(session: Session): string {
  return toStoredTime(new Date(Date.parse(session.last_seen_at) + IDLE_TIMEOUT_MS));
}

export async function endSession(db: Kysely<Database>, id: string, reason: string, now = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('user_session')
    .set({ ended_at: toStoredTime(now), ended_reason: reason })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Ends every open session of a user (disabled account, password set, second factor reset, admin action), but the one
 * named `except` (a password change keeps the session it was made in); returns how many ended.
 */
export async function endUserSessions(
  db: Kysely<Database>,
  userId: string,
  reason: string,
  now = new Date(),
  except?: string,
): Promise<number> {
  let query = db
    .updateTable('user_session')
    .set({ ended_at: toStoredTime(now), ended_reason: reason })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null);
  if (except) query = query.where('id', '!=', except);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A user's open sessions, newest first (for "my sessions" and for admins). */
export function listOpenSessions(db: Kysely<Database>, userId: string, now = new Date()): Promise<Session[]> {
  const idleSince = toStoredTime(new Date(now.getTime() - IDLE_TIMEOUT_MS));
  return db
    .selectFrom('user_session')
    .selectAll()
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', toStoredTime(now))
    .where('last_seen_at', '>', idleSince)
    .orderBy('created_at', 'desc')
    .execute();
}
