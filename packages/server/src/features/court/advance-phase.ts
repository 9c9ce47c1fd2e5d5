import { lastSanctionAt, nextPhase, unmetAdvanceRules } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { CourtEnrollmentTable } from '../../db/tables/court.js';
import { updateVersioned } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { conflicting, enrollmentTarget, requireActive } from './court-rules.js';
import { programOf } from './programs.js';
import { hearingsOf, insertPhaseEntry, phaseEntriesOf, responsesOf } from './queries.js';

/**
 * Moves a youth to the program's next phase on the team's decision, once the phase's rules are met (weeks in the
 * phase, hearings attended, no recent sanction); the court may order it although they are not (`courtOrdered`,
 * recorded). The last phase leads to graduation, not to another phase. The history keeps every phase.
 */
export async function advancePhase(input: {
  gate: RecordsGate;
  actor: Actor;
  enrollmentId: string;
  body: { version: number; teamDecision: string; courtOrdered: boolean };
}): Promise<void> {
  const { gate, actor, enrollmentId, body } = input;
  const found: { row?: CourtEnrollmentTable } = {};
  await gate.write(actor, enrollmentTarget(enrollmentId, found), {
    action: 'court_advance_phase',
    run: async (h) => {
      const row = found.row!;
      requireActive(row, 'court.advance.notActive');
      const program = await programOf(h.db, row.program_id, row.program_version);
      const phase = program.phases.find((p) => p.id === row.phase_id)!;
      const next = nextPhase(program, row.phase_id);
      if (!next) throw conflicting('court.advance.lastPhase');
      const entered = (await phaseEntriesOf(h.db, [row.id])).filter((e) => e.phase_id === row.phase_id).at(-1)!;
      const enteredOn = entered.entered_at.slice(0, 10);
      const hearings = await hearingsOf(h.db, [row.id]);
      const attended = hearings.filter(
        (x) => x.hearing_on >= enteredOn && (JSON.parse(x.appeared ?? '[]') as string[]).includes('youth'),
      ).length;
      const responses = (await responsesOf(h.db, [row.id])).map((r) => ({
        kind: r.kind as 'sanction',
        occurredOn: r.occurred_on,
      }));
      const unmet = unmetAdvanceRules(phase, {
        enteredPhaseAt: new Date(entered.entered_at),
        hearingsAttendedInPhase: attended,
        lastSanctionAt: lastSanctionAt(responses),
        now: h.now,
      });
      if (unmet.length > 0 && !body.courtOrdered) {
        throw new HarborError(
          'conflict',
          `phase rules unmet: ${unmet.map((r) => r.kind).join(', ')}`,
          unmet.map((r) => ({ path: 'body.courtOrdered', message: `court.rule.${r.kind}` })),
        );
      }
      await updateVersioned(h.db, 'court_enrollment', row.id, body.version, { phase_id: next.id }, h.now);
      const entryId = newId();
      await insertPhaseEntry(h.db, {
        id: entryId,
        enrollment_id: row.id,
        phase_id: next.id,
        entered_at: toStoredTime(h.now),
        team_decision: h.seal('court_phase_entry', 'team_decision', entryId, body.teamDecision),
        court_ordered: body.courtOrdered ? 1 : 0,
        recorded_by: actor.userId,
      });
      h.record({
        event: 'court.phase_advanced',
        youthId: row.youth_id,
        recordType: 'court_enrollment',
        recordId: row.id,
        fields: ['phase_id', 'team_decision'],
        outcome: 'success',
        details: { from: row.phase_id, to: next.id, reason: unmet.length > 0 ? 'court_ordered' : 'rules_met' },
      });
    },
  });
}
