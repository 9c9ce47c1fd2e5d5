import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type HarborApp } from '../app.js';
import { buildConfig } from '../config/index.js';
import { Keyring } from '../crypto/keys.js';
import { FEATURE_REGISTRY } from '../features/index.js';
import { createLogger } from '../logging.js';
import { createTestApp } from '../testing/app.js';
import { DIALECTS } from '../testing/databases.js';
import { runHarbor } from '../testing/harbor-process.js';
import { buildWorld, type Person, SECRET, type World } from '../testing/world.js';

/**
 * `harbor keys rotate` reaches every encrypted column of every feature, because it reads the features' declarations:
 * after the documented rotation (new key, previous key kept, rotate, previous key removed), a start with only the new
 * key reads back every value of the test world through the API.
 */

const OLD = '7e'.repeat(32);
const NEW = Buffer.alloc(32, 0x2b).toString('base64');

for (const dialect of DIALECTS) {
  describe(`key rotation of every feature [${dialect}]`, () => {
    let w: World;
    let rotated: HarborApp | undefined;
    beforeAll(async () => {
      w = await buildWorld(await createTestApp(dialect, { env: { HARBOR_SECRET_KEY: OLD } }));
    });
    afterAll(async () => {
      await rotated?.close();
      await w.h.close();
    });

    const keyIdsInUse = async () => {
      const ids = new Set<string>();
      for (const { table, column } of FEATURE_REGISTRY.encrypted) {
        const rows = (
          await sql<{ value: string | null }>`select ${sql.ref(column)} as value from ${sql.table(table)}`.execute(
            w.h.t.database.db,
          )
        ).rows;
        for (const row of rows) if (row.value) ids.add(`${table}.${column}:${row.value.split('.')[1]}`);
      }
      return ids;
    };

    it('re-encrypts every declared column, then reads every value back with the new key alone', async () => {
      const oldId = new Keyring(Buffer.from(OLD, 'hex')).current('field-encryption').id;
      const newRing = new Keyring(Buffer.from(NEW, 'base64'));
      const before = await keyIdsInUse();
      // Every declared column holds values of the test world, all under the old key.
      expect([...before].every((entry) => !entry.endsWith(newRing.current('field-encryption').id))).toBe(true);
      expect(new Set([...before].map((entry) => entry.split(':')[0])).size).toBe(FEATURE_REGISTRY.encrypted.length);
      expect([...before].some((entry) => entry.endsWith(oldId))).toBe(true);

      const env = {
        HARBOR_DATA_DIR: w.h.t.dir,
        HARBOR_DATABASE_URL: w.h.t.config.kind === 'sqlite' ? w.h.t.config.path : w.h.t.config.url,
      };
      const run = await runHarbor(['keys', 'rotate'], {
        ...env,
        HARBOR_SECRET_KEY: NEW,
        HARBOR_PREVIOUS_SECRET_KEYS: OLD,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/No value is left under a previous key/);
      const after = await keyIdsInUse();
      const current = new Set(
        (['field-encryption', 'totp-secret'] as const).map((purpose) => newRing.current(purpose).id),
      );
      const stale = [...after].filter((entry) => !current.has(entry.split(':')[1]!));
      expect(stale, 'values still under the old key').toEqual([]);

      // A start with the new key alone (step 3 of the procedure) reads every value back through the API.
      const config = { ...buildConfig({ HARBOR_DATA_DIR: w.h.t.dir, HARBOR_SECRET_KEY: NEW }), database: w.h.t.config };
      rotated = await buildApp({ config, database: w.h.t.database, logger: createLogger('silent') });
      await rotated.app.ready();
      const read = async (who: Person, url: string) => {
        const res = await rotated!.app.inject({ method: 'GET', url, headers: w.people[who].headers });
        expect(res.statusCode, `${who} GET ${url}: ${res.body}`).toBe(200);
        return res.body;
      };
      const seen = [
        await read('clinician', `/api/v1/youth/${w.youthId}`),
        await read('clinician', `/api/v1/screenings/${w.screeningId}`),
        await read('clinician', `/api/v1/responses/${w.responseId}`),
        await read('deputy', `/api/v1/responses/${w.responseId}`),
        await read('deputy', `/api/v1/responses/${w.responseId}/written-report`),
        await read('clinician', `/api/v1/youth?name=${encodeURIComponent(SECRET.alias)}`),
        await read('dmhSupervisor', '/api/v1/break-glass'),
        await read('clinician', `/api/v1/referrals/${w.referralId}`),
      ].join('\n');
      const missing = Object.entries(SECRET).filter(
        ([, value]) => !seen.includes(value) && !seen.includes(value.replace(/\D/g, '')),
      );
      expect(missing, 'values that could not be read back after the rotation').toEqual([]);
      const pdf = await rotated.app.inject({
        method: 'GET',
        url: `/api/v1/responses/${w.responseId}/written-report.pdf`,
        headers: w.people.deputy.headers,
      });
      expect(pdf.statusCode).toBe(200);
    });
  });
}
