import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { agencyNames } from './queries.js';

/** The agencies that may have issued a youth's identifier, by name (for the record's form; not a youth's data). */
export const listIssuingAgencies = (db: Kysely<Database>) => agencyNames(db);
