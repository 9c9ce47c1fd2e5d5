import { toZonedInput } from './clock.js';

/**
 * SB 1322 (Statutes of 2016, in force 1 January 2017) and SB 357 (Statutes of 2022, in force 1 January 2023), as pure rules (sources: ../shared/domain/FACTS.md, "Corrections and additions").
 *
 * - SB 1322 amended PC 647(b) and 653.22 so that they do not apply to a person under 18 who engaged in the conduct
 *   to receive money or other consideration: an officer does not arrest, cite or charge a minor under them.
 * - SB 357 repealed PC 653.22 (loitering with the intent to commit prostitution) for everyone from 1 January 2023.
 * - PC 236.14: a survivor may ask the court to vacate arrests and convictions for these offences and to seal the
 *   records: so an earlier arrest is kept, not refused.
 *
 * Where the law leaves a choice, these rules take the reading that protects the youth: an unknown age is a minor's,
 * an estimated age below 20 may be a minor's, and a code is matched wherever and however it is written.
 */

/** The sections SB 1322 covers. */
export const SB1322_SECTIONS = ['647(b)', '653.22'] as const;
export type Sb1322Section = (typeof SB1322_SECTIONS)[number];

/** SB 1322 (Stats. 2016) in force. */
export const SB1322_IN_FORCE = '2017-01-01';
/** SB 357 (Stats. 2022) repealed PC 653.22 from this day, for adults and minors alike. */
export const PC_653_22_REPEALED = '2023-01-01';

// PC 647(b): "647" not part of a longer number (1647, 647.6, 6470), then subdivision b however written:
// "647(b)", "647 (b)", "647b", "647-b", "647, subd. (b)", "647 subdivision (b)"; never 647(a), 647(f) ...
const PC_647_B =
  /(?<!\d)(?<!\d\.)647\s*(?:,\s*)?(?:(?:subd(?:ivision)?|sub|subsec(?:tion)?)\.?\s*)?[-–]?\s*(?:\(\s*b\s*\)|b(?![a-z]))/u;
// PC 653.22 and any of its subdivisions: "653.22", "653.22(a)", "653 . 22"; never 653.2, 653.23, 1653.22, 653.221.
const PC_653_22 = /(?<!\d)(?<!\d\.)653\s*\.?\s*22(?![\d])/u;
// The offences by name, in English and Spanish (a charge is often written in words).
const PROSTITUTION_WORDS = /prostitut|prostituc|prostituir/u;
const LOITERING_WORDS =
  /loiter\w*\s+(?:with\s+)?(?:the\s+)?intent|merode\w*\s+con\s+(?:la\s+)?intenci[oó]n|vagancia\s+con\s+(?:la\s+)?intenci[oó]n/u;

/**
 * The SB 1322 sections a charge names, wherever in the text and however written ("P.C. 647(b)", "Pen. Code
 * 647(b)", "Cal. Penal Code § 647(b)", "653.22(a)", a count inside a longer charge, a list of counts, or the offence
 * by name: prostitution, solicitation of prostitution, loitering with intent). Empty when it names neither.
 */
export function sb1322Sections(text: string): Sb1322Section[] {
  const t = text.normalize('NFKC').toLowerCase();
  const found: Sb1322Section[] = [];
  if (PC_647_B.test(t) || PROSTITUTION_WORDS.test(t)) found.push('647(b)');
  if (PC_653_22.test(t) || LOITERING_WORDS.test(t)) found.push('653.22');
  return found;
}

/** What Harbor knows of a youth's age on a day: from the date of birth, from an estimate, or nothing. */
export type AgeOnDay =
  | { basis: 'date_of_birth'; years: number }
  | { basis: 'estimate'; years: number }
  | { basis: 'unknown' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole years from one calendar day to another ("2011-12-01" to "2026-12-01" is 15); negative when backwards. */
export function wholeYearsBetween(from: string, to: string): number {
  const a = DAY.exec(from);
  const b = DAY.exec(to);
  if (!a || !b) return Number.NaN;
  const [ay, am, ad] = a.slice(1).map(Number) as [number, number, number];
  const [by, bm, bd] = b.slice(1).map(Number) as [number, number, number];
  if (from > to) return -wholeYearsBetween(to, from);
  let years = by - ay;
  if (bm < am || (bm === am && bd < ad)) years -= 1;
  return years;
}

/** Today's date in the county's zone ("YYYY-MM-DD"), the day an action is taken on unless told otherwise. */
export function countyDate(now: Date, timeZone: string): string {
  return toZonedInput(now, timeZone).slice(0, 10);
}

/**
 * The youth's age on the day of the conduct (a calendar day in the county), from the record: the date of birth
 * first, else the estimate moved by the whole years between the day it was made and that day (an estimate without
 * its day is taken as it is), else unknown.
 */
export function ageOnDay(
  youth: { dateOfBirth?: string | null; estimatedAge?: number | null; ageEstimatedOn?: string | null },
  day: string,
): AgeOnDay {
  if (youth.dateOfBirth) {
    const years = wholeYearsBetween(youth.dateOfBirth.slice(0, 10), day);
    if (Number.isFinite(years)) return { basis: 'date_of_birth', years };
  }
  if (youth.estimatedAge !== null && youth.estimatedAge !== undefined) {
    const moved = youth.ageEstimatedOn ? wholeYearsBetween(youth.ageEstimatedOn.slice(0, 10), day) : 0;
    return { basis: 'estimate', years: youth.estimatedAge + (Number.isFinite(moved) ? moved : 0) };
  }
  return { basis: 'unknown' };
}

/** An estimate this far below 18 or closer may still be a minor's: an estimate below 20 counts as a minor's. */
export const ESTIMATE_MARGIN_YEARS = 2;

/**
 * Whether the youth may have been a minor that day (SB 1322 protects a person under 18): an age from the date of
 * birth below 18, an estimate below 20 (estimates are often years off), or an unknown age (a person whose age nobody
 * knows is treated as a minor until shown otherwise).
 */
export function possiblyMinor(age: AgeOnDay): boolean {
  if (age.basis === 'unknown') return true;
  if (age.basis === 'estimate') return age.years < 18 + ESTIMATE_MARGIN_YEARS;
  return age.years < 18;
}

/** Why Harbor refuses an action an officer is taking now, or null when it does not. */
export type ActionRefusal =
  | { rule: 'sb1322_minor'; sections: Sb1322Section[] }
  | { rule: 'pc653_22_repealed'; sections: Sb1322Section[] };

/**
 * An arrest, citation or charge the officer is taking now. Refused (and explained) when it names PC 647(b) or
 * 653.22 and the youth may have been a minor on the day of the conduct (SB 1322); refused for anyone when it names
 * PC 653.22, repealed by SB 357 (in force 1 January 2023: nobody is arrested or charged under it now).
 */
export function refusesAction(code: string, age: AgeOnDay): ActionRefusal | null {
  const sections = sb1322Sections(code);
  if (sections.length === 0) return null;
  if (possiblyMinor(age)) return { rule: 'sb1322_minor', sections };
  if (sections.includes('653.22')) return { rule: 'pc653_22_repealed', sections };
  return null;
}

/** Why a recorded earlier arrest or charge was unlawful when it was made, or null. */
export type UnlawfulArrest = { rule: 'sb1322_minor' | 'pc653_22_repealed'; sections: Sb1322Section[] };

/**
 * An earlier arrest, citation or charge (by any agency) is kept; it was unlawful, and someone must act on it, when
 * it named PC 647(b) or 653.22 and the youth may have been a minor on that day, on or after SB 1322 took effect
 * (1 January 2017), or when it named PC 653.22 on or after its repeal (1 January 2023), whatever the age.
 * Earlier ones are kept too: PC 236.14 vacatur and sealing, and W&I 18259.3's presumption, reach them.
 */
export function unlawfulArrest(code: string, age: AgeOnDay, on: string): UnlawfulArrest | null {
  const sections = sb1322Sections(code);
  if (sections.length === 0) return null;
  if (on >= SB1322_IN_FORCE && possiblyMinor(age)) return { rule: 'sb1322_minor', sections };
  if (sections.includes('653.22') && on >= PC_653_22_REPEALED) return { rule: 'pc653_22_repealed', sections };
  return null;
}

/** Whether the record may matter to vacatur and sealing (PC 236.14): it names one of these sections. */
export function relevantToVacatur(code: string): boolean {
  return sb1322Sections(code).length > 0;
}
