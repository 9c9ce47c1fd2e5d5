import { DEFAULT_ROLE_PERMISSIONS, ROLES } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { RolePermissions } from './role-permissions.js';

for (const dialect of DIALECTS) {
  describe(`role permissions as data [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it('are seeded with the defaults of core', async () => {
      const table = await new RolePermissions(t.database.db).table();
      for (const role of ROLES)
        expect([...table[role]].sort(), role).toEqual([...DEFAULT_ROLE_PERMISSIONS[role]].sort());
    });

    it('follow a change in the table once the cache is invalidated, and ignore unknown rows', async () => {
      const permissions = new RolePermissions(t.database.db);
      expect(await permissions.has('trainer', 'audit.read')).toBe(false);
      await t.database.db
        .insertInto('role_permission')
        .values([
          { role: 'trainer', permission: 'audit.read' },
          { role: 'trainer', permission: 'launch.missiles' },
          { role: 'wizard', permission: 'youth.read' },
        ])
        .execute();
      expect(await permissions.has('trainer', 'audit.read')).toBe(false);
      permissions.invalidate();
      expect(await permissions.has('trainer', 'audit.read')).toBe(true);
      expect(await permissions.has('wizard', 'youth.read')).toBe(false);
      expect([...(await permissions.table()).trainer]).not.toContain('launch.missiles');
    });
  });
}
