import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../config/index.js';
import { createAgency, createUser } from '../identity/accounts.js';
import { createSession } from '../identity/sessions.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { runHarbor, startHarbor } from '../testing/harbor-process.js';

const KEY = 'b'.repeat(64);

function envFor(t: TestDatabase): Record<string, string> {
  const url = t.config.kind === 'sqlite' ? t.config.path : t.config.url;
  return { HARBOR_DATA_DIR: t.dir, HARBOR_DATABASE_URL: url, HARBOR_SECRET_KEY: KEY };
}

describe('harbor CLI', () => {
  it.each([[[]], [['serve']], [['migrate']], [['backup']], [['restore']]])('prints help for %j', async (command) => {
    const run = await runHarbor([...command, '--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: harbor/);
    expect(run.stdout).toContain('HARBOR_');
  });

  it('fails with a clear message on an unknown command', async () => {
    const run = await runHarbor(['frobnicate'], {});
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unknown command/i);
  });

  it('stops the start on a wrong HARBOR_PORT with a message naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-cli-'));
    const run = await runHarbor(['serve'], { HARBOR_DATA_DIR: dir, HARBOR_PORT: '99999' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^harbor: HARBOR_PORT must be/);
  });

  it('explains a port already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const dir = mkdtempSync(join(tmpdir(), 'harbor-cli-'));
      const run = await runHarbor(['serve'], { HARBOR_DATA_DIR: dir, HARBOR_PORT: String(port) });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('explains an unreachable PostgreSQL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-cli-'));
    const run = await runHarbor(['migrate'], {
      HARBOR_DATA_DIR: dir,
      HARBOR_DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/harbor',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^harbor: cannot reach the database named by HARBOR_DATABASE_URL/);
  });

  it('lets two migrate processes start at once on PostgreSQL', async () => {
    const t = await createTestDatabase('postgres', { migrate: false });
    try {
      const runs = await Promise.all([runHarbor(['migrate'], envFor(t)), runHarbor(['migrate'], envFor(t))]);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      expect(runs.filter((r) => r.stdout.startsWith('Applied'))).toHaveLength(1);
      expect(runs.filter((r) => r.stdout.startsWith('The database is up to date'))).toHaveLength(1);
    } finally {
      await t.drop();
    }
  });
});

async function report(url: string, page: string): Promise<void> {
  const res = await fetch(`${url}/api/v1/security/csp-reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/csp-report' },
    body: JSON.stringify({
      'csp-report': { 'document-uri': `http://harbor.test/${page}`, 'violated-directive': 'img-src' },
    }),
  });
  expect(res.status).toBe(204);
}

async function rows(config: DatabaseConfig): Promise<Record<string, unknown>[]> {
  const { openDatabase } = await import('../db/database.js');
  const database = openDatabase(config, { poolSize: 1 });
  try {
    return await database.db.selectFrom('security_report').selectAll().orderBy('id').execute();
  } finally {
    await database.close();
  }
}

const pagesOf = (list: Record<string, unknown>[]) =>
  list.map((r) => String(r.document_uri).replace('http://harbor.test/', '')).sort();

for (const dialect of DIALECTS) {
  describe(`harbor serve, backup and restore [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect, { migrate: false });
    });
    afterAll(() => t.drop());

    it('serves on this engine, backs up while serving, and restores identical data', async () => {
      const harbor = await startHarbor({ dataDir: t.dir, env: envFor(t) });
      const underLoad = join(t.dir, 'under-load.backup');
      const quiet = join(t.dir, 'quiet.backup');
      let snapshot: Record<string, unknown>[];
      try {
        expect((await fetch(`${harbor.url}/readyz`)).status).toBe(200);
        for (const page of ['a', 'b', 'c']) await report(harbor.url, page);
        // Writes keep arriving while the first backup runs.
        const during = Promise.all(['d1', 'd2', 'd3', 'd4', 'd5', 'd6'].map((p) => report(harbor.url, p)));
        const first = await runHarbor(['backup', underLoad], envFor(t));
        await during;
        expect(first.code, first.stderr).toBe(0);
        expect(statSync(underLoad).mode & 0o777).toBe(0o600);

        snapshot = await rows(t.config);
        const second = await runHarbor(['backup', quiet], envFor(t));
        expect(second.code, second.stderr).toBe(0);
        await report(harbor.url, 'after-backup');
      } finally {
        expect(await harbor.stop()).toBe(0);
      }
      const current = await rows(t.config);
      expect(pagesOf(current)).toContain('after-backup');

      // A second backup to the same file is refused, and so is a restore without confirmation.
      expect((await runHarbor(['backup', quiet], envFor(t))).code).toBe(1);
      const unconfirmed = await runHarbor(['restore', quiet], envFor(t));
      expect(unconfirmed.code).toBe(1);
      expect(unconfirmed.stderr).toContain('--yes');
      expect(await rows(t.config)).toEqual(current);

      // A file that is not a Harbor backup changes nothing.
      const junk = join(t.dir, 'junk.bin');
      writeFileSync(junk, 'this is not a database'.repeat(100));
      const bad = await runHarbor(['restore', junk, '--yes'], envFor(t));
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/^harbor: /);
      expect(await rows(t.config)).toEqual(current);

      // The quiet backup restores exactly the data it was taken from.
      const restored = await runHarbor(['restore', quiet, '--yes'], envFor(t));
      expect(restored.code, restored.stderr).toBe(0);
      expect(await rows(t.config)).toEqual(snapshot);

      // The backup taken under load is consistent: it restores, holds what was written before it, nothing after.
      const loaded = await runHarbor(['restore', underLoad, '--yes'], envFor(t));
      expect(loaded.code, loaded.stderr).toBe(0);
      const fromLoad = pagesOf(await rows(t.config));
      expect(fromLoad).toEqual(expect.arrayContaining(['a', 'b', 'c']));
      expect(fromLoad).not.toContain('after-backup');
      expect(existsSync(quiet)).toBe(true);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`harbor admin recover [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it('prints a reset link for a person and resets their two-step verification; every session ends', async () => {
      const agency = await createAgency(t.database.db, { name: 'DMH', kind: 'mental_health' });
      const admin = await createUser(t.database.db, {
        agencyId: agency.id,
        email: 'only.admin@county.example',
        displayName: 'Only Admin',
        role: 'admin',
        passwordHash: null,
      });
      await t.database.db
        .updateTable('app_user')
        .set({ totp_secret: 'sealed', totp_enrolled_at: new Date().toISOString(), totp_last_step: 5 })
        .where('id', '=', admin.id)
        .execute();
      const session = await createSession(t.database.db, { userId: admin.id, stage: 'active' });
      const run = await runHarbor(
        ['admin', 'recover', '--email', 'Only.Admin@county.example', '--reset-mfa'],
        envFor(t),
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Two-step verification of only\.admin@county\.example was reset/);
      expect(run.stdout).toMatch(/\n {2}http:\/\/[\w.:]+\/reset-password#[\w-]{43}\n$/);
      const row = await t.database.db
        .selectFrom('app_user')
        .select(['totp_secret', 'totp_enrolled_at'])
        .where('id', '=', admin.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ totp_secret: null, totp_enrolled_at: null });
      const ended = await t.database.db
        .selectFrom('user_session')
        .select('ended_reason')
        .where('id', '=', session.session.id)
        .executeTakeFirstOrThrow();
      expect(ended.ended_reason).toBe('mfa_reset');
      const events = await t.database.db
        .selectFrom('audit_event')
        .select('event')
        .where('record_id', '=', admin.id)
        .orderBy('seq')
        .execute();
      expect(events.map((e) => e.event)).toEqual(['admin.user.mfa_reset', 'admin.user.password_reset_link']);

      const unknown = await runHarbor(['admin', 'recover', '--email', 'nobody@county.example'], envFor(t));
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('harbor: no account has the e-mail address nobody@county.example.\n');
    });
  });
}
