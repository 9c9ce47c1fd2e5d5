import type { FieldClass } from '../access/fields.js';

/**
 * Why the referrer may share a youth's information with the receiving agency (FACTS.md, "Information sharing" and
 * "Minors' own consent"):
 * - youth_consent: the youth agreed (a youth 12 or older consents to outpatient mental health and shelter services
 *   themselves, Family Code 6924, Health and Safety Code 124260);
 * - caregiver_consent: a parent or legal guardian agreed;
 * - court_order: a court ordered or authorised it;
 * - mdt_18961_7: a child abuse multidisciplinary team exchanges confidential information for 30 days after a report,
 *   longer for good cause (W&I 18961.7): the window is recorded and a referral sent outside it is refused;
 * - wic_827: the receiving agency is among the persons W&I 827(a)(1) lets inspect a juvenile case file (an MDT member,
 *   a treatment or supervision provider);
 * - override: none of these, with a recorded reason (audited; a supervisor reviews it).
 */
export const LEGAL_BASES = [
  'youth_consent',
  'caregiver_consent',
  'court_order',
  'mdt_18961_7',
  'wic_827',
  'override',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** W&I 18961.7: a child abuse MDT shares for 30 days after the report, unless good cause extends the window. */
export const MDT_WINDOW_DAYS = 30;
const DAY_MS = 24 * 3600_000;

/** The end of an MDT's window: 30 days after the report, or the extended end recorded with its good cause. */
export function mdtWindowEnd(reportedAt: Date, extendedUntil?: Date | null): Date {
  const end = new Date(reportedAt.getTime() + MDT_WINDOW_DAYS * DAY_MS);
  return extendedUntil && extendedUntil > end ? extendedUntil : end;
}

export interface SharingBasis {
  basis: LegalBasis;
  /** mdt_18961_7: when the report was made. */
  mdtReportedAt?: Date | null;
  /** mdt_18961_7: the end of a window extended for good cause (with its reason). */
  mdtExtendedUntil?: Date | null;
  mdtGoodCause?: string | null;
  /** override: why the information is shared without another basis. */
  overrideReason?: string | null;
  /** court_order: the order's number or date, as written on it. */
  courtOrderReference?: string | null;
}

export type SharingRefusal =
  | 'referral.basis.mdtReportRequired'
  | 'referral.basis.mdtReportInFuture'
  | 'referral.basis.mdtOutsideWindow'
  | 'referral.basis.mdtGoodCauseRequired'
  | 'referral.basis.overrideReasonRequired'
  | 'referral.basis.courtOrderRequired';

/** Whether the basis allows sharing at `now` (the moment the referral is sent); the reason as a message key if not. */
export function checkSharingBasis(basis: SharingBasis, now: Date): SharingRefusal | null {
  switch (basis.basis) {
    case 'mdt_18961_7': {
      if (!basis.mdtReportedAt) return 'referral.basis.mdtReportRequired';
      if (basis.mdtReportedAt > now) return 'referral.basis.mdtReportInFuture';
      if (basis.mdtExtendedUntil && !basis.mdtGoodCause?.trim()) return 'referral.basis.mdtGoodCauseRequired';
      return now <= mdtWindowEnd(basis.mdtReportedAt, basis.mdtExtendedUntil)
        ? null
        : 'referral.basis.mdtOutsideWindow';
    }
    case 'override':
      return basis.overrideReason?.trim() ? null : 'referral.basis.overrideReasonRequired';
    case 'court_order':
      return basis.courtOrderReference?.trim() ? null : 'referral.basis.courtOrderRequired';
    default:
      return null;
  }
}

/**
 * The parts of a youth's record a referral may share, each a record type with the field classes it opens (the field
 * classes of access/fields.ts): the gate lets the receiving agency read only these record types, and only these
 * classes of them, while the referral is open. Identity is always shared: the agency must know whom it serves.
 */
export const REFERRAL_SECTIONS = {
  /** Names, date of birth or age, gender, pronouns, preferred language (the youth record's identity and protocol). */
  identity: { recordType: 'youth', classes: ['identity', 'protocol'] },
  /** Placement, addresses and phones (the youth record's contact class). */
  contact: { recordType: 'youth', classes: ['contact'] },
  /** Screenings: levels of concern and their reasons, the answers that are not clinical. */
  screenings: { recordType: 'screening', classes: ['identity', 'protocol'] },
  /** The clinical answers of the screenings (suicide and self-harm, sexual health, substance use, observations). */
  screening_clinical: { recordType: 'screening', classes: ['clinical'] },
  /** The protocol response: its steps, owners and times (not its clinical notes, not the crisis plan). */
  response: { recordType: 'response', classes: ['identity', 'protocol'] },
  /** The crisis plan of the response: safe people and places, warning signs. */
  safety_plan: { recordType: 'response', classes: ['safety'] },
  /** Clinical notes of the response's steps. */
  clinical_notes: { recordType: 'response', classes: ['clinical'] },
} as const satisfies Record<string, { recordType: string; classes: readonly FieldClass[] }>;
export type ReferralSection = keyof typeof REFERRAL_SECTIONS;
export const REFERRAL_SECTION_NAMES = Object.keys(REFERRAL_SECTIONS) as ReferralSection[];

/** The record type of the referral itself, which its receiving agency reads while it is open. */
export const REFERRAL_RECORD_TYPE = 'referral';

/** What the referral itself shows its receiving agency: who, why, how urgent, how to reach the youth safely. */
const REFERRAL_OWN_CLASSES: readonly FieldClass[] = ['identity', 'protocol', 'contact'];

/**
 * The field classes a referral's sections open on a record type (empty: the record type is not shared, and the gate
 * answers 404). Pure: the gate asks it with the sections of the open referrals to the reader's agency.
 */
export function sharedFieldClasses(sections: readonly string[], recordType: string): Set<FieldClass> {
  const classes = new Set<FieldClass>();
  if (recordType === REFERRAL_RECORD_TYPE) {
    for (const c of REFERRAL_OWN_CLASSES) classes.add(c);
    return classes;
  }
  for (const name of sections) {
    const section = (REFERRAL_SECTIONS as Record<string, { recordType: string; classes: readonly FieldClass[] }>)[name];
    if (section?.recordType === recordType) for (const c of section.classes) classes.add(c);
  }
  return classes;
}

/** The sections as stored: identity always, each once, in the list's order. */
export function normaliseSections(sections: readonly ReferralSection[]): ReferralSection[] {
  const chosen = new Set<ReferralSection>(['identity', ...sections]);
  return REFERRAL_SECTION_NAMES.filter((name) => chosen.has(name));
}
