import type { PlacementKind } from '../access/fields.js';
import { formatInZone } from './clock.js';
import type { OpenedBy } from './definition.js';
import type { WrittenReportField } from './reports.js';

/**
 * The written follow-up report (SS 8572, Penal Code 11166(a), 11167(a), 11168) in words people read: whom the reports
 * go to and how the written one was sent, by their plain names in both languages, and the sentences Harbor pre-fills,
 * with times in the county's zone (never an identifier or a UTC time). Shared by the server (the pre-fill and the PDF)
 * and the web app (the form and its review step).
 */

type Words = { en: string; es: string };
type Locale = keyof Words;

/** Whom a telephone report was made to (the agency that then receives the written report). */
export const REPORT_RECIPIENTS = [
  'dcfs_child_protection_hotline',
  'dcfs_out_of_state',
  'law_enforcement',
  'other',
] as const;
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

const RECIPIENT_NAMES: Record<ReportRecipient, Words> = {
  dcfs_child_protection_hotline: {
    en: 'the DCFS Child Protection Hotline',
    es: 'la Línea Directa de Protección Infantil de DCFS',
  },
  dcfs_out_of_state: {
    en: 'the DCFS Child Protection Hotline (its line for callers outside California)',
    es: 'la Línea Directa de Protección Infantil de DCFS (su línea para llamadas desde fuera de California)',
  },
  law_enforcement: { en: 'a law-enforcement agency', es: 'una agencia de las fuerzas del orden' },
  other: { en: 'another agency', es: 'otra agencia' },
};

/** "the DCFS Child Protection Hotline": a recipient as a sentence names it; an unknown one is "another agency". */
export function recipientName(recipient: string, locale: Locale): string {
  return (RECIPIENT_NAMES[recipient as ReportRecipient] ?? RECIPIENT_NAMES.other)[locale];
}

/** The same, at the start of a line or a list entry: "The DCFS Child Protection Hotline". */
export function recipientTitle(recipient: string, locale: Locale): string {
  const name = recipientName(recipient, locale);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** How the written report was sent: PC 11168 allows the state form (by fax, e-mail, mail, by hand) or the county's online system. */
export const WRITTEN_REPORT_METHODS = ['fax', 'email', 'online_system', 'mail', 'in_person'] as const;
export type WrittenReportMethod = (typeof WRITTEN_REPORT_METHODS)[number];

const METHOD_NAMES: Record<WrittenReportMethod, Words> = {
  fax: { en: 'By fax', es: 'Por fax' },
  email: { en: 'By e-mail', es: 'Por correo electrónico' },
  online_system: {
    en: 'Through the county’s online reporting system',
    es: 'Por el sistema de reportes en línea del condado',
  },
  mail: { en: 'By mail', es: 'Por correo postal' },
  in_person: { en: 'Delivered in person', es: 'Entregado en persona' },
};

export function methodName(method: WrittenReportMethod, locale: Locale): string {
  return METHOD_NAMES[method][locale];
}

/**
 * What PC 11167(a) requires of a report before it can be marked sent: the reporter's name, business address,
 * telephone and mandated-reporter capacity, and the information that gave rise to the reasonable suspicion and its
 * source. Everything about the child, the parents and guardians and the suspected person is "if known": the child's
 * name is not required, since a report must be made even when it is not known (a youth seen once, online, or who
 * gave no name). Where the statute could be read to require more, Harbor takes the reading that lets the report go:
 * a report held back for a missing name protects no one and leaves the reporter late (PC 11166(a), (c)).
 */
export const WRITTEN_REPORT_REQUIRED: readonly WrittenReportField[] = [
  'reporterName',
  'reporterCapacity',
  'reporterBusinessAddress',
  'reporterPhone',
  'suspicionBasis',
  'suspicionSource',
];

/** The fields that hold a few sentences (a text area, a tall box in the PDF); the others are one line each. */
export const WRITTEN_REPORT_LONG_FIELDS: readonly WrittenReportField[] = [
  'parents',
  'guardians',
  'suspectOnline',
  'suspectOther',
  'suspicionBasis',
  'suspicionSource',
  'incident',
  'telephoneReport',
];

const OPENED_BY_WORDS: Record<OpenedBy, Words> = {
  screening: { en: 'after a screening', es: 'tras una evaluación' },
  recovery: { en: 'after a recovery', es: 'tras una recuperación' },
  disclosure: { en: 'after a disclosure', es: 'tras una revelación' },
  hotline_call: { en: 'after a hotline call', es: 'tras una llamada a la línea directa' },
  ran_from_placement: {
    en: 'after the youth went missing from placement',
    es: 'tras la desaparición de la persona joven de su colocación',
  },
};

const PLACEMENT_WORDS: Record<PlacementKind, Words> = {
  home_parent: { en: 'Lives with a parent', es: 'Vive con su madre o padre' },
  relative: { en: 'Lives with a relative', es: 'Vive con un familiar' },
  foster_home: { en: 'Foster home', es: 'Hogar de crianza' },
  group_home_strtp: {
    en: 'Group home (short-term residential therapeutic program)',
    es: 'Hogar grupal (programa terapéutico residencial de corto plazo)',
  },
  shelter: { en: 'Shelter', es: 'Albergue' },
  homeless_runaway: { en: 'Homeless or run away', es: 'Sin hogar o fugado' },
  detention: { en: 'Detention', es: 'Detención' },
  other: { en: 'Other', es: 'Otro' },
};

const LEVEL_WORDS: Record<string, Words> = {
  none: { en: 'no concern', es: 'sin preocupación' },
  possible: { en: 'possible concern', es: 'posible preocupación' },
  clear: { en: 'clear concern', es: 'preocupación clara' },
};

/** The words of a pre-filled report: its language and the county's clock. */
export interface ReportWording {
  locale: Locale;
  timeZone: string;
}

const at = (iso: string, w: ReportWording) => formatInZone(new Date(iso), w.timeZone, w.locale);

/** "about 15 years old", when only an estimated age is known. */
export function estimatedAgeText(years: number, w: ReportWording): string {
  return w.locale === 'es' ? `unos ${years} años` : `about ${years} years old`;
}

/** "Foster home: the Rivera family", from the youth's placement. */
export function placementText(placement: { kind: PlacementKind; detail: string | null }, w: ReportWording): string {
  return [PLACEMENT_WORDS[placement.kind][w.locale], placement.detail].filter(Boolean).join(': ');
}

/** "Harbor screening, completed by Ana Rivera on Nov 28, 2026, 7:12 AM PST (level of concern: clear concern)." */
export function screeningSourceText(
  s: { title: string; completedBy: string; completedAt: string | null; level: string },
  w: ReportWording,
): string {
  const level = (LEVEL_WORDS[s.level] ?? { en: s.level, es: s.level })[w.locale];
  const when = s.completedAt ? at(s.completedAt, w) : '';
  return w.locale === 'es'
    ? `${s.title}, completada por ${s.completedBy}${when ? ` el ${when}` : ''} (nivel de preocupación: ${level}).`
    : `${s.title}, completed by ${s.completedBy}${when ? ` on ${when}` : ''} (level of concern: ${level}).`;
}

/** "Harbor response opened after a recovery on Nov 28, 2026, 7:12 AM PST; the youth was recovered on …." */
export function incidentText(
  r: { openedBy: OpenedBy; openedAt: string; recoveredAt: string | null },
  w: ReportWording,
): string {
  const how = OPENED_BY_WORDS[r.openedBy][w.locale];
  if (w.locale === 'es') {
    const recovered = r.recoveredAt ? `; el joven fue recuperado el ${at(r.recoveredAt, w)}` : '';
    return `Respuesta de Harbor abierta ${how} el ${at(r.openedAt, w)}${recovered}.`;
  }
  const recovered = r.recoveredAt ? `; the youth was recovered on ${at(r.recoveredAt, w)}` : '';
  return `Harbor response opened ${how} on ${at(r.openedAt, w)}${recovered}.`;
}

/** "Nov 28, 2026, 7:12 AM PST, to the DCFS Child Protection Hotline, taken by Lee Pérez; referral number 1234…." */
export function telephoneReportText(
  t: { calledAt: string; recipient: string; worker: string; referralNumber: string },
  w: ReportWording,
): string {
  const to = recipientName(t.recipient, w.locale);
  // Only some dispositions come with a referral number (Immediate, Five-Day, Evaluated Out).
  if (!t.referralNumber) {
    return w.locale === 'es'
      ? `${at(t.calledAt, w)}, a ${to}; lo atendió ${t.worker}.`
      : `${at(t.calledAt, w)}, to ${to}, taken by ${t.worker}.`;
  }
  return w.locale === 'es'
    ? `${at(t.calledAt, w)}, a ${to}; lo atendió ${t.worker}; número de referencia ${t.referralNumber}.`
    : `${at(t.calledAt, w)}, to ${to}, taken by ${t.worker}; referral number ${t.referralNumber}.`;
}
