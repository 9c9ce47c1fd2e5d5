import type { CreateTableBuilder, Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * The resource directory (issue 15), in the shape of Open Referral HSDS 3.0: one table per HSDS entity, named
 * `directory_<entity>`, with the entity's fields as columns (HSDS names, text ids: HSDS ids are UUIDs). Not a youth's
 * data. Booleans are integers 0/1 (as elsewhere); HSDS numbers are double precision. Harbor adds: the receiving
 * agency of an organisation (`agency_id`), a location's confidential address, the Harbor profile of a service
 * (`directory_service_profile`, `directory_service_practice`), reviewed translations and a per-field change history.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Every entity is mutable: optimistic concurrency and times, as every mutable table has.
  const entity = (name: string): CreateTableBuilder<any, any> =>
    db.schema.createTable(name).addColumn('id', 'text', (c) => c.primaryKey());
  const versioned = (t: CreateTableBuilder<any, any>) =>
    t
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull());

  await versioned(
    entity('directory_organization')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('alternate_name', 'text')
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('website', 'text')
      .addColumn('tax_status', 'text')
      .addColumn('tax_id', 'text')
      .addColumn('year_incorporated', 'double precision')
      .addColumn('legal_status', 'text')
      .addColumn('logo', 'text')
      .addColumn('uri', 'text')
      .addColumn('parent_organization_id', 'text')
      // The Harbor agency that receives referrals to this organisation's services (null: outside Harbor).
      .addColumn('agency_id', 'text', (c) => c.references('agency.id')),
  ).execute();
  await db.schema
    .createIndex('directory_organization_agency')
    .on('directory_organization')
    .column('agency_id')
    .execute();

  await versioned(
    entity('directory_service')
      .addColumn('organization_id', 'text', (c) => c.notNull().references('directory_organization.id'))
      .addColumn('program_id', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('alternate_name', 'text')
      .addColumn('description', 'text')
      .addColumn('url', 'text')
      .addColumn('email', 'text')
      // active | inactive | defunct | temporarily closed
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('interpretation_services', 'text')
      .addColumn('application_process', 'text')
      .addColumn('fees_description', 'text')
      .addColumn('wait_time', 'text')
      .addColumn('fees', 'text')
      .addColumn('accreditations', 'text')
      .addColumn('eligibility_description', 'text')
      .addColumn('minimum_age', 'double precision')
      .addColumn('maximum_age', 'double precision')
      .addColumn('assured_date', 'text')
      .addColumn('assurer_email', 'text')
      .addColumn('licenses', 'text')
      .addColumn('alert', 'text'),
  ).execute();
  await db.schema
    .createIndex('directory_service_organization')
    .on('directory_service')
    .column('organization_id')
    .execute();
  await db.schema.createIndex('directory_service_name').on('directory_service').columns(['name', 'id']).execute();

  await versioned(
    entity('directory_location')
      // physical | postal | virtual
      .addColumn('location_type', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('organization_id', 'text', (c) => c.references('directory_organization.id'))
      .addColumn('name', 'text')
      .addColumn('alternate_name', 'text')
      .addColumn('description', 'text')
      .addColumn('transportation', 'text')
      .addColumn('latitude', 'double precision')
      .addColumn('longitude', 'double precision')
      .addColumn('external_identifier', 'text')
      .addColumn('external_identifier_type', 'text')
      // Harbor: a confidential site (a shelter for exploited youth): its address and coordinates are never served
      // outside the signed-in staff app.
      .addColumn('confidential', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema
    .createIndex('directory_location_organization')
    .on('directory_location')
    .column('organization_id')
    .execute();

  await versioned(
    entity('directory_service_at_location')
      .addColumn('service_id', 'text', (c) => c.notNull().references('directory_service.id'))
      .addColumn('location_id', 'text', (c) => c.notNull().references('directory_location.id'))
      .addColumn('description', 'text'),
  ).execute();
  await db.schema
    .createIndex('directory_service_at_location_service')
    .on('directory_service_at_location')
    .columns(['service_id', 'location_id'])
    .execute();
  await db.schema
    .createIndex('directory_service_at_location_location')
    .on('directory_service_at_location')
    .column('location_id')
    .execute();

  await versioned(
    entity('directory_address')
      .addColumn('location_id', 'text', (c) => c.notNull().references('directory_location.id'))
      .addColumn('attention', 'text')
      .addColumn('address_1', 'text', (c) => c.notNull())
      .addColumn('address_2', 'text')
      .addColumn('city', 'text', (c) => c.notNull())
      .addColumn('region', 'text')
      .addColumn('state_province', 'text', (c) => c.notNull())
      .addColumn('postal_code', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('address_type', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('directory_address_location').on('directory_address').column('location_id').execute();

  // A phone belongs to one of an organisation, a service, a location or a service at a location.
  await versioned(
    entity('directory_phone')
      .addColumn('organization_id', 'text', (c) => c.references('directory_organization.id'))
      .addColumn('service_id', 'text', (c) => c.references('directory_service.id'))
      .addColumn('location_id', 'text', (c) => c.references('directory_location.id'))
      .addColumn('service_at_location_id', 'text', (c) => c.references('directory_service_at_location.id'))
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('extension', 'double precision')
      .addColumn('type', 'text')
      .addColumn('description', 'text'),
  ).execute();
  for (const owner of ['organization_id', 'service_id', 'location_id', 'service_at_location_id']) {
    await db.schema.createIndex(`directory_phone_${owner}`).on('directory_phone').column(owner).execute();
  }

  await versioned(
    entity('directory_schedule')
      .addColumn('service_id', 'text', (c) => c.references('directory_service.id'))
      .addColumn('location_id', 'text', (c) => c.references('directory_location.id'))
      .addColumn('service_at_location_id', 'text', (c) => c.references('directory_service_at_location.id'))
      .addColumn('valid_from', 'text')
      .addColumn('valid_to', 'text')
      .addColumn('dtstart', 'text')
      .addColumn('timezone', 'double precision')
      .addColumn('until', 'text')
      .addColumn('count', 'double precision')
      .addColumn('wkst', 'text')
      .addColumn('freq', 'text')
      .addColumn('interval', 'double precision')
      .addColumn('byday', 'text')
      .addColumn('byweekno', 'text')
      .addColumn('bymonthday', 'text')
      .addColumn('byyearday', 'text')
      .addColumn('description', 'text')
      .addColumn('opens_at', 'text')
      .addColumn('closes_at', 'text')
      .addColumn('schedule_link', 'text')
      .addColumn('attending_type', 'text')
      .addColumn('notes', 'text'),
  ).execute();
  for (const owner of ['service_id', 'location_id', 'service_at_location_id']) {
    await db.schema.createIndex(`directory_schedule_${owner}`).on('directory_schedule').column(owner).execute();
  }

  // The languages a service is delivered in (the Harbor profile: spoken by its staff), a location's or a phone's.
  await versioned(
    entity('directory_language')
      .addColumn('service_id', 'text', (c) => c.references('directory_service.id'))
      .addColumn('location_id', 'text', (c) => c.references('directory_location.id'))
      .addColumn('phone_id', 'text', (c) => c.references('directory_phone.id'))
      .addColumn('name', 'text')
      .addColumn('code', 'text')
      .addColumn('note', 'text'),
  ).execute();
  await db.schema
    .createIndex('directory_language_service')
    .on('directory_language')
    .columns(['service_id', 'code'])
    .execute();
  await db.schema
    .createIndex('directory_language_code')
    .on('directory_language')
    .columns(['code', 'service_id'])
    .execute();
  for (const owner of ['location_id', 'phone_id']) {
    await db.schema.createIndex(`directory_language_${owner}`).on('directory_language').column(owner).execute();
  }

  await versioned(
    entity('directory_service_area')
      .addColumn('service_id', 'text', (c) => c.references('directory_service.id'))
      .addColumn('name', 'text')
      .addColumn('description', 'text')
      .addColumn('extent', 'text')
      .addColumn('extent_type', 'text')
      .addColumn('uri', 'text'),
  ).execute();
  await db.schema
    .createIndex('directory_service_area_service')
    .on('directory_service_area')
    .columns(['service_id', 'name'])
    .execute();
  await db.schema
    .createIndex('directory_service_area_name')
    .on('directory_service_area')
    .columns(['name', 'service_id'])
    .execute();

  await versioned(
    entity('directory_taxonomy')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('uri', 'text')
      // HSDS's `version` of the taxonomy (the row's own `version` counts its changes).
      .addColumn('taxonomy_version', 'text'),
  ).execute();

  await versioned(
    entity('directory_taxonomy_term')
      .addColumn('code', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('directory_taxonomy_term.id'))
      // HSDS's free-text name of the taxonomy, for a term whose taxonomy is not listed.
      .addColumn('taxonomy', 'text')
      .addColumn('taxonomy_id', 'text', (c) => c.references('directory_taxonomy.id'))
      .addColumn('language', 'text')
      .addColumn('term_uri', 'text'),
  ).execute();
  await db.schema
    .createIndex('directory_taxonomy_term_taxonomy')
    .on('directory_taxonomy_term')
    .columns(['taxonomy_id', 'code'])
    .execute();

  // HSDS's attribute: a taxonomy term attached to any entity (link_entity names its table, link_id its row).
  await versioned(
    entity('directory_attribute')
      .addColumn('link_id', 'text', (c) => c.notNull())
      .addColumn('taxonomy_term_id', 'text', (c) => c.notNull().references('directory_taxonomy_term.id'))
      .addColumn('link_type', 'text')
      .addColumn('link_entity', 'text', (c) => c.notNull())
      .addColumn('value', 'text'),
  ).execute();
  await db.schema
    .createIndex('directory_attribute_link')
    .on('directory_attribute')
    .columns(['link_entity', 'link_id'])
    .execute();
  await db.schema
    .createIndex('directory_attribute_term')
    .on('directory_attribute')
    .columns(['taxonomy_term_id', 'link_entity', 'link_id'])
    .execute();

  // The Harbor profile of a service: typed columns, one row per service (see docs/data-model.md for why not HSDS
  // attributes). Emergency beds: how many, how many free now, when and by whom that count was last set.
  await versioned(
    db.schema
      .createTable('directory_service_profile')
      .addColumn('service_id', 'text', (c) => c.primaryKey().references('directory_service.id'))
      .addColumn('serves_ages_11_17', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('serves_transition_age', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('csec_specialised', 'integer', (c) => c.notNull().defaultTo(0))
      // 1 accepts, 0 refuses, null not known.
      .addColumn('accepts_runaway', 'integer')
      .addColumn('intake_24_7', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('emergency_beds', 'integer')
      .addColumn('beds_available', 'integer')
      .addColumn('beds_updated_at', 'text')
      .addColumn('beds_updated_by', 'text', (c) => c.references('app_user.id')),
  ).execute();
  await db.schema
    .createIndex('directory_service_profile_search')
    .on('directory_service_profile')
    .columns(['csec_specialised', 'intake_24_7', 'service_id'])
    .execute();

  // The evidence-based practices a service offers, one row per clinician certified in one (a row without a
  // clinician: offered, its clinicians not listed). The practice is an id of Harbor's own list (core).
  await versioned(
    entity('directory_service_practice')
      .addColumn('service_id', 'text', (c) => c.notNull().references('directory_service.id'))
      .addColumn('practice', 'text', (c) => c.notNull())
      .addColumn('clinician_name', 'text')
      // The calendar day the certification expires (YYYY-MM-DD).
      .addColumn('certified_until', 'text'),
  ).execute();
  await db.schema
    .createIndex('directory_service_practice_service')
    .on('directory_service_practice')
    .columns(['service_id', 'practice'])
    .execute();
  await db.schema
    .createIndex('directory_service_practice_practice')
    .on('directory_service_practice')
    .columns(['practice', 'service_id'])
    .execute();

  // A translation of one text field of one entity (HSDS has none). Served only once reviewed.
  await versioned(
    entity('directory_translation')
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('reviewed_by', 'text', (c) => c.references('app_user.id'))
      .addColumn('reviewed_at', 'text'),
  ).execute();
  await db.schema
    .createIndex('directory_translation_unique')
    .on('directory_translation')
    .columns(['entity', 'entity_id', 'field', 'language'])
    .unique()
    .execute();

  // The change history, one row per changed field: never updated, never deleted. changed_by is null for the
  // command line (import) and the shipped entries.
  await entity('directory_change')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('changed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('directory_change_entity')
    .on('directory_change')
    .columns(['entity', 'entity_id', 'changed_at'])
    .execute();

  // The directory's editors: administrators by default; a county grants it to other roles in role_permission.
  await db.insertInto('role_permission').values({ role: 'admin', permission: 'directory.edit' }).execute();
}
