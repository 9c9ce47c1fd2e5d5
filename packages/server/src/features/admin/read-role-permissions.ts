import { type Permission, ROLES, type Role } from '@harbor/core';
import type { RolePermissions } from '../../access/role-permissions.js';

/** Which role holds which permission (role permissions are data), each role's permissions sorted. */
export async function readRolePermissions(input: {
  permissions: RolePermissions;
}): Promise<Record<Role, Permission[]>> {
  const table = await input.permissions.table();
  return Object.fromEntries(ROLES.map((role) => [role, [...table[role]].sort()])) as Record<Role, Permission[]>;
}
