import { fromZonedInput, timeLeft, toZonedInput } from '@harbor/core';

/** "due in 1 h 20 min" / "overdue by 35 min", in words. */
export function dueText(
  dueAt: string,
  now: number,
  t: (
    key: 'responseWeb.dueIn' | 'responseWeb.overdueBy' | 'responseWeb.duration',
    values?: Record<string, number | string>,
  ) => string,
): { text: string; overdue: boolean } {
  const left = timeLeft(new Date(dueAt), new Date(now));
  const duration = t('responseWeb.duration', {
    days: Math.floor(left.minutes / 1440),
    hours: Math.floor((left.minutes % 1440) / 60),
    minutes: left.minutes % 60,
  });
  return left.overdue
    ? { text: t('responseWeb.overdueBy', { duration }), overdue: true }
    : { text: t('responseWeb.dueIn', { duration }), overdue: false };
}

/**
 * A UTC time as a value for <input type="datetime-local">, and back: in the county's zone when given (what the forms
 * use: the county reads and writes its clocks whatever the device's zone), else in the browser's own.
 */
export function toLocalInput(date: Date, zone?: string): string {
  if (zone) return toZonedInput(date, zone);
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
export function fromLocalInput(value: string, zone?: string): string {
  return (zone ? fromZonedInput(value, zone) : new Date(value)).toISOString();
}

export { stepTitle } from '../../protocols';
