import type { Generated } from 'kysely';

/**
 * The resource directory's tables (migration 2026-12-02T1000Z-directory): Open Referral HSDS 3.0 entities with their
 * HSDS field names, the Harbor profile, translations and the change history. Not a youth's data. Booleans are
 * integers 0/1.
 */
interface Versioned {
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface DirectoryOrganizationTable extends Versioned {
  id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  email: string | null;
  website: string | null;
  tax_status: string | null;
  tax_id: string | null;
  year_incorporated: number | null;
  legal_status: string | null;
  logo: string | null;
  uri: string | null;
  parent_organization_id: string | null;
  /** The Harbor agency that receives referrals to this organisation's services. */
  agency_id: string | null;
}

export interface DirectoryServiceTable extends Versioned {
  id: string;
  organization_id: string;
  program_id: string | null;
  name: string;
  alternate_name: string | null;
  description: string | null;
  url: string | null;
  email: string | null;
  status: string;
  interpretation_services: string | null;
  application_process: string | null;
  fees_description: string | null;
  wait_time: string | null;
  fees: string | null;
  accreditations: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: string | null;
  assurer_email: string | null;
  licenses: string | null;
  alert: string | null;
}

export interface DirectoryLocationTable extends Versioned {
  id: string;
  location_type: string;
  url: string | null;
  organization_id: string | null;
  name: string | null;
  alternate_name: string | null;
  description: string | null;
  transportation: string | null;
  latitude: number | null;
  longitude: number | null;
  external_identifier: string | null;
  external_identifier_type: string | null;
  /** 1: a confidential site, whose address and coordinates only signed-in staff see. */
  confidential: Generated<number>;
}

export interface DirectoryServiceAtLocationTable extends Versioned {
  id: string;
  service_id: string;
  location_id: string;
  description: string | null;
}

export interface DirectoryAddressTable extends Versioned {
  id: string;
  location_id: string;
  attention: string | null;
  address_1: string;
  address_2: string | null;
  city: string;
  region: string | null;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
}

export interface DirectoryPhoneTable extends Versioned {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  number: string;
  extension: number | null;
  type: string | null;
  description: string | null;
}

export interface DirectoryScheduleTable extends Versioned {
  id: string;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  dtstart: string | null;
  timezone: number | null;
  until: string | null;
  count: number | null;
  wkst: string | null;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  byweekno: string | null;
  bymonthday: string | null;
  byyearday: string | null;
  description: string | null;
  opens_at: string | null;
  closes_at: string | null;
  schedule_link: string | null;
  attending_type: string | null;
  notes: string | null;
}

export interface DirectoryLanguageTable extends Versioned {
  id: string;
  service_id: string | null;
  location_id: string | null;
  phone_id: string | null;
  name: string | null;
  code: string | null;
  note: string | null;
}

export interface DirectoryServiceAreaTable extends Versioned {
  id: string;
  service_id: string | null;
  name: string | null;
  description: string | null;
  extent: string | null;
  extent_type: string | null;
  uri: string | null;
}

export interface DirectoryTaxonomyTable extends Versioned {
  id: string;
  name: string;
  description: string;
  uri: string | null;
  /** HSDS's `version` of the taxonomy. */
  taxonomy_version: string | null;
}

export interface DirectoryTaxonomyTermTable extends Versioned {
  id: string;
  code: string | null;
  name: string;
  description: string;
  parent_id: string | null;
  taxonomy: string | null;
  taxonomy_id: string | null;
  language: string | null;
  term_uri: string | null;
}

export interface DirectoryAttributeTable extends Versioned {
  id: string;
  link_id: string;
  taxonomy_term_id: string;
  link_type: string | null;
  link_entity: string;
  value: string | null;
}

export interface DirectoryServiceProfileTable extends Versioned {
  service_id: string;
  serves_ages_11_17: Generated<number>;
  serves_transition_age: Generated<number>;
  csec_specialised: Generated<number>;
  accepts_runaway: number | null;
  intake_24_7: Generated<number>;
  emergency_beds: number | null;
  beds_available: number | null;
  beds_updated_at: string | null;
  beds_updated_by: string | null;
}

export interface DirectoryServicePracticeTable extends Versioned {
  id: string;
  service_id: string;
  practice: string;
  clinician_name: string | null;
  certified_until: string | null;
}

export interface DirectoryTranslationTable extends Versioned {
  id: string;
  entity: string;
  entity_id: string;
  field: string;
  language: string;
  text: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface DirectoryChangeTable {
  id: string;
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  changed_by: string | null;
  changed_at: string;
}

/** The directory's part of the Database interface. */
export interface DirectoryTables {
  directory_organization: DirectoryOrganizationTable;
  directory_service: DirectoryServiceTable;
  directory_location: DirectoryLocationTable;
  directory_service_at_location: DirectoryServiceAtLocationTable;
  directory_address: DirectoryAddressTable;
  directory_phone: DirectoryPhoneTable;
  directory_schedule: DirectoryScheduleTable;
  directory_language: DirectoryLanguageTable;
  directory_service_area: DirectoryServiceAreaTable;
  directory_taxonomy: DirectoryTaxonomyTable;
  directory_taxonomy_term: DirectoryTaxonomyTermTable;
  directory_attribute: DirectoryAttributeTable;
  directory_service_profile: DirectoryServiceProfileTable;
  directory_service_practice: DirectoryServicePracticeTable;
  directory_translation: DirectoryTranslationTable;
  directory_change: DirectoryChangeTable;
}
