import { checkEnd, isLastPhase } from '@harbor/core';
import type { CourtEnrollmentTable } from '../../db/tables/court.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { conflicting, enrollmentTarget, refused } from './court-rules.js';
import { programOf } from './programs.js';

/** Ends an enrollment: graduation from the last phase, or an exit with its reason (a note for "other"). */
export async function endEnrollment(input: {
  gate: RecordsGate;
  actor: Actor;
  enrollmentId: string;
  body: {
    version: number;
    endedOn: string;
    graduated: boolean;
    reason?: 'youth_withdrew' | 'terminated_by_court' | 'case_closed' | 'transferred' | 'other' | undefined;
    note?: string | undefined;
  };
}): Promise<void> {
  const { gate, actor, enrollmentId, body } = input;
  const found: { row?: CourtEnrollmentTable } = {};
  await gate.write(actor, enrollmentTarget(enrollmentId, found), {
    action: 'court_end_enrollment',
    run: async (h) => {
      const row = found.row!;
      if (!body.graduated && !body.reason) throw refused('body.reason', 'court.exit.reasonRequired');
      const program = await programOf(h.db, row.program_id, row.program_version);
      const end = body.graduated
        ? ({ graduated: true } as const)
        : ({ graduated: false, reason: body.reason!, note: body.note } as const);
      const refusal = checkEnd(row.status, isLastPhase(program, row.phase_id), end);
      if (refusal === 'court.exit.notActive' || refusal === 'court.graduate.notLastPhase') throw conflicting(refusal);
      if (refusal) throw refused('body.note', refusal);
      if (body.endedOn < row.enrolled_on) throw refused('body.endedOn', 'court.exit.beforeEnrollment');
      const note = body.note?.trim();
      await updateVersioned(
        h.db,
        'court_enrollment',
        row.id,
        body.version,
        {
          status: body.graduated ? 'graduated' : 'exited',
          ended_on: body.endedOn,
          exit_reason: body.graduated ? null : body.reason,
          exit_note: note ? h.seal('court_enrollment', 'exit_note', row.id, note) : null,
        },
        h.now,
      );
      h.record({
        event: 'court.ended',
        youthId: row.youth_id,
        recordType: 'court_enrollment',
        recordId: row.id,
        fields: ['status', 'ended_on', ...(body.graduated ? [] : ['exit_reason']), ...(note ? ['exit_note'] : [])],
        outcome: 'success',
        details: { disposition: body.graduated ? 'graduated' : 'exited', reason: body.reason ?? null },
      });
    },
  });
}
