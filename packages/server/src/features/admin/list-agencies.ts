import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Every agency, by name (any signed-in user may see them: invitations, care teams and referrals name them). */
export async function listAgencies(input: { db: Kysely<Database> }) {
  return input.db.selectFrom('agency').select(['id', 'name', 'kind', 'version']).orderBy('name').execute();
}
