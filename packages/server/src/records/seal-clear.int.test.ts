import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksEncrypted } from '../crypto/field-encryption.js';
import { Keyring } from '../crypto/keys.js';
import { FEATURE_REGISTRY } from '../features/index.js';
import { createTestApp } from '../testing/app.js';
import { DIALECTS } from '../testing/databases.js';
import { buildWorld, type World } from '../testing/world.js';
import { sealValuesInClear } from './rotate.js';

/**
 * Free text that can describe a youth is encrypted like other identifying text (issue 13, item 5): the reason for a
 * break-glass access and the reason a screening was corrected. A value written in clear before its column was
 * declared encrypted is encrypted at the next start, and still reads back.
 */
for (const dialect of DIALECTS) {
  describe(`reasons that may describe a youth [${dialect}]`, () => {
    let w: World;
    beforeAll(async () => {
      w = await buildWorld(await createTestApp(dialect));
    });
    afterAll(() => w.h.close());

    it('are stored encrypted, and one stored in clear before is encrypted at start and still reads back', async () => {
      const db = w.h.t.database.db;
      const grant = await db
        .selectFrom('break_glass_grant')
        .select('reason')
        .where('id', '=', w.grantId)
        .executeTakeFirstOrThrow();
      expect(looksEncrypted(grant.reason)).toBe(true);
      const corrected = await db
        .selectFrom('screening')
        .select('correction_reason')
        .where('correction_reason', 'is not', null)
        .execute();
      expect(corrected.length).toBeGreaterThan(0);
      for (const row of corrected) expect(looksEncrypted(row.correction_reason!)).toBe(true);

      // As a Harbor from before this change stored it.
      const words = 'Seen in the emergency department at 3 a.m., fifteen, with bruises';
      await db.updateTable('break_glass_grant').set({ reason: words }).where('id', '=', w.grantId).execute();
      const keyring = Keyring.fromConfig(w.h.config);
      expect(await sealValuesInClear(db, keyring, FEATURE_REGISTRY)).toBe(1);
      expect(await sealValuesInClear(db, keyring, FEATURE_REGISTRY)).toBe(0);
      const now = await db
        .selectFrom('break_glass_grant')
        .select('reason')
        .where('id', '=', w.grantId)
        .executeTakeFirstOrThrow();
      expect(looksEncrypted(now.reason)).toBe(true);
      expect(now.reason).not.toContain('emergency');
      // The reviewing supervisor reads it as it was written.
      const review = await w.call('dmhSupervisor', 'GET', '/api/v1/break-glass');
      expect(review.statusCode, review.body).toBe(200);
      expect(JSON.stringify(review.json())).toContain(words);
    });
  });
}
