import { DEFAULT_ROLE_PERMISSIONS, type Permission, type Role } from '@harbor/core';

/** Whether a role holds a permission by default (for showing or hiding; the server decides). */
export function roleMay(role: Role, permission: Permission): boolean {
  return DEFAULT_ROLE_PERMISSIONS[role].includes(permission);
}
