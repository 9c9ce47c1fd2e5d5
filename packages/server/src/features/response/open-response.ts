import { defaultLearnedAt, type ProtocolFacts, planSteps } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { ResponseOpenedBy, ResponseTable } from '../../db/tables/response.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { screeningForReport, screeningForResponse } from '../screening/queries.js';
import { openCrisisIn } from './crisis.js';
import { insertResponse, insertStep } from './queries.js';
import { currentProtocol, planResponse } from './response-rules.js';

export interface OpenInput {
  openedBy: ResponseOpenedBy;
  youthId?: string | null | undefined;
  screeningId?: string | null | undefined;
  /** When the youth was recovered or identified (the 90-minute clock); defaults to now for a recovery. */
  recoveredAt?: string | null | undefined;
  /** When the reporter received the information (PC 11166(a)); defaults to the earliest of the recovery, now and the screening. */
  learnedAt?: string | null | undefined;
  onProbation: boolean;
  /** The youth receives child welfare services (PC 11166(j)); a youth missing from placement always does. */
  inChildWelfare?: boolean | undefined;
}

/**
 * Opens a response: from a completed screening at any level, or directly (recovery, disclosure, hotline call). A
 * screening's level never gates the report: the duty is the reporter's, on reasonable suspicion (PC 11166(a)), and no
 * supervisor may impede it (PC 11166(i)).
 */
export async function openResponse(input: { gate: RecordsGate; actor: Actor; body: OpenInput }): Promise<string> {
  const { gate, actor, body } = input;
  if (body.openedBy === 'screening' && !body.screeningId) {
    throw new HarborError('validation_failed', 'a screening response names its screening', [
      { path: 'body.screeningId', message: 'validation.required' },
    ]);
  }
  // The youth is the one named, or the screening's; a screening of an unidentified youth is its author's alone.
  const screening = body.screeningId ? await screeningForResponse(gate.db, body.screeningId) : undefined;
  if (body.screeningId && (!screening || (!screening.youth_id && screening.created_by !== actor.userId))) {
    throw new HarborError('not_found', 'no such screening');
  }
  if (body.youthId && screening?.youth_id && body.youthId !== screening.youth_id) {
    throw new HarborError('validation_failed', 'screening of another youth', [
      { path: 'body.youthId', message: 'validation.invalid' },
    ]);
  }
  const youthId = screening?.youth_id ?? body.youthId ?? null;
  return gate.write(actor, youthId ? { youthId } : { creating: 'response' }, {
    action: 'open_response',
    run: async (h) => {
      if (screening && screening.status !== 'completed') {
        throw harborErrorWithMessage('conflict', 'response.screeningNotCompleted', 'screening is not completed');
      }
      const now = h.now;
      const recoveredAt = body.recoveredAt ? new Date(body.recoveredAt) : body.openedBy === 'recovery' ? now : null;
      if (recoveredAt && recoveredAt.getTime() > now.getTime() + 60_000) {
        throw new HarborError('validation_failed', 'recovery in the future', [
          { path: 'body.recoveredAt', message: 'response.time.future' },
        ]);
      }
      // PC 11166(a): the written report is due "within 36 hours of receiving the information". Unless the reporter
      // says when that was, the earliest moment Harbor knows of (the recovery, the screening's completion, now).
      const screenedAt = body.screeningId ? (await screeningForReport(h.db, body.screeningId))?.completed_at : null;
      const learnedAt = body.learnedAt
        ? new Date(body.learnedAt)
        : defaultLearnedAt({ openedAt: now, recoveredAt, screenedAt: screenedAt ? new Date(screenedAt) : null });
      if (learnedAt.getTime() > now.getTime() + 60_000) {
        throw new HarborError('validation_failed', 'information received in the future', [
          { path: 'body.learnedAt', message: 'response.time.future' },
        ]);
      }
      const protocol = await currentProtocol(h.db);
      const facts: ProtocolFacts = {
        opened_by: body.openedBy,
        on_probation: body.onProbation,
        reporter_is_law_enforcement: actor.role === 'law_enforcement',
        in_child_welfare: body.openedBy === 'ran_from_placement' || body.inChildWelfare === true,
      };
      const id = newId();
      const row: ResponseTable = {
        id,
        youth_id: youthId,
        screening_id: body.screeningId ?? null,
        protocol_id: protocol.id,
        protocol_version: protocol.version,
        opened_by: body.openedBy,
        opener_user_id: actor.userId,
        opener_agency_id: actor.agencyId,
        opened_at: toStoredTime(now),
        recovered_at: recoveredAt ? toStoredTime(recoveredAt) : null,
        learned_at: toStoredTime(learnedAt),
        report_made_by: null,
        report_made_at: null,
        facts: JSON.stringify(facts),
        status: 'open',
        crisis_plan: null,
        ...versionedInsertColumns(now),
      };
      const applicable = new Set(planSteps(protocol, facts, { openedAt: now, completed: {} }).map((p) => p.stepId));
      await insertResponse(h.db, row);
      for (const [position, step] of protocol.steps.entries()) {
        if (!applicable.has(step.id)) continue;
        await insertStep(h.db, {
          id: newId(),
          response_id: id,
          step_id: step.id,
          position,
          owner_role: step.owner.role,
          owner_agency_kind: step.owner.agencyKind ?? null,
          owner_user_id: step.owner.role === 'opener' ? actor.userId : null,
          status: 'pending',
          starts_at: null,
          due_at: null,
          completed_by: null,
          completed_at: null,
          note: null,
          ...versionedInsertColumns(now),
        });
      }
      await planResponse(h.db, protocol, row, now);
      h.record({
        event: 'response.opened',
        ...(youthId ? { youthId } : {}),
        recordType: 'response',
        recordId: id,
        outcome: 'success',
        details: { opened_by: body.openedBy, protocol: `${protocol.id}.v${protocol.version}` },
      });
      if (screening?.safety === 1) await openCrisisIn(h, row, 'screening_safety_item');
      return id;
    },
  });
}
