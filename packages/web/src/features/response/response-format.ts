import { fromZonedInput, timeLeft, wallTimeValue } from '@harbor/core';
import type { Translate } from '../../i18n';
import { spanInWords } from '../../work-lines';

/** "Due in 1 hour 20 minutes", "Due now", "Overdue by 35 minutes", "Overdue by 2 days 4 hours": in words. */
export function dueText(dueAt: string, now: number, t: Translate): { text: string; overdue: boolean } {
  const left = timeLeft(new Date(dueAt), new Date(now));
  if (left.overdue)
    return { text: t('responseWeb.overdueBy', { duration: spanInWords(left.minutes, t) }), overdue: true };
  if (left.minutes === 0) return { text: t('responseWeb.dueNow'), overdue: false };
  return { text: t('responseWeb.dueIn', { duration: spanInWords(left.minutes, t) }), overdue: false };
}

/**
 * A UTC time as a value for <input type="datetime-local">, and back: in the county's zone when given (what the forms
 * use: the county reads and writes its clocks whatever the device's zone), else in the browser's own.
 */
export function toLocalInput(date: Date, zone?: string): string {
  // (A time the clocks show twice keeps its reading, as its offset: the field does not ask again.)
  if (zone) return wallTimeValue(date, zone);
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
export function fromLocalInput(value: string, zone?: string): string {
  return (zone ? fromZonedInput(value, zone) : new Date(value)).toISOString();
}

export { stepTitle } from '../../protocols';
