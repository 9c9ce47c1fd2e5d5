import type { Permission } from './roles.js';

/**
 * Field-level rules on a youth's record. Every field of a youth's data belongs to one class; a
 * user on the care team sees the classes their permissions open:
 * - identity: names, date of birth, agency identifiers (whoever may read the youth's record);
 * - protocol: what the first-responder protocol and mandated reports need (whoever may read the record);
 * - contact: addresses, phones, placement (direct-service roles, not law enforcement);
 * - clinical: clinical notes and mental-health content (clinicians and health providers only).
 */
export const FIELD_CLASSES = ['identity', 'protocol', 'contact', 'clinical'] as const;
export type FieldClass = (typeof FIELD_CLASSES)[number];

/** The field classes a role may see, given the permissions its role holds. */
export function visibleFieldClasses(role: string, permissions: ReadonlySet<Permission>): Set<FieldClass> {
  const visible = new Set<FieldClass>();
  if (!permissions.has('youth.read')) return visible;
  visible.add('identity');
  visible.add('protocol');
  if (role !== 'law_enforcement') visible.add('contact');
  if (permissions.has('clinical_notes.read')) visible.add('clinical');
  return visible;
}

/** Keeps only the fields whose class is visible; a field without a class is never shown. */
export function pickVisibleFields<T extends Record<string, unknown>>(
  record: T,
  classes: Readonly<Partial<Record<keyof T & string, FieldClass>>>,
  visible: ReadonlySet<FieldClass>,
): Partial<T> {
  const out: Partial<T> = {};
  for (const [field, value] of Object.entries(record) as [keyof T & string, T[keyof T & string]][]) {
    const fieldClass = classes[field];
    if (fieldClass !== undefined && visible.has(fieldClass)) out[field] = value;
  }
  return out;
}

// ---- The youth record ----------------------------------------------------------------------------------------------

/** How a youth describes their gender (the youth's own words go in pronouns). */
export const GENDER_IDENTITIES = ['girl', 'boy', 'transgender', 'nonbinary', 'another', 'not_disclosed'] as const;
export type GenderIdentity = (typeof GENDER_IDENTITIES)[number];

/** Where a youth lives now. */
export const PLACEMENT_KINDS = [
  'home_parent',
  'relative',
  'foster_home',
  'group_home_strtp',
  'shelter',
  'homeless_runaway',
  'detention',
  'other',
] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** Numbers other agencies know a youth by (a DCFS case, a probation or court number). */
export const IDENTIFIER_KINDS = ['dcfs_case', 'probation', 'court', 'other'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * The class of every field of a youth's record. A reader sees, and a writer may change, only the fields of the
 * classes visibleFieldClasses opens; the record's id, version, times and the reason for access are not data about
 * the youth and always accompany a record the caller may open.
 */
export const YOUTH_FIELD_CLASSES = {
  legalName: 'identity',
  namesUsed: 'identity',
  dateOfBirth: 'identity',
  estimatedAge: 'identity',
  ageEstimatedOn: 'identity',
  genderIdentity: 'identity',
  pronouns: 'identity',
  identifiers: 'identity',
  preferredLanguage: 'protocol',
  placement: 'contact',
  contacts: 'contact',
} as const satisfies Record<string, FieldClass>;
export type YouthField = keyof typeof YOUTH_FIELD_CLASSES;
export const YOUTH_FIELDS = Object.keys(YOUTH_FIELD_CLASSES) as YouthField[];
