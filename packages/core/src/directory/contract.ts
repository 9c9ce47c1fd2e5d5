import { z } from 'zod';
import { multiline } from '../input-text.js';
import { MAX_ROW_VERSION, recordId } from '../record-id.js';
import { HARBOR_CATEGORY_IDS } from './categories.js';
import { PRACTICE_IDS } from './practices.js';
import { DIRECTORY_LANGUAGES } from './profile.js';

/**
 * The directory API's requests and answers for staff (zod): the search, a service's detail and the editor's
 * requests. The HSDS read API (/api/hsds) answers in HSDS's own shapes, checked against its published JSON Schemas.
 */

const flag = z.enum(['true', 'false']).optional();
const oneLine = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().positive().max(MAX_ROW_VERSION);
/** An ISO 639-1 or 639-3 code, e.g. es, en, zh, hmn. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/)
  .describe('An ISO 639-1 or 639-3 language code, e.g. es');

export const ServiceSearchQuery = z.strictObject({
  category: z.enum(HARBOR_CATEGORY_IDS).optional().describe("A need, from Harbor's category list"),
  language: languageCode.optional().describe("A language the service's staff speak"),
  age: z.coerce.number().int().min(0).max(30).optional().describe("The youth's age in years: the service serves it"),
  area: z.string().trim().min(1).max(100).optional().describe('A service area, by name (e.g. a Service Planning Area)'),
  availability: z
    .enum(['open_now', 'intake_24_7'])
    .optional()
    .describe('open_now: 24/7 intake or open at this hour by its schedule; intake_24_7: 24/7 intake only'),
  bedsAvailable: flag.describe('true: only services with an emergency bed free now'),
  csecSpecialised: flag.describe('true: only services specialised in youth who have been exploited'),
  practice: z
    .enum(PRACTICE_IDS)
    .optional()
    .describe('An evidence-based practice offered by a clinician with a current certification'),
  retired: flag.describe(
    'true: services no longer offered too (inactive, defunct, temporarily closed); for the directory’s editors',
  ),
  text: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("Words in the service's or organisation's name or description"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(50).default(20),
});
export type ServiceSearchQuery = z.infer<typeof ServiceSearchQuery>;

/** A text in the caller's language, or in English with its language marked when no reviewed translation exists. */
export const LocalisedText = z.object({
  text: z.string(),
  language: z.enum(DIRECTORY_LANGUAGES).describe('The language the text is in (en when no reviewed translation)'),
});

export const PhoneView = z.object({
  id: z.string(),
  number: z.string(),
  extension: z.number().nullable(),
  type: z.string().nullable(),
  description: LocalisedText.nullable(),
});

/**
 * An evidence-based practice a service offers and how many of its clinicians hold a current certification in it: one
 * past its expiry (before today, in county time) does not count; one with no expiry recorded does.
 */
export const PracticeCertifications = z.object({
  practice: z.enum(PRACTICE_IDS),
  certifiedClinicians: z.number().int().describe('Clinicians named with a current certification in the practice'),
  nextExpiry: z
    .string()
    .nullable()
    .describe('The earliest expiry among the current certifications (YYYY-MM-DD; null: none recorded)'),
});

export const ServiceSummary = z.object({
  id: z.string(),
  name: LocalisedText,
  organizationId: z.string(),
  organizationName: LocalisedText,
  status: z.string(),
  minimumAge: z.number().nullable(),
  maximumAge: z.number().nullable(),
  categories: z.array(z.string()),
  languages: z.array(z.string()),
  csecSpecialised: z.boolean(),
  intake24x7: z.boolean(),
  bedsAvailable: z.number().int().nullable(),
  bedsUpdatedAt: z.string().nullable(),
  certifications: z.array(PracticeCertifications).describe('Its practices, each with its current certifications'),
  phones: z.array(PhoneView).describe('Its telephones (HSDS phone), to call or text'),
});

export const ServiceSearchPage = z.object({
  totalItems: z.number().int(),
  totalPages: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  items: z.array(ServiceSummary),
});

export const PracticeOffered = z.object({
  id: z.string(),
  practice: z.enum(PRACTICE_IDS),
  clinicianName: z.string().nullable(),
  certifiedUntil: z.string().nullable().describe('The day the certification expires (YYYY-MM-DD)'),
  expired: z.boolean().describe('The certification expired before today'),
});

export const ScheduleView = z.object({
  id: z.string(),
  byday: z.string().nullable(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  description: LocalisedText.nullable(),
});

export const LocationView = z.object({
  id: z.string(),
  name: LocalisedText.nullable(),
  locationType: z.string(),
  confidential: z.boolean(),
  addresses: z.array(
    z.object({
      id: z.string(),
      address1: z.string(),
      address2: z.string().nullable(),
      city: z.string(),
      stateProvince: z.string(),
      postalCode: z.string(),
      country: z.string(),
    }),
  ),
});

export const ServiceDetail = ServiceSummary.extend({
  version: z.number().int(),
  description: LocalisedText.nullable(),
  eligibilityDescription: LocalisedText.nullable(),
  alert: LocalisedText.nullable(),
  url: z.string().nullable(),
  email: z.string().nullable(),
  agencyId: z.string().nullable().describe('The Harbor agency that receives referrals to this service'),
  areas: z.array(z.string()),
  servesAges11To17: z.boolean(),
  servesTransitionAge: z.boolean(),
  acceptsRunaway: z.boolean().nullable(),
  emergencyBeds: z.number().int().nullable(),
  practices: z.array(PracticeOffered),
  schedules: z.array(ScheduleView),
  locations: z.array(LocationView),
});

export const DirectoryIdParams = z.strictObject({ id: recordId });

// The editor's requests. Absent fields are left as they are; null clears an optional field.
const optionalText = (max: number) => multiline(z.string().trim().max(max)).nullable().optional();
const optionalLine = (max: number) => z.string().trim().max(max).nullable().optional();
const age = z.number().int().min(0).max(120).nullable().optional();

export const OrganizationFields = z.strictObject({
  name: oneLine(200).optional(),
  description: multiline(z.string().trim().min(1).max(4000)).optional(),
  email: z.email().max(254).nullable().optional(),
  website: z.url().max(500).nullable().optional(),
  agencyId: recordId.nullable().optional().describe('The Harbor agency that receives referrals for it'),
});
export const CreateOrganizationBody = OrganizationFields.required({ name: true, description: true });
export const UpdateOrganizationBody = OrganizationFields.extend({ version });

/**
 * HSDS 3.0's service status. A service is retired (no longer offered) by any status but active: it leaves the staff
 * search and cannot be referred to, and stays in the editor, the HSDS API and export (referrals keep pointing at it;
 * nothing of the directory is deleted).
 */
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const RETIRED_STATUSES = ['inactive', 'defunct', 'temporarily closed'] as const;

/** Retires an organisation: HSDS has no organisation status, so every service of it takes the status given. */
export const RetireOrganizationBody = z.strictObject({
  status: z.enum(RETIRED_STATUSES),
});

export const ServiceFields = z.strictObject({
  name: oneLine(200).optional(),
  description: optionalText(4000),
  status: z.enum(SERVICE_STATUSES).optional(),
  url: z.url().max(500).nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  eligibilityDescription: optionalText(2000),
  alert: optionalText(1000),
  minimumAge: age,
  maximumAge: age,
  categories: z.array(z.enum(HARBOR_CATEGORY_IDS)).max(HARBOR_CATEGORY_IDS.length).optional(),
  areas: z.array(oneLine(100)).max(50).optional().describe('Service area names'),
  languages: z.array(languageCode).max(30).optional().describe("Languages the service's staff speak"),
});
export const CreateServiceBody = ServiceFields.extend({ organizationId: recordId }).required({ name: true });
export const UpdateServiceBody = ServiceFields.extend({ version });

export const ProfileBody = z.strictObject({
  version: version.optional().describe("The profile's version (absent for a service without one yet)"),
  servesAges11To17: z.boolean().optional(),
  servesTransitionAge: z.boolean().optional(),
  csecSpecialised: z.boolean().optional(),
  intake24x7: z.boolean().optional(),
  acceptsRunaway: z.boolean().nullable().optional(),
  emergencyBeds: z.number().int().min(0).max(10_000).nullable().optional(),
});

export const BedsBody = z.strictObject({
  bedsAvailable: z.number().int().min(0).max(10_000).describe('Emergency beds free now'),
});

export const PracticeBody = z.strictObject({
  practice: z.enum(PRACTICE_IDS),
  clinicianName: optionalLine(200),
  certifiedUntil: z.iso.date().nullable().optional(),
});

export const LocationBody = z.strictObject({
  name: optionalLine(200),
  locationType: z.enum(['physical', 'postal', 'virtual']),
  confidential: z.boolean().default(false),
  address: z
    .strictObject({
      address1: oneLine(200),
      address2: optionalLine(200),
      city: oneLine(100),
      stateProvince: oneLine(50),
      postalCode: oneLine(20),
      country: z.string().regex(/^[A-Z]{2}$/),
    })
    .optional(),
});

export const PhoneBody = z.strictObject({
  number: oneLine(50),
  extension: z.number().int().min(0).max(99_999).nullable().optional(),
  type: z.enum(['voice', 'text', 'textphone', 'fax', 'cell', 'video', 'pager']).nullable().optional(),
  description: optionalLine(500),
});

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .describe('HH:MM, county time');
export const ScheduleBody = z.strictObject({
  byday: z
    .string()
    .regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/)
    .describe('Days of the week, e.g. MO,TU,WE'),
  opensAt: time,
  closesAt: time,
  description: optionalLine(500),
});

export const TRANSLATABLE_FIELDS = {
  organization: ['name', 'description'],
  service: ['name', 'description', 'eligibility_description', 'alert'],
  location: ['name', 'description'],
  phone: ['description'],
  schedule: ['description'],
} as const;
export type TranslatableEntity = keyof typeof TRANSLATABLE_FIELDS;

export const TranslationBody = z.strictObject({
  entity: z.enum(['organization', 'service', 'location', 'phone', 'schedule']),
  entityId: recordId,
  field: z.enum(['name', 'description', 'eligibility_description', 'alert']),
  language: z.literal('es'),
  text: multiline(z.string().trim().min(1).max(4000)),
  reviewed: z.boolean().describe('true: the text was reviewed by the caller (recorded with the time)'),
});

export const ChangeHistoryQuery = z.strictObject({
  entity: z.enum(['organization', 'service', 'location', 'phone', 'schedule', 'practice', 'profile', 'translation']),
  id: recordId,
});

export const ChangeEntry = z.object({
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  changedBy: z.string().nullable().describe("The editor's name (null: the command line or a shipped entry)"),
  changedAt: z.string(),
});
export const ChangeHistory = z.object({ items: z.array(ChangeEntry) });

// Changes to a part of a service, at the version read: absent fields are left as they are.
export const UpdatePhoneBody = PhoneBody.partial().extend({ version });
export const UpdateScheduleBody = ScheduleBody.partial().extend({ version });
export const UpdatePracticeBody = PracticeBody.partial().extend({ version });
export const UpdateLocationBody = z.strictObject({
  version,
  name: optionalLine(200),
  locationType: z.enum(['physical', 'postal', 'virtual']).optional(),
  confidential: z.boolean().optional(),
});
