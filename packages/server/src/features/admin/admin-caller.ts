import type { Kysely } from 'kysely';
import type { RolePermissions } from '../../access/role-permissions.js';
import type { Database } from '../../db/schema.js';
import type { User } from '../../identity/accounts.js';

/** An administrator or supervisor acting, with what they may do. */
export interface AdminCaller {
  db: Kysely<Database>;
  auditKey: Buffer;
  permissions: RolePermissions;
  user: User;
  ip?: string | undefined;
  now?: Date;
}

/** The actor columns of the audit entries an administrator's action writes. */
export function actorOf(admin: AdminCaller) {
  return { actorUserId: admin.user.id, actorAgencyId: admin.user.agency_id, ip: admin.ip };
}

/** Whether the caller manages every account (admin) or only invites into their own agency (supervisor). */
export async function managesAll(admin: AdminCaller): Promise<boolean> {
  return admin.permissions.has(admin.user.role, 'users.manage');
}

/** A supervisor searches what people of their own agency did; an administrator searches everything. */
export async function auditScope(admin: AdminCaller): Promise<{ actorAgencyId?: string }> {
  return (await managesAll(admin)) ? {} : { actorAgencyId: admin.user.agency_id };
}
