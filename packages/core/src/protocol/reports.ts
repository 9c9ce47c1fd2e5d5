import { HOTLINE_LIST, type HotlineEntry } from '../directory/hotlines.js';
import { type AgeOnDay, refusesAction } from './sb1322.js';

/**
 * Mandated reporting and SB 1322, as data and small checks (sources: ../shared/domain/FACTS.md — PC 11166, 11167,
 * SB 1322 (Statutes of 2016, in force 1 January 2017), the DCFS Child Protection Hotline).
 */

/** The hotline's referral number without its spaces and dashes. */
export function normaliseReferralNumber(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The DCFS Child Protection Hotline gives the reporter a 19-digit referral number. */
export function isValidReferralNumber(text: string): boolean {
  return /^\d{19}$/.test(normaliseReferralNumber(text));
}

/**
 * What the DCFS Child Protection Hotline decides on a report (LA County; ../shared/domain/FACTS.md, corrections of
 * 2026-12-01): an Immediate Response (a social worker in person within 24 hours), a Five-Day Response, Evaluated Out,
 * Information to CSW (passed to the child's social worker) or Consultation. A report to law enforcement gets no hotline
 * disposition. 'referred_law_enforcement' and 'other' remain for reports recorded before this list.
 */
export const HOTLINE_DISPOSITIONS = [
  'immediate',
  'five_day',
  'evaluated_out',
  'information_to_csw',
  'consultation',
  'referred_law_enforcement',
  'other',
] as const;
export type HotlineDisposition = (typeof HOTLINE_DISPOSITIONS)[number];

/** The dispositions a person chooses from now (the hotline's list; a report to police has none). */
export const CHOSEN_DISPOSITIONS = [
  'immediate',
  'five_day',
  'evaluated_out',
  'information_to_csw',
  'consultation',
] as const satisfies readonly HotlineDisposition[];

/** The hotline gives its 19-digit referral number only for these (FACTS.md): no number is asked for the others. */
export function dispositionGivesReferral(disposition: string): boolean {
  return (REFERRAL_DISPOSITIONS as readonly string[]).includes(disposition);
}

/** The dispositions for which the hotline gives a referral number. */
export const REFERRAL_DISPOSITIONS = ['immediate', 'five_day', 'evaluated_out'] as const;

/** isValidReferralNumber as a JSON Schema pattern: 19 digits, spaces and dashes anywhere (or nothing, when none is due). */
export const REFERRAL_NUMBER_PATTERN = '^(?:[\\s-]*(?:\\d[\\s-]*){19}|\\s*)$';

/** The clock a disposition starts for DCFS: an in-person response within 24 hours, or within five days. */
export function dispositionResponseMinutes(disposition: string): number | null {
  if (disposition === 'immediate') return 24 * 60;
  if (disposition === 'five_day') return 5 * 24 * 60;
  return null;
}

export interface Hotline {
  id: string;
  name: { en: string; es: string };
  /** As shown. */
  number: string;
  /** For a tel: link. */
  tel: string;
}

/**
 * The ids the protocol, the help pages and the public site name the lines to call by: each a line of the directory's
 * one list (directory/hotlines.ts) and, in order, its numbers that are dialled (not its text numbers).
 */
const DIALLED: Record<string, readonly string[]> = {
  dcfs_child_protection_hotline: ['dcfs_child_protection_hotline', 'dcfs_out_of_state', 'dcfs_tdd'],
  national_human_trafficking_hotline: ['national_human_trafficking_hotline'],
  la_metro_taskforce: ['la_metro_taskforce'],
  lifeline_988: ['988'],
  lacdmh_access: ['lacdmh_access'],
};

function dialled(entry: HotlineEntry): Hotline[] {
  const ids = DIALLED[entry.id] ?? [];
  const numbers = entry.numbers.filter((n) => n.type !== 'text');
  return numbers.slice(0, ids.length).map((n, i) => {
    const suffix = (locale: 'en' | 'es') =>
      n.label ? `, ${n.label[locale]}` : entry.hours === '24_7' ? ' (24/7)' : '';
    return {
      id: ids[i] as string,
      name: { en: `${entry.name.en}${suffix('en')}`, es: `${entry.name.es}${suffix('es')}` },
      number: n.display,
      tel: n.tel,
    };
  });
}

/** Every number to dial, by the protocol's ids, taken from the directory's one list of hotlines (never typed twice). */
export const HOTLINES: readonly Hotline[] = HOTLINE_LIST.flatMap(dialled);

/** SB 1322 (Stats. 2016, in force 1 January 2017): no arrest or charge of a minor under these code sections. */
export const CHARGES_NOT_FOR_MINORS = ['PC 647(b)', 'PC 653.22'] as const;

/**
 * Whether Harbor refuses to record this arrest or charge now: prostitution or loitering with intent (PC 647(b),
 * 653.22) when the youth is under 18 or the age is not known (SB 1322), and PC 653.22 for anyone (repealed by SB 357,
 * in force 1 January 2023). The code is found wherever and however it is written (sb1322.ts); the server decides
 * with the age on the record at the day of the conduct (refusesAction).
 */
export function refusesCharge(code: string, ageYears: number | null): boolean {
  const age: AgeOnDay = ageYears === null ? { basis: 'unknown' } : { basis: 'date_of_birth', years: ageYears };
  return refusesAction(code, age) !== null;
}

/**
 * What the written follow-up report (SS 8572) holds, in the form's order: what Penal Code 11167(a) requires of a
 * report. Shared by the server (which fills and prints it) and the web app (which edits it). PC 11167(a) lists, "if
 * known", the child's name, address, present location and school, grade and class; the parents' or guardians'
 * names, addresses and telephone numbers; and the name, address, telephone number and other relevant information of
 * the person or persons who might have abused the child. For a commercially sexually exploited child the exploiter's
 * street name, vehicle and online accounts are that other relevant information (and often the most useful part of
 * the report), so each has its own field. Fields added later are empty in reports saved before them.
 */
export const WRITTEN_REPORT_SECTIONS = [
  { id: 'reporter', fields: ['reporterName', 'reporterCapacity', 'reporterBusinessAddress', 'reporterPhone'] },
  {
    id: 'child',
    fields: [
      'childName',
      'childBirthDate',
      'childAddress',
      'childPresentLocation',
      'childSchool',
      'childGradeClass',
      'parents',
      'guardians',
    ],
  },
  {
    id: 'suspect',
    fields: [
      'suspectName',
      'suspectStreetName',
      'suspectAddress',
      'suspectPhone',
      'suspectVehicle',
      'suspectOnline',
      'suspectOther',
    ],
  },
  { id: 'suspicion', fields: ['suspicionBasis', 'suspicionSource', 'incident', 'telephoneReport'] },
] as const;
export type WrittenReportSection = (typeof WRITTEN_REPORT_SECTIONS)[number]['id'];
export type WrittenReportField = (typeof WRITTEN_REPORT_SECTIONS)[number]['fields'][number];

/** Every field, in the form's order; each report part (a heading in the form, its review and the PDF) in turn. */
export const WRITTEN_REPORT_FIELDS: readonly WrittenReportField[] = WRITTEN_REPORT_SECTIONS.flatMap((s) => s.fields);
