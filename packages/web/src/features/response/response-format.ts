import { timeLeft } from '@harbor/core';

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

/** A UTC time as a value for <input type="datetime-local"> in the browser's own zone, and back. */
export function toLocalInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
export function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}

export { stepTitle } from '../../protocols';
