import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

export async function up(db: Kysely<any>): Promise<void> {
  // The youth's record itself. Columns marked (encrypted) hold `v1.<key id>.<IV>.<ciphertext>` (AES-256-GCM, bound to
  // table, column and row id); lists are encrypted JSON. Every column may be null: rows opened before this migration
  // carry no identity yet.
  const columns: [string, 'text' | 'integer'][] = [
    ['given_name', 'text'], // (encrypted)
    ['family_name', 'text'], // (encrypted)
    ['names_used', 'text'], // (encrypted) JSON array of aliases and street names
    ['birth_date', 'text'], // (encrypted) yyyy-mm-dd
    ['estimated_age', 'integer'], // years, when the date of birth is not known
    ['age_estimated_on', 'text'], // yyyy-mm-dd
    ['gender_identity', 'text'], // girl | boy | transgender | nonbinary | another | not_disclosed
    ['pronouns', 'text'],
    ['preferred_language', 'text'], // a language tag such as es or en
    ['identifiers', 'text'], // (encrypted) JSON array of { kind, value, agencyId }
    ['placement_kind', 'text'], // home_parent | relative | foster_home | group_home_strtp | shelter | ...
    ['placement_detail', 'text'], // (encrypted)
    ['contacts', 'text'], // (encrypted) JSON array of { name, relationship, phone, address }
    ['updated_by', 'text'],
  ];
  for (const [name, type] of columns) {
    await db.schema.alterTable('youth').addColumn(name, type).execute();
  }
  await db.schema.createIndex('youth_updated').on('youth').columns(['updated_at', 'id']).execute();

  // Keyed blind indexes (HMAC-SHA256 of the normalised value) for search and duplicate checks without decrypting:
  // kind 'name' for a full legal name or a name used, 'name_part' for a given or family name alone, 'date' for the
  // date of birth. Derived from the record and rewritten with it.
  await db.schema
    .createTable('youth_index')
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('youth_index_pk', ['youth_id', 'kind', 'hash'])
    .execute();
  await db.schema.createIndex('youth_index_hash').on('youth_index').columns(['hash', 'kind', 'youth_id']).execute();
}
