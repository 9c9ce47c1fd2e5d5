import type { Kysely } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';

/**
 * A service of the directory for tests of referrals (the directory's own import fills it in production): an
 * organisation received in Harbor by `agencyId`, the service with its ages, areas and Harbor profile.
 */
export async function addTestService(
  db: Kysely<Database>,
  input: {
    agencyId: string | null;
    name: string;
    minimumAge?: number | null;
    maximumAge?: number | null;
    areas?: string[];
    acceptsRunaway?: boolean | null;
    csecSpecialised?: boolean;
  },
): Promise<string> {
  const at = new Date().toISOString();
  const times = { created_at: at, updated_at: at };
  const organizationId = newId();
  const serviceId = newId();
  await db
    .insertInto('directory_organization')
    .values({
      id: organizationId,
      name: `${input.name} (organisation)`,
      description: input.name,
      agency_id: input.agencyId,
      ...times,
    })
    .execute();
  await db
    .insertInto('directory_service')
    .values({
      id: serviceId,
      organization_id: organizationId,
      name: input.name,
      status: 'active',
      minimum_age: input.minimumAge ?? null,
      maximum_age: input.maximumAge ?? null,
      ...times,
    })
    .execute();
  await db
    .insertInto('directory_service_profile')
    .values({
      service_id: serviceId,
      csec_specialised: input.csecSpecialised ? 1 : 0,
      accepts_runaway:
        input.acceptsRunaway === undefined || input.acceptsRunaway === null ? null : input.acceptsRunaway ? 1 : 0,
      ...times,
    })
    .execute();
  for (const area of input.areas ?? []) {
    await db
      .insertInto('directory_service_area')
      .values({ id: newId(), service_id: serviceId, name: area, ...times })
      .execute();
  }
  return serviceId;
}
