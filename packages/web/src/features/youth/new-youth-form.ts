import type { SummaryEntry } from '../../components/error-summary';
import type { Translate } from '../../i18n';

/**
 * The new-youth form as plain data: its fields, the body it sends, the checks it makes before sending, and where the
 * server's field errors go. The page's hook (use-new-youth.ts) keeps it in state.
 */

/** An agency's number for the youth (a DCFS case, a probation number), as the form holds it. */
export interface IdentifierRow {
  kind: string;
  value: string;
  agencyId: string;
}

/** A parent, guardian or other contact, as the form holds it. */
export interface ContactRow {
  name: string;
  relationship: string;
  phone: string;
  address: string;
}

export interface YouthForm {
  given: string;
  family: string;
  namesUsed: string;
  dateOfBirth: string;
  estimatedAge: string;
  genderIdentity: string;
  pronouns: string;
  preferredLanguage: string;
  placementKind: string;
  placementDetail: string;
  identifiers: IdentifierRow[];
  contacts: ContactRow[];
}

/** A field of one identifier row, as its control's id names it (`identifier-0-agency`). */
export type IdentifierField = `identifier-${number}-${'kind' | 'value' | 'agency'}`;

export type YouthFormErrors = Partial<Record<keyof YouthForm | IdentifierField, string>>;

/** A new identifier row: nothing chosen in advance (no kind, no agency), so that every choice is the person's own. */
export const EMPTY_IDENTIFIER: IdentifierRow = { kind: '', value: '', agencyId: '' };

export const EMPTY_YOUTH_FORM: YouthForm = {
  given: '',
  family: '',
  namesUsed: '',
  dateOfBirth: '',
  estimatedAge: '',
  genderIdentity: '',
  pronouns: '',
  preferredLanguage: '',
  placementKind: '',
  placementDetail: '',
  identifiers: [],
  contacts: [],
};

/** Which form field a server path such as `body.legalName.given` belongs to. */
const FIELD_OF: Record<string, keyof YouthForm> = {
  'body.legalName.given': 'given',
  'body.legalName.family': 'family',
  'body.namesUsed': 'namesUsed',
  'body.dateOfBirth': 'dateOfBirth',
  'body.estimatedAge': 'estimatedAge',
  'body.genderIdentity': 'genderIdentity',
  'body.pronouns': 'pronouns',
  'body.preferredLanguage': 'preferredLanguage',
  'body.placement': 'placementKind',
  'body.placement.kind': 'placementKind',
  'body.placement.detail': 'placementDetail',
  'body.identifiers': 'identifiers',
  'body.contacts': 'contacts',
};

/** The request body: names trimmed, the names used split at commas and new lines, empty fields as null. */
export function youthBody(form: YouthForm, confirmNotDuplicate: boolean) {
  return {
    legalName: { given: form.given.trim(), family: form.family.trim() },
    namesUsed: form.namesUsed
      .split(/[\n,]/)
      .map((n) => n.trim())
      .filter(Boolean),
    dateOfBirth: form.dateOfBirth || null,
    estimatedAge: form.estimatedAge ? Number(form.estimatedAge) : null,
    genderIdentity: form.genderIdentity || null,
    pronouns: form.pronouns.trim() || null,
    preferredLanguage: form.preferredLanguage.trim() || null,
    placement: form.placementKind ? { kind: form.placementKind, detail: form.placementDetail.trim() || null } : null,
    ...(identifiersOf(form).length > 0 ? { identifiers: identifiersOf(form) } : {}),
    ...(contactsOf(form).length > 0 ? { contacts: contactsOf(form) } : {}),
    ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
  };
}

/** The identifiers filled in (a row without a number is left out). */
export function identifiersOf(form: Pick<YouthForm, 'identifiers'>): IdentifierRow[] {
  return form.identifiers
    .map((i) => ({ kind: i.kind, value: i.value.trim(), agencyId: i.agencyId }))
    .filter((i) => i.value !== '' && i.kind !== '' && i.agencyId !== '');
}

/** The contacts filled in (a row without a name or relationship is left out); empty phone and address as null. */
export function contactsOf(form: Pick<YouthForm, 'contacts'>) {
  return form.contacts
    .map((c) => ({
      name: c.name.trim(),
      relationship: c.relationship.trim(),
      phone: c.phone.trim() || null,
      address: c.address.trim() || null,
    }))
    .filter((c) => c.name !== '' && c.relationship !== '');
}

/** The record as the form shows it, to change it. */
export function formOfYouth(y: {
  legalName?: { given: string; family: string } | null;
  namesUsed?: string[];
  dateOfBirth?: string | null;
  estimatedAge?: number | null;
  genderIdentity?: string | null;
  pronouns?: string | null;
  preferredLanguage?: string | null;
  placement?: { kind: string; detail: string | null } | null;
  identifiers?: IdentifierRow[];
  contacts?: { name: string; relationship: string; phone: string | null; address: string | null }[];
}): YouthForm {
  return {
    given: y.legalName?.given ?? '',
    family: y.legalName?.family ?? '',
    namesUsed: (y.namesUsed ?? []).join(', '),
    dateOfBirth: y.dateOfBirth ?? '',
    estimatedAge: y.estimatedAge === null || y.estimatedAge === undefined ? '' : String(y.estimatedAge),
    genderIdentity: y.genderIdentity ?? '',
    pronouns: y.pronouns ?? '',
    preferredLanguage: y.preferredLanguage ?? '',
    placementKind: y.placement?.kind ?? '',
    placementDetail: y.placement?.detail ?? '',
    identifiers: (y.identifiers ?? []).map((i) => ({ ...i })),
    contacts: (y.contacts ?? []).map((c) => ({ ...c, phone: c.phone ?? '', address: c.address ?? '' })),
  };
}

/** Which of a record's fields each part of the form changes, and the class each is in (core's YOUTH_FIELD_CLASSES). */
const PATCH_FIELDS = [
  'legalName',
  'namesUsed',
  'dateOfBirth',
  'estimatedAge',
  'genderIdentity',
  'pronouns',
  'preferredLanguage',
  'identifiers',
  'placement',
  'contacts',
] as const;

/**
 * A change of the record (PATCH): only the fields that changed, and only of the classes the reader may see and
 * change, at the version read (the server answers 409 when someone changed the record meanwhile).
 */
export function patchBody(
  form: YouthForm,
  before: YouthForm,
  classes: readonly string[],
  classOf: Record<string, string>,
  version: number,
): Record<string, unknown> {
  const now = youthBody(form, false) as Record<string, unknown>;
  const was = youthBody(before, false) as Record<string, unknown>;
  now.identifiers = identifiersOf(form);
  was.identifiers = identifiersOf(before);
  now.contacts = contactsOf(form);
  was.contacts = contactsOf(before);
  const body: Record<string, unknown> = { version };
  for (const field of PATCH_FIELDS) {
    if (!classes.includes(classOf[field] ?? '')) continue;
    if (JSON.stringify(now[field]) !== JSON.stringify(was[field])) body[field] = now[field];
  }
  return body;
}

/**
 * What must be right before anything is sent: both names, not both a date of birth and an estimated age, and each
 * identifier row begun whole (its kind, number and agency).
 */
export function youthFormErrors(form: YouthForm, t: Translate): YouthFormErrors {
  const found: YouthFormErrors = {};
  if (!form.given.trim()) found.given = t('youthPage.error.given');
  if (!form.family.trim()) found.family = t('youthPage.error.family');
  if (form.dateOfBirth && form.estimatedAge) found.estimatedAge = t('youthPage.error.both');
  return { ...found, ...identifierErrors(form, t) };
}

/**
 * The identifier rows begun but not whole: a row with any of its kind, number or agency needs all three (an empty row
 * is left out), so that a number is never dropped, nor filed under an agency nobody chose.
 */
export function identifierErrors(form: Pick<YouthForm, 'identifiers'>, t: Translate): YouthFormErrors {
  const found: YouthFormErrors = {};
  form.identifiers.forEach((row, index) => {
    const value = row.value.trim();
    if (!value && !row.kind && !row.agencyId) return;
    const n = index + 1;
    if (!row.kind) found[`identifier-${index}-kind`] = t('youthPage.error.identifierKind', { n });
    if (!value) found[`identifier-${index}-value`] = t('youthPage.error.identifierValue', { n });
    if (!row.agencyId) found[`identifier-${index}-agency`] = t('youthPage.error.identifierAgency', { n });
  });
  return found;
}

/** The server's field errors: beside the field they name, or in the summary only. */
export function serverFieldErrors(fields: readonly { path: string; message: string }[]): {
  errors: YouthFormErrors;
  other: SummaryEntry[];
} {
  const errors: YouthFormErrors = {};
  const other: SummaryEntry[] = [];
  for (const f of fields) {
    const field = FIELD_OF[f.path];
    if (field) errors[field] = f.message;
    else other.push({ text: f.message });
  }
  return { errors, other };
}

/** The error summary's entries: a link to each field with an error, then the problems about no one field. */
export function summaryEntries(errors: YouthFormErrors, extra: SummaryEntry[] = []): SummaryEntry[] {
  return [
    ...Object.entries(errors).map(([field, text]) => ({
      target: field.startsWith('identifier-') ? field : `youth-${field}`,
      text: text as string,
    })),
    ...extra,
  ];
}
