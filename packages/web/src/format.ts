import type { Locale } from '@harbor/core';
import type { MessageValues } from './i18n';

type Translate = (
  key: 'duration.minutes' | 'duration.seconds' | 'duration.minutesSeconds',
  values?: MessageValues,
) => string;

/** A span of time in words, rounded up to whole seconds: "1 minute and 5 seconds", "45 segundos". */
export function durationInWords(ms: number, t: Translate): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return t('duration.seconds', { count: seconds });
  if (seconds === 0) return t('duration.minutes', { count: minutes });
  return t('duration.minutesSeconds', {
    minutes: t('duration.minutes', { count: minutes }),
    seconds: t('duration.seconds', { count: seconds }),
  });
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as people read it in their language: "Nov 28, 2026, 2:05 PM", "28 nov 2026, 14:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const tag = locale === 'es' ? 'es-US' : 'en-US';
  let format = dateTimeFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(tag, format);
  }
  return format.format(date);
}

/** Groups a long key for reading: "JBSW Y3DP EHPK 3PXP". */
export function groupsOf(text: string, size = 4): string[] {
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += size) groups.push(text.slice(i, i + size));
  return groups;
}
