import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { createAgency, createUser, type User } from './accounts.js';
import {
  ABSOLUTE_LIMIT_MS,
  createSession,
  csrfTokenFor,
  endUserSessions,
  IDLE_TIMEOUT_MS,
  listOpenSessions,
  PENDING_LIMIT_MS,
  resolveSession,
  sameCsrfToken,
} from './sessions.js';
import { hashToken } from './tokens.js';

const T0 = new Date('2026-11-28T15:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`sessions [${dialect}]`, () => {
    let t: TestDatabase;
    let user: User;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      const agency = await createAgency(t.database.db, { name: 'DMH', kind: 'mental_health' });
      user = await createUser(t.database.db, {
        agencyId: agency.id,
        email: ' Clinician@Example.org ',
        displayName: 'A Clinician',
        role: 'clinician',
        passwordHash: null,
      });
    });
    afterAll(() => t.drop());
    const db = () => t.database.db;

    it('stores only a hash of a 128-bit token', async () => {
      const { token, session } = await createSession(db(), { userId: user.id, stage: 'active' }, T0);
      expect(Buffer.from(token, 'base64url')).toHaveLength(16);
      const row = await db()
        .selectFrom('user_session')
        .selectAll()
        .where('id', '=', session.id)
        .executeTakeFirstOrThrow();
      expect(row.token_hash).toBe(hashToken(token));
      expect(JSON.stringify(row)).not.toContain(token);
      expect(user.email).toBe('clinician@example.org');
    });

    it('ends a session idle for 15 minutes, and keeps one in use alive', async () => {
      const idle = await createSession(db(), { userId: user.id, stage: 'active' }, T0);
      expect(await resolveSession(db(), idle.token, later(IDLE_TIMEOUT_MS - 1000))).toBeDefined();
      expect(await resolveSession(db(), idle.token, later(2 * IDLE_TIMEOUT_MS - 2000))).toBeDefined();
      expect(await resolveSession(db(), idle.token, later(3 * IDLE_TIMEOUT_MS))).toBeUndefined();
      // Once ended it stays ended.
      expect(await resolveSession(db(), idle.token, later(3 * IDLE_TIMEOUT_MS - 1000))).toBeUndefined();
    });

    it('ends a busy session at its absolute limit of 12 hours', async () => {
      const busy = await createSession(db(), { userId: user.id, stage: 'active' }, T0);
      for (let at = 10 * MINUTE; at < ABSOLUTE_LIMIT_MS; at += 10 * MINUTE) {
        expect(await resolveSession(db(), busy.token, later(at)), `at ${at / MINUTE} min`).toBeDefined();
      }
      expect(await resolveSession(db(), busy.token, later(ABSOLUTE_LIMIT_MS))).toBeUndefined();
    });

    it('gives the second-factor stage only a short life', async () => {
      const pending = await createSession(db(), { userId: user.id, stage: 'password' }, T0);
      expect((await resolveSession(db(), pending.token, later(MINUTE)))?.session.stage).toBe('password');
      expect(await resolveSession(db(), pending.token, later(PENDING_LIMIT_MS))).toBeUndefined();
    });

    it('refuses unknown, empty and oversized tokens', async () => {
      expect(await resolveSession(db(), undefined, T0)).toBeUndefined();
      expect(await resolveSession(db(), '', T0)).toBeUndefined();
      expect(await resolveSession(db(), 'x'.repeat(5000), T0)).toBeUndefined();
      expect(await resolveSession(db(), 'nope', T0)).toBeUndefined();
    });

    it('ends every session of a disabled user at once', async () => {
      const a = await createSession(db(), { userId: user.id, stage: 'active' }, T0);
      const b = await createSession(db(), { userId: user.id, stage: 'active' }, T0);
      expect((await listOpenSessions(db(), user.id, later(MINUTE))).map((s) => s.id)).toEqual(
        expect.arrayContaining([a.session.id, b.session.id]),
      );
      await db().updateTable('app_user').set({ status: 'disabled' }).where('id', '=', user.id).execute();
      expect(await resolveSession(db(), a.token, later(MINUTE))).toBeUndefined();
      expect(await endUserSessions(db(), user.id, 'disabled', later(MINUTE))).toBeGreaterThanOrEqual(2);
      await db().updateTable('app_user').set({ status: 'active' }).where('id', '=', user.id).execute();
      expect(await resolveSession(db(), b.token, later(2 * MINUTE))).toBeUndefined();
      expect(await listOpenSessions(db(), user.id, later(2 * MINUTE))).toEqual([]);
    });

    it('derives a CSRF token that only the server can make', () => {
      const key = Buffer.alloc(32, 7);
      const csrf = csrfTokenFor(key, 'session-token');
      expect(csrf).toBe(csrfTokenFor(key, 'session-token'));
      expect(csrf).not.toBe(csrfTokenFor(Buffer.alloc(32, 8), 'session-token'));
      expect(csrf).not.toBe(csrfTokenFor(key, 'other-token'));
      expect(sameCsrfToken(csrf, csrf)).toBe(true);
      expect(sameCsrfToken(csrf, undefined)).toBe(false);
      expect(sameCsrfToken(csrf, `${csrf}x`)).toBe(false);
    });
  });
}
