import type { Kysely } from 'kysely';
import type { RolePermissions } from '../../access/role-permissions.js';
import type { AuditScope } from '../../audit/search-audit.js';
import type { Database } from '../../db/schema.js';
import type { User } from '../../identity/accounts.js';
import { careTeamYouthIds } from '../youth/queries.js';

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
export async function auditScope(admin: AdminCaller): Promise<AuditScope> {
  if (await managesAll(admin)) return {};
  const agencyId = admin.user.agency_id;
  return {
    actorAgencyId: agencyId,
    aboutTeamYouth: (eb) => eb('youth_id', 'in', careTeamYouthIds(admin.db, { agencyId, everMember: true })),
  };
}
