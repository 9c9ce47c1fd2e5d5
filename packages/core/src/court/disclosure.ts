import type { AgencyKind } from '../access/agencies.js';
import type { FieldClass } from '../access/fields.js';
import { checkSharingBasis, type LegalBasis, type SharingBasis, type SharingRefusal } from '../referral/sharing.js';

/**
 * What a court may receive about a youth, in the field classes of access/fields.ts.
 *
 * Court-relevant classes: identity (whom the court hears) and protocol (the program, its phases, hearings, the
 * response log, attendance and compliance). A court liaison reads court records in these classes only; contact,
 * safety and clinical content stay with the care team.
 */
export const COURT_RELEVANT_CLASSES = ['identity', 'protocol'] as const satisfies readonly FieldClass[];

/** The classes a court liaison sees on a court record: what they would see anyway, limited to the court-relevant. */
export function courtLiaisonClasses(visible: ReadonlySet<FieldClass>): Set<FieldClass> {
  return new Set(COURT_RELEVANT_CLASSES.filter((c) => visible.has(c)));
}

/**
 * The classes a progress report may carry to the court, by the legal basis of the disclosure (the bases of
 * referral/sharing.ts; FACTS.md, "Information sharing" and "Minors' own consent"):
 * - wic_827: the court-relevant classes (a juvenile case file is open to the court and the MDT, W&I 827(a)(1));
 * - mdt_18961_7: the same, within the MDT's window;
 * - court_order: the court-relevant classes and the youth's placement (contact), as ordered (JV-570, CRC 5.552);
 * - youth_consent, caregiver_consent: the court-relevant classes and treatment progress (clinical): a youth 12 or
 *   older who consented to their own outpatient mental-health care decides who learns of it (Family Code 6924);
 * - override: never for a court (no basis, no disclosure).
 */
export const COURT_BASIS_CLASSES: Readonly<Record<LegalBasis, readonly FieldClass[]>> = {
  wic_827: COURT_RELEVANT_CLASSES,
  mdt_18961_7: COURT_RELEVANT_CLASSES,
  court_order: [...COURT_RELEVANT_CLASSES, 'contact'],
  youth_consent: [...COURT_RELEVANT_CLASSES, 'clinical'],
  caregiver_consent: [...COURT_RELEVANT_CLASSES, 'clinical'],
  override: [],
};

export type CourtBasisRefusal = SharingRefusal | 'court.basis.overrideNotAllowed' | 'court.basis.consentRequired';

/** Whether the basis allows a disclosure to the court at `now` (referral/sharing.ts's checks, and no override). */
export function checkCourtBasis(
  basis: SharingBasis & { consentBy?: string | null },
  now: Date,
): CourtBasisRefusal | null {
  if (basis.basis === 'override') return 'court.basis.overrideNotAllowed';
  if ((basis.basis === 'youth_consent' || basis.basis === 'caregiver_consent') && !basis.consentBy?.trim()) {
    return 'court.basis.consentRequired';
  }
  return checkSharingBasis(basis, now);
}

/** One section of an agency's progress report, of one field class. */
export interface ReportSection {
  id: string;
  fieldClass: FieldClass;
}

/** The sections each kind of agency writes (STAR's MDT: probation, advocates, DMH; DREAM adds child welfare). */
export const REPORT_SECTIONS: Readonly<Record<AgencyKind, readonly ReportSection[]>> = {
  probation: [
    { id: 'compliance', fieldClass: 'protocol' },
    { id: 'school', fieldClass: 'protocol' },
    { id: 'contacts', fieldClass: 'protocol' },
  ],
  mental_health: [
    { id: 'attendance', fieldClass: 'protocol' },
    { id: 'treatment_progress', fieldClass: 'clinical' },
  ],
  health: [
    { id: 'attendance', fieldClass: 'protocol' },
    { id: 'treatment_progress', fieldClass: 'clinical' },
  ],
  child_welfare: [
    { id: 'placement', fieldClass: 'contact' },
    { id: 'services', fieldClass: 'protocol' },
  ],
  advocacy: [
    { id: 'contacts', fieldClass: 'protocol' },
    { id: 'youth_goals', fieldClass: 'protocol' },
  ],
  other: [{ id: 'summary', fieldClass: 'protocol' }],
  court: [],
  sheriff: [],
  police: [],
};

/**
 * The sections an agency's report carries to the court: its kind's sections whose class both the basis allows and
 * the author may see (an author never writes into a report what they may not read).
 */
export function reportSectionsFor(
  agencyKind: string,
  basis: LegalBasis,
  authorClasses: ReadonlySet<FieldClass>,
): ReportSection[] {
  const sections = (REPORT_SECTIONS as Record<string, readonly ReportSection[] | undefined>)[agencyKind] ?? [];
  const allowed = new Set(COURT_BASIS_CLASSES[basis]);
  return sections.filter((s) => allowed.has(s.fieldClass) && authorClasses.has(s.fieldClass));
}

/** Progress report statuses: written and edited by its author, signed (then fixed), sent to the court. */
export const PROGRESS_REPORT_STATUSES = ['draft', 'signed', 'sent'] as const;
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

export const PROGRESS_REPORT_NEXT: Readonly<Record<ProgressReportStatus, ProgressReportStatus | null>> = {
  draft: 'signed',
  signed: 'sent',
  sent: null,
};
