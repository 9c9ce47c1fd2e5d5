import { type ProtocolDefinition, type ProtocolFacts, stepApplies } from './definition.js';
import { offsetMinutes, readWallTime, resolveWallTime, wallTimeOf } from './wall-time.js';

/**
 * Clock arithmetic for response deadlines. Every time is a UTC instant; a deadline is its number of minutes after its
 * start, exactly, whatever happens to the wall clock meanwhile (a 36-hour deadline across a daylight-saving change is
 * still 36 hours). Times are shown in the county's time zone.
 */

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';
const MINUTE = 60_000;

/** The instant `minutes` after `start`. */
export function dueAt(start: Date, minutes: number): Date {
  return new Date(start.getTime() + minutes * MINUTE);
}

/** Whole minutes left before a deadline, or by which it is overdue (exactly at the deadline is not overdue). */
export function timeLeft(due: Date, now: Date): { overdue: boolean; minutes: number } {
  const ms = due.getTime() - now.getTime();
  return ms >= 0
    ? { overdue: false, minutes: Math.floor(ms / MINUTE) }
    : { overdue: true, minutes: Math.ceil(-ms / MINUTE) };
}

/**
 * A step due the moment its clock starts (the telephone report, "immediately", PC 11166(a)): it has no time to count
 * down, so it is shown as required now rather than as overdue by the minutes since it started.
 */
export function dueImmediately(step: { due: { minutes: number } }): boolean {
  return step.due.minutes === 0;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as a person in the county reads it: "Mar 9, 2026, 9:00 AM PDT", in English or Spanish. */
export function formatInZone(date: Date, timeZone: string, locale: 'en' | 'es'): string {
  const key = `${timeZone}|${locale}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    formats.set(key, format);
  }
  return format.format(date);
}

/**
 * When a reporter received the information, by default (PC 11166(a) runs the written report's 36 hours from then): the
 * earliest of the recovery, the response's opening and the screening's completion, and never later than the call. Of
 * the readings, the earliest: an early deadline protects the youth and the reporter; a late one can make a report late.
 */
export function defaultLearnedAt(times: {
  openedAt: Date;
  recoveredAt?: Date | null | undefined;
  screenedAt?: Date | null | undefined;
  calledAt?: Date | null | undefined;
}): Date {
  const candidates = [times.openedAt, times.recoveredAt, times.screenedAt, times.calledAt].filter(
    (d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()),
  );
  return new Date(Math.min(...candidates.map((d) => d.getTime())));
}

/** Sorts deadlines by urgency: open ones before completed ones, the most overdue first, then the soonest due. */
export function compareUrgency(a: { due: Date; completed: boolean }, b: { due: Date; completed: boolean }): number {
  if (a.completed !== b.completed) return a.completed ? 1 : -1;
  return a.due.getTime() - b.due.getTime();
}

export interface PlannedStep {
  stepId: string;
  /** When the step's clock started; null while what starts it has not happened. */
  startsAt: Date | null;
  dueAt: Date | null;
}

/**
 * The steps that apply to a response, each with its start and due time as far as they are known: a step that waits for
 * a recovery time, or for another step's completion, has none until that happens.
 */
export function planSteps(
  protocol: ProtocolDefinition,
  facts: ProtocolFacts,
  times: {
    openedAt: Date;
    recoveredAt?: Date | undefined;
    /** When the reporter received the information (PC 11166(a)); the opening when not recorded. */
    learnedAt?: Date | undefined;
    completed: Record<string, Date>;
  },
): PlannedStep[] {
  const startOf = (start: ProtocolDefinition['steps'][number]['start']): Date | null => {
    switch (start.on) {
      case 'response_opened':
        return times.openedAt;
      case 'recovery':
        return times.recoveredAt ?? null;
      case 'information_received':
        return times.learnedAt ?? times.openedAt;
      case 'recovery_or_opening':
        return times.recoveredAt ?? times.openedAt;
      default:
        return times.completed[start.step] ?? null;
    }
  };
  return protocol.steps
    .filter((step) => stepApplies(step, facts))
    .map((step) => {
      const start = startOf(step.start);
      return { stepId: step.id, startsAt: start, dueAt: start ? dueAt(start, step.due.minutes) : null };
    });
}

/** An instant as the county's wall clock reads it, the way <input type="datetime-local"> writes it: "2026-11-28T10:05". */
export function toZonedInput(date: Date, timeZone: string): string {
  return wallTimeOf(date, timeZone);
}

/**
 * The instant a date-time field's value stands for in a zone ("2026-11-28T10:05" in Los Angeles is 18:05 UTC), for a
 * value the form has checked with resolveWallTime (wall-time.ts). A time that happens twice is the reading chosen (its
 * offset after the wall time), else the first; one the clocks skip is read with the offset before the change (the
 * forms refuse it first and say why).
 */
export function fromZonedInput(value: string, timeZone: string): Date {
  const resolved = resolveWallTime(value, timeZone);
  if (resolved.ok) return resolved.instant;
  const reading = readWallTime(value, timeZone);
  if (reading.kind === 'repeated') return reading.first;
  if (reading.kind === 'invalid') return new Date(Number.NaN);
  const guess = Date.parse(`${value.trim().slice(0, 16)}:00Z`);
  return new Date(guess - offsetMinutes(new Date(guess - 36 * 3600_000), timeZone) * MINUTE);
}
