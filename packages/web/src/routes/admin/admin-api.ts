import { DEFAULT_ROLE_PERMISSIONS, type Permission, type Role } from '@harbor/core';

/** Whether a role holds a permission by default (for showing or hiding; the server decides). */
export function roleMay(role: Role, permission: Permission): boolean {
  return DEFAULT_ROLE_PERMISSIONS[role].includes(permission);
}

export interface Agency {
  id: string;
  name: string;
  kind: string;
  version: number;
}
