import type { AgencyKind } from './agencies.js';
import type { YouthAccess } from './need-to-know.js';
import type { Permission, Role } from './roles.js';

/**
 * Field-level rules. Every value Harbor holds about a youth belongs to one class; a reader sees the classes that their
 * role, their agency's kind, their permissions and their relation to the record open (docs/security.md has the table):
 * - identity: names, date of birth, agency identifiers, gender, pronouns (whoever may read the youth's records);
 * - protocol: what the first-responder protocol needs: steps, owners, due times, levels of concern and their reasons,
 *   screening answers that are not clinical (whoever may read the youth's records);
 * - contact: addresses, phones, placement (direct-service roles; not law enforcement, whose agencies receive what the
 *   protocol needs and nothing more);
 * - safety: the crisis plan (safe people with their phones, safe places, warning signs): the people who act on it with
 *   the youth (clinical, child-welfare, probation and advocacy staff), not law enforcement or the court;
 * - clinical: mental-health and health content: answers about suicide and self-harm, sexual health, substance use,
 *   the free-text observations, clinical step notes. Only roles holding `clinical_notes.read` in agencies that give
 *   care (mental health, health). Minors' own-consent services are confidential (Family Code 6924-6929, Health and
 *   Safety Code 124260; W&I 5328 for mental-health records);
 * - mandated_report: the reporter's identity and the content of a mandated report (telephone report worker and
 *   referral number, the SS 8572): confidential (PC 11167(d), 11167.5). Seen by the reporter, the supervisors of the
 *   reporter's agency and child welfare (which receives the report); everyone else sees that a report was made and
 *   when.
 *
 * Whoever wrote a value always sees it (a reporter sees in their own report what PC 11167(a) requires it to hold,
 * whatever their role; a deputy sees the answers of the brief screen they completed).
 */
export const FIELD_CLASSES = ['identity', 'protocol', 'contact', 'safety', 'clinical', 'mandated_report'] as const;
export type FieldClass = (typeof FIELD_CLASSES)[number];

/** The classes a youth's own record (the youth page) holds. */
export const YOUTH_RECORD_FIELD_CLASSES = ['identity', 'protocol', 'contact'] as const satisfies readonly FieldClass[];

/** The most each role may see (clinical also needs the `clinical_notes.read` permission, which is data). */
export const ROLE_FIELD_CLASSES: Readonly<Record<Role, readonly FieldClass[]>> = {
  admin: [],
  analyst: [],
  trainer: [],
  supervisor: ['identity', 'protocol', 'contact', 'safety', 'clinical'],
  clinician: ['identity', 'protocol', 'contact', 'safety', 'clinical'],
  health_provider: ['identity', 'protocol', 'contact', 'safety', 'clinical'],
  social_worker: ['identity', 'protocol', 'contact', 'safety'],
  probation_officer: ['identity', 'protocol', 'contact', 'safety'],
  advocate: ['identity', 'protocol', 'contact', 'safety'],
  court_liaison: ['identity', 'protocol', 'contact'],
  law_enforcement: ['identity', 'protocol'],
};

/**
 * The most anyone of an agency of this kind may see, whatever their role: a sheriff's supervisor sees what the
 * sheriff's deputies see, not more (field classes follow the agency as well as the role).
 */
export const AGENCY_FIELD_CLASSES: Readonly<Record<AgencyKind, readonly FieldClass[]>> = {
  mental_health: ['identity', 'protocol', 'contact', 'safety', 'clinical'],
  health: ['identity', 'protocol', 'contact', 'safety', 'clinical'],
  child_welfare: ['identity', 'protocol', 'contact', 'safety'],
  probation: ['identity', 'protocol', 'contact', 'safety'],
  advocacy: ['identity', 'protocol', 'contact', 'safety'],
  other: ['identity', 'protocol', 'contact', 'safety'],
  court: ['identity', 'protocol', 'contact'],
  sheriff: ['identity', 'protocol'],
  police: ['identity', 'protocol'],
};

/** Who is reading, as the field rules need it. */
export interface FieldViewer {
  userId: string;
  role: string;
  agencyId: string;
  agencyKind: string;
  permissions: ReadonlySet<Permission>;
}

/** Who made a mandated report (the reporter), when a view holds one. */
export interface ReportOrigin {
  reporterUserId: string;
  reporterAgencyId: string;
}

const isKnown = <K extends string>(table: Readonly<Record<K, unknown>>, key: string): key is K =>
  Object.hasOwn(table, key);

/**
 * The field classes a viewer sees on one youth's records, given why they may read them (`access`: care team, agency
 * supervisor, break-glass, or the creator of a record not linked to a youth yet) and, when the view holds a mandated
 * report, who made it. Pure: the server feeds it rows, the tests feed it tables.
 */
export function visibleFieldClasses(
  viewer: FieldViewer,
  access: YouthAccess | 'creator' | null,
  report?: ReportOrigin,
): Set<FieldClass> {
  const visible = new Set<FieldClass>();
  if (access === null || !viewer.permissions.has('youth.read')) return visible;
  const byRole = isKnown(ROLE_FIELD_CLASSES, viewer.role) ? ROLE_FIELD_CLASSES[viewer.role] : [];
  const byAgency = new Set<FieldClass>(
    isKnown(AGENCY_FIELD_CLASSES, viewer.agencyKind) ? AGENCY_FIELD_CLASSES[viewer.agencyKind] : [],
  );
  for (const fieldClass of byRole) {
    if (!byAgency.has(fieldClass)) continue;
    if (fieldClass === 'clinical' && !viewer.permissions.has('clinical_notes.read')) continue;
    visible.add(fieldClass);
  }
  if (report && seesMandatedReport(viewer, access, report)) visible.add('mandated_report');
  return visible;
}

/**
 * PC 11167(d) and 11167.5: the reporter's identity and the report are confidential. The reporter sees their own
 * report; so do the supervisors of the reporter's agency and child welfare, which receives it (not through a
 * break-glass visit). Everyone else learns that a report was made and when.
 */
export function seesMandatedReport(
  viewer: FieldViewer,
  access: YouthAccess | 'creator' | null,
  report: ReportOrigin,
): boolean {
  if (viewer.userId === report.reporterUserId) return true;
  // A break-glass visitor, a receiving agency of a referral and a reader by an MDT disclosure never see a mandated
  // report's content.
  if (
    access === null ||
    access === 'break_glass' ||
    access === 'referral' ||
    access === 'mdt_disclosure' ||
    !viewer.permissions.has('youth.read')
  ) {
    return false;
  }
  if (viewer.role === 'supervisor' && viewer.agencyId === report.reporterAgencyId) return true;
  return viewer.agencyKind === 'child_welfare' && (viewer.role === 'social_worker' || viewer.role === 'supervisor');
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
