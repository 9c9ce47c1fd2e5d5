import { checkEnrollment } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { refused } from './court-rules.js';
import { newestProgram } from './programs.js';
import { hasActiveEnrollment, insertEnrollment, insertPhaseEntry, userWithAgency } from './queries.js';

/**
 * Enrolls a youth in a specialty court program: voluntary (the youth agreed), offered at disposition for STAR, at most
 * one active enrollment per program; the youth starts in the program's first phase, with a dedicated probation officer
 * when one is named (a probation officer of a probation agency).
 */
export async function enrollYouth(input: {
  gate: RecordsGate;
  actor: Actor;
  youthId: string;
  body: {
    programId: string;
    enrolledOn: string;
    youthAgreed: boolean;
    offeredAtDisposition: boolean;
    probationOfficerId?: string | null | undefined;
  };
}): Promise<string> {
  const { gate, actor, youthId, body } = input;
  return gate.write(
    actor,
    { youthId },
    {
      action: 'court_enroll',
      run: async (h) => {
        const program = await newestProgram(h.db, body.programId);
        const refusal = checkEnrollment(program, body, await hasActiveEnrollment(h.db, youthId, program.id));
        if (refusal) throw refused(refusal === 'court.enroll.notVoluntary' ? 'body.youthAgreed' : 'body', refusal);
        const officerId = body.probationOfficerId ?? null;
        if (officerId) {
          const officer = await userWithAgency(h.db, officerId);
          if (officer?.role !== 'probation_officer' || officer.agency_kind !== 'probation') {
            throw refused('body.probationOfficerId', 'court.enroll.officerNotProbation');
          }
        }
        const id = newId();
        const first = program.phases[0]!;
        await insertEnrollment(h.db, {
          id,
          youth_id: youthId,
          program_id: program.id,
          program_version: program.version,
          status: 'active',
          phase_id: first.id,
          enrolled_on: body.enrolledOn,
          offered_at_disposition: body.offeredAtDisposition ? 1 : 0,
          probation_officer_id: officerId,
          ended_on: null,
          exit_reason: null,
          exit_note: null,
          enrolled_by: actor.userId,
          ...versionedInsertColumns(h.now),
        });
        const entryId = newId();
        await insertPhaseEntry(h.db, {
          id: entryId,
          enrollment_id: id,
          phase_id: first.id,
          entered_at: toStoredTime(h.now),
          // The first phase comes with the enrollment: no team decision.
          team_decision: null,
          court_ordered: 0,
          recorded_by: actor.userId,
        });
        h.record({
          event: 'court.enrolled',
          youthId,
          recordType: 'court_enrollment',
          recordId: id,
          fields: ['program_id', 'phase_id', 'enrolled_on', ...(officerId ? ['probation_officer_id'] : [])],
          outcome: 'success',
          details: { kind: program.id, version: program.version },
        });
        return id;
      },
    },
  );
}
