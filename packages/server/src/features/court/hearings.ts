import { nextCadenceHearing } from '@harbor/core';
import type { CourtEnrollmentTable, CourtHearingTable } from '../../db/tables/court.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { enrollmentTarget, hearingTarget, refused } from './court-rules.js';
import { programOf } from './programs.js';
import { addHearing } from './schedule-hearing.js';

/** Sets a hearing on an active enrollment's calendar: the day, the department, the type. */
export async function scheduleHearing(input: {
  gate: RecordsGate;
  actor: Actor;
  enrollmentId: string;
  body: { hearingOn: string; department: string; type: string };
}): Promise<string> {
  const found: { row?: CourtEnrollmentTable } = {};
  return input.gate.write(input.actor, enrollmentTarget(input.enrollmentId, found), {
    action: 'court_schedule_hearing',
    run: (h) => addHearing(h, found.row!, input.body, 'schedule'),
  });
}

/**
 * Records what happened at a hearing: who appeared, the outcome and the next date. On a program that sits on a
 * cadence (STAR: weekly) the next hearing is set a week later when no date is given, in the same department; a
 * given date must come after this hearing. Answers the next hearing's id, when one was set.
 */
export async function recordHearing(input: {
  gate: RecordsGate;
  actor: Actor;
  hearingId: string;
  body: { version: number; appeared: string[]; outcome: string; nextOn?: string | null | undefined };
}): Promise<{ nextHearingId: string | null }> {
  const { gate, actor, hearingId, body } = input;
  const found: { row?: CourtHearingTable; enrollment?: CourtEnrollmentTable } = {};
  return gate.write(actor, hearingTarget(hearingId, found), {
    action: 'court_record_hearing',
    run: async (h) => {
      const hearing = found.row!;
      const enrollment = found.enrollment!;
      const program = await programOf(h.db, enrollment.program_id, enrollment.program_version);
      const ends = body.outcome === 'graduated' || body.outcome === 'exited';
      const nextOn = ends ? null : (body.nextOn ?? nextCadenceHearing(program, hearing.hearing_on));
      if (nextOn && nextOn <= hearing.hearing_on) throw refused('body.nextOn', 'court.hearing.nextBeforeHearing');
      await updateVersioned(
        h.db,
        'court_hearing',
        hearing.id,
        body.version,
        {
          appeared: JSON.stringify([...new Set(body.appeared)]),
          outcome: body.outcome,
          next_on: nextOn,
          recorded_by: actor.userId,
        },
        h.now,
      );
      h.record({
        event: 'court.hearing_recorded',
        youthId: hearing.youth_id,
        recordType: 'court_hearing',
        recordId: hearing.id,
        fields: ['appeared', 'outcome', 'next_on'],
        outcome: 'success',
        details: { disposition: body.outcome },
      });
      const nextHearingId =
        nextOn && enrollment.status === 'active'
          ? await addHearing(
              h,
              enrollment,
              { hearingOn: nextOn, department: hearing.department, type: 'review' },
              'next_hearing',
            )
          : null;
      return { nextHearingId };
    },
  });
}
