import type { SummaryEntry } from '../../components/error-summary';
import type { Translate } from '../../i18n';

/**
 * The new-youth form as plain data: its fields, the body it sends, the checks it makes before sending, and where the
 * server's field errors go. The page's hook (use-new-youth.ts) keeps it in state.
 */

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
}

export type YouthFormErrors = Partial<Record<keyof YouthForm, string>>;

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
    ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
  };
}

/** What must be right before anything is sent: both names, and not both a date of birth and an estimated age. */
export function youthFormErrors(form: YouthForm, t: Translate): YouthFormErrors {
  const found: YouthFormErrors = {};
  if (!form.given.trim()) found.given = t('youthPage.error.given');
  if (!form.family.trim()) found.family = t('youthPage.error.family');
  if (form.dateOfBirth && form.estimatedAge) found.estimatedAge = t('youthPage.error.both');
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
    ...Object.entries(errors).map(([field, text]) => ({ target: `youth-${field}`, text: text as string })),
    ...extra,
  ];
}
