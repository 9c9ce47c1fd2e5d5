import { type AdminCaller, managesAll } from './admin-caller.js';
import { userSummary } from './users.js';

/** The users an administrator manages (everyone), or a supervisor's own agency. */
export async function listUsers(input: { admin: AdminCaller }) {
  const { admin } = input;
  let query = admin.db.selectFrom('app_user').selectAll().orderBy('display_name');
  if (!(await managesAll(admin))) query = query.where('agency_id', '=', admin.user.agency_id);
  return (await query.execute()).map((u) => userSummary(u, admin.now));
}
