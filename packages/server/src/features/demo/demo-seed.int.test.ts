import { AGENCY_KINDS, ROLES } from '@harbor/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type HarborApp } from '../../app.js';
import { buildConfig } from '../../config/index.js';
import { createAgency, createUser } from '../../identity/accounts.js';
import { totpCodeAt, totpStep } from '../../identity/totp.js';
import { createLogger } from '../../logging.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../testing/databases.js';
import { runHarbor } from '../../testing/harbor-process.js';
import { PEOPLE } from './cast.js';
import { insertDemoMarker } from './queries.js';

/**
 * `harbor demo seed` as an evaluator runs it (the built command), on each engine: what it makes, that what it prints
 * signs in through the real API with the second factor, that the audit trail verifies, that a second run adds
 * nothing, and that a database holding a county's own data is refused and left as it was.
 */

const KEY = 'd'.repeat(64);

function envFor(t: TestDatabase): Record<string, string> {
  const url = t.config.kind === 'sqlite' ? t.config.path : t.config.url;
  return { HARBOR_DATA_DIR: t.dir, HARBOR_DATABASE_URL: url, HARBOR_SECRET_KEY: KEY };
}

interface Printed {
  heading: string;
  email: string;
  password: string;
  secret: string;
  uri: string;
  recoveryCode: string;
}

const BLOCK =
  /^(\S[^\n]*)\n {2}their week: +[^\n]+\n {2}e-mail: +(\S+)\n {2}password: +(\S+)\n {2}TOTP secret: +(\S+)\n {2}TOTP URI: +(\S+)\n {2}recovery code: +(\S+)$/gm;

function printedPeople(stdout: string): Printed[] {
  return [...stdout.matchAll(BLOCK)].map((m) => ({
    heading: m[1]!,
    email: m[2]!,
    password: m[3]!,
    secret: m[4]!,
    uri: m[5]!,
    recoveryCode: m[6]!,
  }));
}

/** Every table's rows, in a stable order: what "changes nothing" is checked against. */
async function everything(t: TestDatabase): Promise<Record<string, unknown[]>> {
  const db = t.database.db;
  const tables =
    t.dialect === 'postgres'
      ? (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema()`.execute(db)
        ).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)).rows.map(
          (r) => r.name,
        );
  const out: Record<string, unknown[]> = {};
  for (const table of tables.sort()) {
    if (table === 'sqlite_sequence') continue;
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows;
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

function cookieOf(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  return ((Array.isArray(raw) ? raw[0] : raw) ?? '').split(';')[0] ?? '';
}

for (const dialect of DIALECTS) {
  describe(`harbor demo seed [${dialect}]`, () => {
    let t: TestDatabase;
    let run: Awaited<ReturnType<typeof runHarbor>>;
    let people: Printed[];
    let harbor: HarborApp;
    let app: FastifyInstance;
    const started = Date.now();

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      run = await runHarbor(['demo', 'seed'], envFor(t), 120_000);
      people = printedPeople(run.stdout);
      const config = { ...buildConfig({ HARBOR_DATA_DIR: t.dir, HARBOR_SECRET_KEY: KEY }), database: t.config };
      harbor = await buildApp({ config, database: t.database, logger: createLogger('silent') });
      app = harbor.app;
      await app.ready();
    }, 180_000);
    afterAll(async () => {
      await harbor?.close();
      await t?.drop();
    });

    it('prints, once, every person with a password, a TOTP secret (base32 and otpauth URI) and a recovery code', () => {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Harbor now holds the demonstration county: 8 agencies, 19 people, 12 youth/);
      expect(run.stdout).toContain('fictional');
      expect(people).toHaveLength(Object.keys(PEOPLE).length);
      expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
      for (const person of people) {
        expect(person.email).toMatch(/@[a-z-]+\.demo\.example$/);
        expect(person.password.length).toBeGreaterThanOrEqual(12);
        expect(person.secret).toMatch(/^[A-Z2-7]{32}$/);
        const uri = new URL(person.uri);
        expect(uri.protocol).toBe('otpauth:');
        expect(uri.searchParams.get('secret')).toBe(person.secret);
        expect(uri.searchParams.get('issuer')).toBe('Harbor');
        expect(decodeURIComponent(uri.pathname)).toContain(person.email);
        expect(person.recoveryCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      }
      // Nothing printed is stored as it was printed.
      expect(run.stdout.split(people[0]!.password)).toHaveLength(2);
    });

    it('makes agencies of every kind, staff of every role with an enrolled authenticator, and nothing in clear', async () => {
      const db = t.database.db;
      const agencies = await db.selectFrom('agency').select('kind').execute();
      expect(new Set(agencies.map((a) => a.kind))).toEqual(new Set(AGENCY_KINDS.filter((k) => k !== 'police')));
      const users = await db.selectFrom('app_user').selectAll().execute();
      expect(new Set(users.map((u) => u.role))).toEqual(new Set(ROLES));
      for (const user of users) {
        expect(user.password_hash).toMatch(/^\$argon2id\$/);
        expect(user.totp_enrolled_at).not.toBeNull();
        expect(user.totp_secret).toMatch(/^v1\./);
      }
      const codes = await db.selectFrom('recovery_code').select(['user_id', 'code_hash']).execute();
      expect(codes).toHaveLength(users.length);
      const stored = JSON.stringify(await everything(t));
      for (const person of people) {
        for (const secret of [person.password, person.secret, person.recoveryCode])
          expect(stored).not.toContain(secret);
      }
      for (const name of ['Lucía', 'Fulano', 'Perengano', 'Lulú', '(555) 555-0142', 'DEMO-CFS-000101'])
        expect(stored).not.toContain(name);
      const marker = await db.selectFrom('demo_marker').selectAll().executeTakeFirstOrThrow();
      expect(marker.completed_at).not.toBeNull();
    });

    it('makes a dozen youth with screenings of both instruments at every level, a draft, an unlinked one and a correction', async () => {
      const db = t.database.db;
      const youth = await db.selectFrom('youth').selectAll().execute();
      expect(youth).toHaveLength(12);
      expect(youth.filter((y) => y.birth_date !== null).length).toBeGreaterThanOrEqual(8);
      expect(youth.filter((y) => y.estimated_age !== null).length).toBeGreaterThanOrEqual(2);
      expect(youth.filter((y) => y.contacts !== null).length).toBeGreaterThanOrEqual(8);
      expect(youth.filter((y) => y.placement_kind !== null).length).toBeGreaterThanOrEqual(10);
      const index = await db.selectFrom('youth_index').select('youth_id').execute();
      expect(new Set(index.map((i) => i.youth_id)).size).toBe(12);
      // Care teams across agencies.
      const members = await db.selectFrom('care_team_member').select(['youth_id', 'agency_id']).execute();
      for (const y of youth) {
        expect(new Set(members.filter((m) => m.youth_id === y.id).map((m) => m.agency_id)).size).toBeGreaterThan(1);
      }

      const screenings = await db.selectFrom('screening').selectAll().execute();
      for (const instrument of ['harbor-cse-brief', 'harbor-cse-indicators']) {
        for (const level of ['none', 'possible', 'clear']) {
          expect(
            screenings.some((s) => s.instrument_id === instrument && s.status === 'completed' && s.level === level),
            `${instrument} at ${level}`,
          ).toBe(true);
        }
      }
      expect(screenings.filter((s) => s.status === 'draft')).toHaveLength(1);
      expect(screenings.filter((s) => s.youth_id === null)).toHaveLength(1);
      expect(screenings.filter((s) => s.corrects_id !== null)).toHaveLength(1);
      for (const s of screenings) expect(s.answers).toMatch(/^v1\./);
    });

    it('makes responses at every stage, with clocks and escalations spread over the last days', async () => {
      const db = t.database.db;
      const responses = await db.selectFrom('response').selectAll().execute();
      expect(responses).toHaveLength(8);
      expect(new Set(responses.map((r) => r.opened_by))).toEqual(
        new Set(['recovery', 'screening', 'disclosure', 'hotline_call']),
      );
      const openedHoursAgo = responses.map((r) => (started - Date.parse(r.opened_at)) / 3600_000);
      expect(Math.min(...openedHoursAgo)).toBeLessThan(0.5);
      expect(Math.max(...openedHoursAgo)).toBeGreaterThan(72);

      const steps = await db.selectFrom('response_step').selectAll().execute();
      const step = (id: string, status: string) => steps.filter((s) => s.step_id === id && s.status === status);
      // Just opened: the telephone report is due.
      expect(step('telephone-report', 'pending')).toHaveLength(1);
      expect(step('telephone-report', 'completed')).toHaveLength(7);
      // Written reports: submitted, saved (overdue), and 36 hours running.
      expect(step('written-report', 'completed')).toHaveLength(3);
      const written = await db.selectFrom('written_report').selectAll().execute();
      expect(written.filter((w) => w.submitted_at !== null)).toHaveLength(3);
      expect(written.filter((w) => w.submitted_at === null)).toHaveLength(1);
      const pendingWritten = step('written-report', 'pending').filter((s) => s.due_at !== null);
      expect(pendingWritten.some((s) => Date.parse(s.due_at!) < started)).toBe(true);
      expect(pendingWritten.some((s) => Date.parse(s.due_at!) > started)).toBe(true);
      expect(steps.filter((s) => s.status === 'not_applicable').length).toBeGreaterThanOrEqual(3);
      expect(steps.filter((s) => s.status === 'completed').length).toBeGreaterThanOrEqual(20);
      expect(steps.some((s) => s.status === 'completed' && s.note !== null)).toBe(true);

      // Overdue steps escalated to their owners and the owners' supervisors, at the time they fell due.
      const sent = await db.selectFrom('escalation').selectAll().where('status', '=', 'sent').execute();
      expect(sent.filter((e) => e.notify === 'owner').length).toBeGreaterThanOrEqual(4);
      expect(sent.filter((e) => e.notify === 'owner_supervisor').length).toBeGreaterThanOrEqual(4);
      for (const e of sent) expect(e.sent_at).toBe(e.due_at);
      const notifications = await db.selectFrom('notification').select('kind').execute();
      expect(new Set(notifications.map((n) => n.kind))).toEqual(
        new Set(['crisis', 'step_overdue', 'step_overdue_supervisor']),
      );
      // Still to come while Harbor serves: the telephone report of the youth recovered minutes ago.
      const pending = await db.selectFrom('escalation').selectAll().where('status', '=', 'pending').execute();
      expect(pending.some((e) => Date.parse(e.due_at) - started < 30 * 60_000)).toBe(true);

      // The safety step and its plan; SB 1322 refused an arrest and stored nothing.
      expect(responses.filter((r) => r.crisis_plan !== null).length).toBeGreaterThanOrEqual(1);
      expect(await db.selectFrom('law_enforcement_action').selectAll().execute()).toEqual([]);
      const events = await db.selectFrom('audit_event').select(['event', 'at', 'actor_user_id']).execute();
      expect(events.filter((e) => e.event === 'response.charge_refused')).toHaveLength(1);
      expect(events.filter((e) => e.event === 'access.break_glass')).toHaveLength(1);
      expect(events.filter((e) => e.event === 'admin.demo.seeded')).toHaveLength(1);
      // Each person's actions are audited as theirs, at the time of the story.
      expect(new Set(events.filter((e) => e.event === 'youth.created').map((e) => e.actor_user_id)).size).toBe(7);
      const times = events.map((e) => Date.parse(e.at));
      expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(5 * 24 * 3600_000);
    });

    it('lets every printed person sign in through the API with the password and a code of the printed secret', async () => {
      let n = 0;
      const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
        app.inject({
          method: 'POST',
          url,
          payload,
          headers,
          remoteAddress: `10.0.${Math.floor(n / 200)}.${n++ % 200}`,
        });
      for (const person of people) {
        const first = await post('/api/v1/auth/sign-in', { email: person.email, password: person.password });
        expect(first.statusCode, `${person.email}: ${first.body}`).toBe(200);
        expect(first.json().stage).toBe('password');
        const code = totpCodeAt(person.secret, totpStep());
        const second = await post(
          '/api/v1/auth/second-factor',
          { code },
          { cookie: cookieOf(first), 'x-csrf-token': first.json().csrfToken },
        );
        expect(second.statusCode, `${person.email}: ${second.body}`).toBe(200);
        expect(second.json().stage).toBe('active');
        const session = await app.inject({ url: '/api/v1/auth/session', headers: { cookie: cookieOf(second) } });
        expect(session.json().user.email).toBe(person.email);

        // The recovery code works once in place of the authenticator.
        const again = await post('/api/v1/auth/sign-in', { email: person.email, password: person.password });
        const recovered = await post(
          '/api/v1/auth/recovery-code',
          { code: person.recoveryCode },
          { cookie: cookieOf(again), 'x-csrf-token': again.json().csrfToken },
        );
        expect(recovered.statusCode, `${person.email}: ${recovered.body}`).toBe(200);
        expect(recovered.json().stage).toBe('active');
      }
    });

    it('shows each person their own work (need-to-know applies) and tells the web app this is a demonstration', async () => {
      const instance = await app.inject({ url: '/api/v1/instance' });
      expect(instance.statusCode).toBe(200);
      expect(instance.json().demo.seededAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      const signIn = async (email: string) => {
        const person = people.find((p) => p.email === email)!;
        const first = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          payload: { email: person.email, password: person.password },
          remoteAddress: '10.1.0.1',
        });
        const db = t.database.db;
        const user = await db
          .selectFrom('app_user')
          .select('totp_last_step')
          .where('email', '=', email)
          .executeTakeFirst();
        const second = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/second-factor',
          payload: { code: totpCodeAt(person.secret, (user?.totp_last_step ?? totpStep()) + 1) },
          headers: { cookie: cookieOf(first), 'x-csrf-token': first.json().csrfToken },
          remoteAddress: '10.1.0.1',
        });
        expect(second.statusCode, second.body).toBe(200);
        return { cookie: cookieOf(second) };
      };
      const names = async (email: string) => {
        const { cookie } = await signIn(email);
        const res = await app.inject({ url: '/api/v1/youth/mine?limit=50', headers: { cookie } });
        expect(res.statusCode, res.body).toBe(200);
        return (res.json().items as { legalName?: { given: string; family: string } }[]).map(
          (y) => `${y.legalName?.given} ${y.legalName?.family}`,
        );
      };
      const clinician = await names('renata.solis@sycamore.demo.example');
      expect(clinician).toEqual(expect.arrayContaining(['Lucía Fulano', 'Valentina Sutano', 'Noemí Nadie']));
      const deputy = await names('ana.beltran@mesa-alta-sheriff.demo.example');
      expect(deputy.sort()).toEqual(['Marcus Public', 'Maya Doe']);
    });

    it('leaves an audit trail that verifies', async () => {
      const verify = await runHarbor(['audit', 'verify'], envFor(t));
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);
      expect(verify.stdout).toMatch(/^Audit trail intact: \d+ entries checked\./);
    });

    it('adds nothing when run again on the demonstration', async () => {
      const before = await everything(t);
      const again = await runHarbor(['demo', 'seed'], envFor(t));
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(
        /^This database already holds the demonstration county \(seeded .+\); nothing was added\./,
      );
      expect(again.stdout.trim().split('\n')).toHaveLength(1);
      expect(await everything(t)).toEqual(before);
    });
  });

  describe(`harbor demo seed on a database that is not empty [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it('refuses a county’s own database in one line and changes nothing', async () => {
      const agency = await createAgency(t.database.db, { name: 'County Mental Health', kind: 'mental_health' });
      await createUser(t.database.db, {
        agencyId: agency.id,
        email: 'first.admin@county.example',
        displayName: 'First Admin',
        role: 'admin',
        passwordHash: null,
      });
      const before = await everything(t);
      const refused = await runHarbor(['demo', 'seed'], envFor(t));
      expect(refused.code).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toBe(
        'harbor: this database already holds 1 agency, 1 account and 0 youth records: harbor demo seed fills only an ' +
          'empty database, never a county’s own. Nothing was changed.\n',
      );
      expect(await everything(t)).toEqual(before);
      expect(before.demo_marker).toEqual([]);
    });

    it('lets only one of two seeds started at once fill the database', async () => {
      const u = await createTestDatabase(dialect);
      try {
        const runs = await Promise.all([
          runHarbor(['demo', 'seed'], envFor(u), 120_000),
          runHarbor(['demo', 'seed'], envFor(u), 120_000),
        ]);
        expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
        const loser = runs.find((r) => r.code === 1)!;
        expect(loser.stdout).toBe('');
        expect(loser.stderr.trim().split('\n')).toHaveLength(1);
        expect(loser.stderr).toMatch(/^harbor: (another harbor demo seed began|an earlier harbor demo seed)/);
        const users = await u.database.db.selectFrom('app_user').select('id').execute();
        expect(users).toHaveLength(Object.keys(PEOPLE).length);
        const verify = await runHarbor(['audit', 'verify'], envFor(u));
        expect(verify.code, verify.stdout).toBe(0);
      } finally {
        await u.drop();
      }
    });

    it('refuses a demonstration that stopped half-way', async () => {
      const u = await createTestDatabase(dialect);
      try {
        await insertDemoMarker(u.database.db, 1, new Date('2026-11-30T08:00:00.000Z'));
        const before = await everything(u);
        const refused = await runHarbor(['demo', 'seed'], envFor(u));
        expect(refused.code).toBe(1);
        expect(refused.stderr).toMatch(
          /^harbor: an earlier harbor demo seed on this database \(started .+\) has not finished: it is still running/,
        );
        expect(refused.stderr.trim().split('\n')).toHaveLength(1);
        expect(await everything(u)).toEqual(before);
      } finally {
        await u.drop();
      }
    });
  });
}
