import { isRole, PERMISSIONS, type Permission, ROLES, type Role } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export type RolePermissionTable = Record<Role, ReadonlySet<Permission>>;

const CACHE_MS = 30_000;

/**
 * Which role holds which permission: data in the role_permission table (seeded by the identity
 * migration, visible to admins). Read through a short cache so every request does not query it;
 * `invalidate()` after a change makes it take effect at once in this process, and within
 * 30 seconds in the others.
 */
export class RolePermissions {
  #table: RolePermissionTable | undefined;
  #loadedAt = 0;

  constructor(private readonly db: Kysely<Database>) {}

  async table(now = Date.now()): Promise<RolePermissionTable> {
    if (!this.#table || now - this.#loadedAt > CACHE_MS) {
      const rows = await this.db.selectFrom('role_permission').select(['role', 'permission']).execute();
      const table = Object.fromEntries(ROLES.map((role) => [role, new Set<Permission>()])) as Record<
        Role,
        Set<Permission>
      >;
      for (const row of rows) {
        if (isRole(row.role) && (PERMISSIONS as readonly string[]).includes(row.permission)) {
          table[row.role].add(row.permission as Permission);
        }
      }
      this.#table = table;
      this.#loadedAt = now;
    }
    return this.#table;
  }

  async has(role: string, permission: Permission): Promise<boolean> {
    if (!isRole(role)) return false;
    return (await this.table())[role].has(permission);
  }

  invalidate(): void {
    this.#table = undefined;
  }
}
