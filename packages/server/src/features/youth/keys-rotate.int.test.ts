import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { auditChainKey, auditOnce } from '../../audit/index.js';
import { buildConfig } from '../../config/index.js';
import { Keyring } from '../../crypto/keys.js';
import { createAgency, createUser, type User } from '../../identity/accounts.js';
import { createSession, csrfTokenFor } from '../../identity/sessions.js';
import { decryptTotpSecret, encryptTotpSecret } from '../../identity/totp.js';
import { createLogger } from '../../logging.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../testing/databases.js';
import { runHarbor } from '../../testing/harbor-process.js';
import { FEATURE_REGISTRY } from '../index.js';

const ENCRYPTED_YOUTH_COLUMNS = FEATURE_REGISTRY.encrypted.filter((c) => c.table === 'youth').map((c) => c.column);

const OLD = 'a1'.repeat(32);
const NEW = Buffer.alloc(32, 0x5c).toString('base64');
const TOTP = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

for (const dialect of DIALECTS) {
  describe(`harbor keys rotate [${dialect}]`, () => {
    let t: TestDatabase;
    let user: User;
    let token = '';
    const youthIds: string[] = [];

    /** The real app on the test database with the given keys; each call is one request. */
    async function withApp<T>(env: Record<string, string>, fn: (inject: Inject) => Promise<T>): Promise<T> {
      const config = { ...buildConfig({ HARBOR_DATA_DIR: t.dir, ...env }), database: t.config };
      const harbor = await buildApp({ config, database: t.database, logger: createLogger('silent') });
      try {
        await harbor.app.ready();
        return await fn((method, url, payload) =>
          harbor.app.inject({
            method,
            url,
            headers: { cookie: `harbor=${token}`, 'x-csrf-token': csrfTokenFor(config.secretKey, token) },
            ...(payload ? { payload } : {}),
          }),
        );
      } finally {
        await harbor.close();
      }
    }
    type Inject = (method: 'GET' | 'POST', url: string, payload?: object) => Promise<LightMyRequestResponse>;

    const cli = (extra: Record<string, string>, args: string[] = []) =>
      runHarbor(['keys', 'rotate', ...args], {
        HARBOR_DATA_DIR: t.dir,
        HARBOR_DATABASE_URL: t.config.kind === 'sqlite' ? t.config.path : t.config.url,
        ...extra,
      });

    const keyIds = async () => {
      const rows = await t.database.db.selectFrom('youth').selectAll().execute();
      const ids = new Set<string>();
      for (const row of rows) {
        for (const column of ENCRYPTED_YOUTH_COLUMNS) {
          const value = (row as unknown as Record<string, string | null>)[column];
          if (value) ids.add(value.split('.')[1]!);
        }
      }
      return ids;
    };

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      const agency = await createAgency(t.database.db, { name: 'DMH', kind: 'mental_health' });
      user = await createUser(t.database.db, {
        agencyId: agency.id,
        email: 'rotating@county.example',
        displayName: 'Rotating Clinician',
        role: 'clinician',
        passwordHash: null,
      });
      token = (await createSession(t.database.db, { userId: user.id, stage: 'active' })).token;
      await t.database.db
        .updateTable('app_user')
        .set({ totp_secret: encryptTotpSecret(new Keyring(Buffer.from(OLD, 'hex')), TOTP, user.id) })
        .where('id', '=', user.id)
        .execute();
      await withApp({ HARBOR_SECRET_KEY: OLD }, async (call) => {
        for (const body of [
          {
            legalName: { given: 'Marisol', family: 'Ortega' },
            namesUsed: ['Sunny'],
            dateOfBirth: '2010-02-03',
            placement: { kind: 'shelter', detail: 'Covenant House' },
            contacts: [{ name: 'Lupe Ortega', relationship: 'mother', phone: '310 555 0199', address: null }],
          },
          { legalName: { given: 'Dana', family: 'Reyes' }, estimatedAge: 15 },
          { legalName: { given: 'Kim', family: 'Tran' }, dateOfBirth: '2011-07-08' },
        ]) {
          const res = await call('POST', '/api/v1/youth', body);
          expect(res.statusCode, res.body).toBe(201);
          youthIds.push(res.json().id);
        }
      });
    });
    afterAll(() => t.drop());

    it('re-encrypts youth values and TOTP secrets, rewrites the blind indexes, and is idempotent', async () => {
      const oldRing = new Keyring(Buffer.from(OLD, 'hex'));
      const newRing = new Keyring(Buffer.from(NEW, 'base64'));
      expect(await keyIds()).toEqual(new Set([oldRing.current('field-encryption').id]));

      // With only the new key, nothing written under the old one can be read or found.
      await withApp({ HARBOR_SECRET_KEY: NEW }, async (call) => {
        expect((await call('GET', `/api/v1/youth/${youthIds[0]}`)).statusCode).toBe(500);
        expect((await call('GET', '/api/v1/youth?name=sunny')).json().results).toEqual([]);
      });

      // Without the previous key the command stops with a message naming where, and never what.
      const blind = await cli({ HARBOR_SECRET_KEY: NEW });
      expect(blind.code).toBe(1);
      expect(blind.stderr).toMatch(/^harbor: \w+\.\w+ of row [0-9a-f-]{36} cannot be re-encrypted/);
      expect(blind.stderr).not.toContain('Marisol');

      const help = await runHarbor(['keys', 'rotate', '--help'], {});
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Usage: harbor keys rotate/);
      expect(help.stdout).toContain('HARBOR_PREVIOUS_SECRET_KEYS');

      const run = await cli({ HARBOR_SECRET_KEY: NEW, HARBOR_PREVIOUS_SECRET_KEYS: OLD }, ['--batch-size', '2']);
      expect(run.code, run.stderr).toBe(0);
      // 3 youth: Marisol 6 values (names x2, names used, date, placement detail, contacts), Dana 2, Kim 3; 1 TOTP secret.
      expect(run.stdout).toContain('Re-encrypted 12 value(s) under the current key (app_user 1, youth 11, ');
      expect(run.stdout).toContain('Blind indexes rewritten for 3 youth.');
      expect(await keyIds()).toEqual(new Set([newRing.current('field-encryption').id]));
      const stored = await t.database.db
        .selectFrom('app_user')
        .select('totp_secret')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(decryptTotpSecret(newRing, stored.totp_secret!, user.id)).toBe(TOTP);

      const again = await cli({ HARBOR_SECRET_KEY: NEW, HARBOR_PREVIOUS_SECRET_KEYS: OLD });
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('Re-encrypted 0 value(s)');
      expect(again.stdout).toContain('12 value(s) were already under the current key.');
      expect(again.stdout).toContain('Blind indexes rewritten for 0 youth.');

      const rotated = await t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('event', '=', 'admin.keys.rotated')
        .execute();
      expect(rotated.map((r) => JSON.parse(r.details).reencrypted)).toEqual([12, 0]);

      // The audit trail holds entries under both secrets. The rotation signed it with the new key, vouching for what the
      // old one signed: the previous key, removed as the procedure says, is not needed to verify it.
      expect(run.stdout).toMatch(/^Audit trail checked \(\d+ entries\) and signed with the new key: checkpoint \d+/m);
      const verify = (extra: Record<string, string>) =>
        runHarbor(['audit', 'verify'], {
          HARBOR_DATA_DIR: t.dir,
          HARBOR_DATABASE_URL: t.config.kind === 'sqlite' ? t.config.path : t.config.url,
          ...extra,
        });
      const withBoth = await verify({ HARBOR_SECRET_KEY: NEW, HARBOR_PREVIOUS_SECRET_KEYS: OLD });
      expect(withBoth.code, withBoth.stdout).toBe(0);
      expect(withBoth.stdout).toMatch(/^Audit trail intact/);
      const newOnly = await verify({ HARBOR_SECRET_KEY: NEW });
      expect(newOnly.code, newOnly.stdout).toBe(0);
      expect(newOnly.stdout).toMatch(/^Audit trail intact/);
      // An entry written under the old secret after the rotation is refused, even with both keys.
      const oldKey = auditChainKey(Buffer.from(OLD, 'hex'));
      await auditOnce(t.database.db, oldKey, { event: 'audit.searched', outcome: 'success' });
      const settings: Record<string, string>[] = [
        { HARBOR_SECRET_KEY: NEW, HARBOR_PREVIOUS_SECRET_KEYS: OLD },
        { HARBOR_SECRET_KEY: NEW },
      ];
      for (const env of settings) {
        const forged = await verify(env);
        expect(forged.code).toBe(1);
        expect(forged.stdout).toMatch(/^seq \d+: changed: its MAC does not match/m);
      }
    });

    it('reads and searches with the new key and the previous one, then with the new key alone', async () => {
      const settings: Record<string, string>[] = [
        { HARBOR_SECRET_KEY: NEW, HARBOR_PREVIOUS_SECRET_KEYS: OLD },
        { HARBOR_SECRET_KEY: NEW },
      ];
      for (const env of settings) {
        await withApp(env, async (call) => {
          const read = await call('GET', `/api/v1/youth/${youthIds[0]}`);
          expect(read.statusCode, read.body).toBe(200);
          expect(read.json()).toMatchObject({
            legalName: { given: 'Marisol', family: 'Ortega' },
            namesUsed: ['Sunny'],
            contacts: [{ name: 'Lupe Ortega', phone: '310 555 0199' }],
          });
          expect((await call('GET', `/api/v1/youth/${youthIds[1]}`)).json().estimatedAge).toBe(15);
          const found = await call('GET', '/api/v1/youth?name=SUNNY&dob=2010-02-03');
          expect(found.json().results.map((r: { id: string }) => r.id)).toEqual([youthIds[0]]);
          const byDate = await call('GET', '/api/v1/youth?dob=2011-07-08');
          expect(byDate.json().results.map((r: { id: string }) => r.id)).toEqual([youthIds[2]]);
        });
      }
    });
  });
}
