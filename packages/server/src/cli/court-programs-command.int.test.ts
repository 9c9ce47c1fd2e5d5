import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAR_PROGRAM } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { runHarbor } from '../testing/harbor-process.js';

// Issue 16: a county's specialty court programs are data, imported with `harbor court programs import <file>`
// through the built CLI: checked completely, every problem listed where it is, nothing stored when one is wrong;
// versioned like screening instruments (a stored version never changes).

const KEY = 'c'.repeat(64);
const envFor = (t: TestDatabase) => ({
  HARBOR_DATA_DIR: t.dir,
  HARBOR_DATABASE_URL: t.config.kind === 'sqlite' ? t.config.path : t.config.url,
  HARBOR_SECRET_KEY: KEY,
});

const county = () => ({
  id: 'girls-court',
  version: 1,
  court: 'delinquency',
  name: { en: 'Girls’ court', es: 'Tribunal para niñas' },
  hearingCadenceDays: 14,
  caseloadCap: 20,
  reportDueDaysBefore: 3,
  offeredAt: 'disposition',
  phases: [
    {
      id: 'start',
      name: { en: 'Phase 1', es: 'Fase 1' },
      advanceWhen: [{ kind: 'min_weeks', weeks: 6 }],
    },
    { id: 'finish', name: { en: 'Phase 2', es: 'Fase 2' }, advanceWhen: [] },
  ],
});

for (const dialect of DIALECTS) {
  describe(`harbor court programs import|list [${dialect}]`, () => {
    let t: TestDatabase;
    const write = (name: string, content: unknown) => {
      const file = join(t.dir, name);
      writeFileSync(file, JSON.stringify(content));
      return file;
    };
    const stored = () =>
      t.database.db.selectFrom('court_program').select(['id', 'version']).orderBy('id').orderBy('version').execute();
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it('imports a county’s program and a new version of STAR, and lists the newest of each', async () => {
      const imported = await runHarbor(['court', 'programs', 'import', write('girls.json', county())], envFor(t));
      expect(imported.stdout, imported.stderr).toContain('Imported girls-court version 1.');
      expect(imported.code).toBe(0);
      const again = await runHarbor(['court', 'programs', 'import', write('girls.json', county())], envFor(t));
      expect(again.stdout).toContain('girls-court version 1 is already stored with the same content; nothing changed.');
      const star = { ...STAR_PROGRAM, version: 2, reportDueDaysBefore: 3 };
      expect((await runHarbor(['court', 'programs', 'import', write('star.json', star)], envFor(t))).code).toBe(0);
      const list = await runHarbor(['court', 'programs', 'list'], envFor(t));
      expect(list.code).toBe(0);
      expect(list.stdout).toContain('girls-court\tversion 1\timported\t2 phases\tGirls’ court');
      expect(list.stdout).toContain('star\tversion 2\timported\t4 phases');
      expect(list.stdout).toContain('dream\tversion 1\tshipped');
      // A stored version never changes.
      const changed = await runHarbor(
        ['court', 'programs', 'import', write('girls2.json', { ...county(), caseloadCap: 30 })],
        envFor(t),
      );
      expect(changed.code).toBe(1);
      expect(changed.stdout).toContain('version: version 1 of girls-court is already in use');
    });

    it('lists every problem of a file, exits 1 and stores nothing', async () => {
      const before = await stored();
      const shape = {
        ...county(),
        id: 'Girls Court',
        name: { en: 'Girls’ court' },
        court: 'family',
        phases: [{ id: 'start', name: { en: 'Phase 1', es: 'Fase 1' }, advanceWhen: [{ kind: 'min_days' }] }],
      };
      const first = await runHarbor(['court', 'programs', 'import', write('shape.json', shape)], envFor(t));
      expect(first.code).toBe(1);
      for (const path of ['id:', 'name.es:', 'court:', 'phases[0].advanceWhen[0].kind:'])
        expect(first.stdout).toContain(path);
      expect(first.stderr).toContain('nothing was stored');

      const numbers = {
        ...county(),
        id: 'teen-court',
        caseloadCap: 0,
        hearingCadenceDays: 2.5,
        phases: [
          {
            id: 'start',
            name: { en: 'Phase 1', es: 'Fase 1' },
            advanceWhen: [{ kind: 'hearings_attended', count: 0 }],
          },
          { id: 'start', name: { en: 'Phase 2', es: 'Fase 2' }, advanceWhen: [] },
        ],
      };
      const second = await runHarbor(['court', 'programs', 'import', write('numbers.json', numbers)], envFor(t));
      expect(second.code).toBe(1);
      expect(second.stdout).toContain('phases[1].id: Each phase of a program may appear only once.');
      expect(second.stdout).toContain('caseloadCap: The program’s numbers must be whole numbers above zero.');
      expect(second.stdout).toContain('hearingCadenceDays:');
      expect(second.stdout).toContain('phases[0].advanceWhen[0].count:');
      expect(second.stderr).toContain('the definition has 4 problem(s)');
      const unreadable = join(t.dir, 'broken.json');
      writeFileSync(unreadable, '{ not json');
      const broken = await runHarbor(['court', 'programs', 'import', unreadable], envFor(t));
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('cannot read');
      expect(await stored()).toEqual(before);
    });
  });
}
