import { SERVICE_STATUSES } from '@harbor/core';
import type { ServiceChanges, ServiceDetail } from './api';

/**
 * The editor's form of a service as strings and lists (what its fields hold), and the request it comes to: only the
 * fields the editor changed, at the version read, so that the change history names exactly what changed. Pure.
 */
export interface ServiceForm {
  name: string;
  description: string;
  eligibilityDescription: string;
  minimumAge: string;
  maximumAge: string;
  languages: string[];
  categories: string[];
  /** One area a line. */
  areas: string;
  /** HSDS status: anything but active retires the service (out of the search and the referral; never deleted). */
  status: (typeof SERVICE_STATUSES)[number];
}

export type FormProblem = 'name' | 'minimumAge' | 'maximumAge' | 'ageOrder';

/** The form as the service reads now. A text shown in English for want of a Spanish one is edited as English. */
export function formOf(service: ServiceDetail): ServiceForm {
  return {
    name: service.name.text,
    description: service.description?.text ?? '',
    eligibilityDescription: service.eligibilityDescription?.text ?? '',
    minimumAge: service.minimumAge === null ? '' : String(service.minimumAge),
    maximumAge: service.maximumAge === null ? '' : String(service.maximumAge),
    languages: [...service.languages],
    categories: [...service.categories],
    areas: service.areas.join('\n'),
    status: (SERVICE_STATUSES as readonly string[]).includes(service.status)
      ? (service.status as ServiceForm['status'])
      : 'active',
  };
}

const age = (text: string): number | null | 'bad' => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,3}$/.test(trimmed) && Number(trimmed) <= 120 ? Number(trimmed) : 'bad';
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** What is wrong with the form, field by field (empty: it may be sent). */
export function formProblems(form: ServiceForm): FormProblem[] {
  const problems: FormProblem[] = [];
  if (form.name.trim() === '') problems.push('name');
  const min = age(form.minimumAge);
  const max = age(form.maximumAge);
  if (min === 'bad') problems.push('minimumAge');
  if (max === 'bad') problems.push('maximumAge');
  if (typeof min === 'number' && typeof max === 'number' && min > max) problems.push('ageOrder');
  return problems;
}

export type TextKey = 'name' | 'description' | 'eligibilityDescription';

/**
 * Whether the page shows the field's reviewed translation (Spanish) rather than the stored English text: the form
 * then shows it read-only, and never sends it, so a translation is never written over the English.
 */
export const translated = (service: ServiceDetail, key: TextKey): boolean => (service[key]?.language ?? 'en') !== 'en';

/**
 * The request for what changed, or null when nothing did. The texts are compared with what the service holds in
 * the language the editor reads (the Spanish of a text is a translation of its own, reviewed apart).
 */
export function changesOf(service: ServiceDetail, form: ServiceForm): ServiceChanges | null {
  const was = formOf(service);
  const changes: ServiceChanges = { version: service.version };
  let changed = false;
  const text = (key: TextKey) => {
    if (translated(service, key) || form[key].trim() === was[key].trim()) return;
    changed = true;
    if (key === 'name') changes.name = form.name.trim();
    else changes[key] = form[key].trim() === '' ? null : form[key].trim();
  };
  text('name');
  text('description');
  text('eligibilityDescription');
  for (const key of ['minimumAge', 'maximumAge'] as const) {
    const value = age(form[key]);
    if (value !== 'bad' && value !== service[key]) {
      changes[key] = value;
      changed = true;
    }
  }
  if (!sameSet(form.languages, was.languages)) {
    changes.languages = [...form.languages];
    changed = true;
  }
  if (!sameSet(form.categories, was.categories)) {
    changes.categories = [...form.categories] as ServiceChanges['categories'];
    changed = true;
  }
  const areas = form.areas
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);
  if (!sameSet(areas, service.areas)) {
    changes.areas = areas;
    changed = true;
  }
  if (form.status !== was.status) {
    changes.status = form.status;
    changed = true;
  }
  return changed ? changes : null;
}
