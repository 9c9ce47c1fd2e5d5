import { resolveWallTime } from '@harbor/core';
import type { MeetingMove, MeetingRole, NewMeeting } from './api';

/**
 * The "Schedule a meeting" form as its fields hold it, what is wrong with it and the request it comes to. Nothing is
 * chosen for the person but the length (an hour). The date and time are on the county's clock (core's
 * resolveWallTime). Pure.
 */
export interface ScheduleForm {
  typeId: string;
  startsAt: string;
  duration: string;
  place: string;
  link: string;
  attendees: { userId: string; label: string; meetingRole: Exclude<MeetingRole, 'chair'> }[];
}

export const EMPTY_SCHEDULE: ScheduleForm = {
  typeId: '',
  startsAt: '',
  duration: '60',
  place: '',
  link: '',
  attendees: [],
};

export type ScheduleProblem = 'type' | 'startsAt' | 'duration' | 'link';

/** The field a problem's summary entry leads to (the when-and-where fields' ids start with `prefix`). */
export const scheduleField = (prefix: string, problem: ScheduleProblem) =>
  problem === 'type' ? 'meeting-type' : `${prefix}-${problem === 'startsAt' ? 'starts' : problem}`;

const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

export function scheduleProblems(form: ScheduleForm, zone: string): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (!form.typeId) problems.push('type');
  if (!resolveWallTime(form.startsAt, zone).ok) problems.push('startsAt');
  const minutes = Number(form.duration);
  if (!/^\d+$/.test(form.duration.trim()) || minutes < 5 || minutes > 480) problems.push('duration');
  if (form.link.trim() && !isHttps(form.link.trim())) problems.push('link');
  return problems;
}

/** The request a form without problems comes to (empty optional fields left out). */
export function scheduleRequest(form: ScheduleForm, zone: string): NewMeeting {
  const starts = resolveWallTime(form.startsAt, zone);
  if (!starts.ok) throw new Error('the form has problems');
  return {
    typeId: form.typeId,
    startsAt: starts.instant.toISOString(),
    durationMinutes: Number(form.duration),
    ...(form.place.trim() ? { place: form.place.trim() } : {}),
    ...(form.link.trim() ? { link: form.link.trim() } : {}),
  };
}

/**
 * The request of moving a meeting (the same fields but the type): an emptied place or link is cleared, not kept.
 */
export function moveRequest(form: ScheduleForm, zone: string): MeetingMove {
  const { startsAt, durationMinutes } = scheduleRequest(form, zone);
  return { startsAt, durationMinutes, place: form.place.trim() || null, link: form.link.trim() || null };
}
