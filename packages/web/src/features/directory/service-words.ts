import { EVIDENCE_BASED_PRACTICES, HARBOR_CATEGORIES, type Locale } from '@harbor/core';
import type { Translate } from '../../i18n';
import type { ServiceLine } from './api';

/** How the directory's pages say a service's facts, in the reader's language. Pure, tested without a browser. */

/** A language by its name in the reader's language ("Spanish", "español"), or its code when the browser knows none. */
export function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale === 'es' ? 'es-US' : 'en-US'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const categoryName = (id: string, locale: Locale): string =>
  HARBOR_CATEGORIES.find((c) => c.id === id)?.label[locale] ?? id;

export const practiceName = (id: string, locale: Locale): string =>
  EVIDENCE_BASED_PRACTICES.find((p) => p.id === id)?.label[locale] ?? id;

/** "12 to 17", "18 and older", "Up to 17", "Any age". */
export function agesText(min: number | null, max: number | null, t: Translate): string {
  if (min !== null && max !== null) return t('directoryWeb.service.agesRange', { min, max });
  if (min !== null) return t('directoryWeb.service.agesFrom', { min });
  if (max !== null) return t('directoryWeb.service.agesUpTo', { max });
  return t('directoryWeb.service.agesAny');
}

/** "2 of 6 free, updated <time>" (the total when known), or null for a service without emergency beds. */
export function bedsText(
  service: { bedsAvailable: number | null; bedsUpdatedAt: string | null; emergencyBeds?: number | null },
  time: (iso: string) => string,
  t: Translate,
): string | null {
  const total = service.emergencyBeds ?? null;
  if (service.bedsAvailable === null || service.bedsUpdatedAt === null) {
    return total ? t('directoryWeb.service.bedsNotUpdated', { total }) : null;
  }
  return total !== null
    ? t('directoryWeb.service.bedsFree', { free: service.bedsAvailable, total, time: time(service.bedsUpdatedAt) })
    : t('directoryWeb.service.bedsFreeNow', { free: service.bedsAvailable, time: time(service.bedsUpdatedAt) });
}

/**
 * A telephone number as an address to call (tel:, the extension after a pause), or to text (sms:) for a number HSDS
 * types "text": its digits and a leading +.
 */
export function telHref(number: string, extension: number | null = null, type: string | null = null): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (type === 'text') return `sms:${digits}`;
  return `tel:${digits}${extension !== null ? `,${extension}` : ''}`;
}

/**
 * "TF-CBT: 2 certified clinicians, the first certification ending 2027-03-31": a practice offered with how many
 * clinicians hold a current certification in it (one past its expiry is not counted by the server).
 */
export function certificationText(c: ServiceLine['certifications'][number], locale: Locale, t: Translate): string {
  const values = { practice: practiceName(c.practice, locale), count: c.certifiedClinicians };
  return c.certifiedClinicians > 0 && c.nextExpiry
    ? t('directoryWeb.service.certifiedExpiry', { ...values, date: c.nextExpiry })
    : t('directoryWeb.service.certified', values);
}

/** An HSDS service status in the reader's language ("Inactive", "Temporarily closed"). */
export function statusName(status: string, t: Translate): string {
  const key = { active: 'active', inactive: 'inactive', defunct: 'defunct', 'temporarily closed': 'closed' }[status];
  return key ? t(`directoryWeb.status.${key}` as 'directoryWeb.status.active') : status;
}
