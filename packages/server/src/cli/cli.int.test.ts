import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '../config/index.js';
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
