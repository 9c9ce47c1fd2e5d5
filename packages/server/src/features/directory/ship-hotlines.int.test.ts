import { HOTLINE_LIST } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../testing/databases.js';
import { ensureShippedHotlines, hotlineIds } from './ship-hotlines.js';

for (const dialect of DIALECTS) {
  describe(`the hotlines shipped as directory entries [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it('adds every line once, however often Harbor starts, and brings a changed number back with its history', async () => {
      const db = t.database.db;
      await ensureShippedHotlines(db, new Date('2026-12-02T10:00:00.000Z'));
      const changesAfterFirst = (await db.selectFrom('directory_change').select('id').execute()).length;
      await ensureShippedHotlines(db, new Date('2026-12-02T11:00:00.000Z'));
      expect((await db.selectFrom('directory_change').select('id').execute()).length).toBe(changesAfterFirst);
      const services = await db.selectFrom('directory_service').select('id').execute();
      expect(services).toHaveLength(HOTLINE_LIST.length);
      const phones = await db.selectFrom('directory_phone').select('id').execute();
      expect(phones).toHaveLength(HOTLINE_LIST.flatMap((h) => h.numbers).length);
      const spanish = await db
        .selectFrom('directory_translation')
        .select(['text', 'reviewed_at'])
        .where('entity', '=', 'service')
        .where('field', '=', 'name')
        .where('entity_id', '=', hotlineIds({ id: 'national_human_trafficking_hotline' }).service)
        .executeTakeFirstOrThrow();
      expect(spanish).toEqual({
        text: 'Línea Directa Nacional contra la Trata de Personas',
        reviewed_at: '2026-12-02T10:00:00.000Z',
      });

      const phone = hotlineIds({ id: 'lacdmh_access' }).phone(0);
      await db.updateTable('directory_phone').set({ number: '(800) 000-0000' }).where('id', '=', phone).execute();
      await ensureShippedHotlines(db, new Date('2026-12-02T12:00:00.000Z'));
      const row = await db
        .selectFrom('directory_phone')
        .select('number')
        .where('id', '=', phone)
        .executeTakeFirstOrThrow();
      expect(row.number).toBe('(800) 854-7771');
      const history = await db
        .selectFrom('directory_change')
        .selectAll()
        .where('entity_id', '=', phone)
        .where('changed_at', '=', '2026-12-02T12:00:00.000Z')
        .execute();
      expect(history).toEqual([
        expect.objectContaining({
          field: 'number',
          old_value: '(800) 000-0000',
          new_value: '(800) 854-7771',
          changed_by: null,
        }),
      ]);
    });
  });
}
