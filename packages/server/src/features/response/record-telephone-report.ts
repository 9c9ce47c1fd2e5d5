import { isValidReferralNumber, normaliseReferralNumber, type ProtocolDefinition } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordHandle, RecordsGate } from '../../records/gate.js';
import { insertTelephoneReport, loadStepRow, updateResponseRow } from './queries.js';
import { checkPast, closeStep, protocolOf, requireOwner, rescheduleStep, responseTarget } from './response-rules.js';

export interface TelephoneReportInput {
  calledAt: string;
  hotline: string;
  workerName: string;
  referralNumber: string;
  responseCategory: string;
  learnedAt?: string | undefined;
}

/** Records the telephone report to the hotline (PC 11166(a): at once); it completes the telephone-report step. */
export async function recordTelephoneReport(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  body: TelephoneReportInput;
}): Promise<string> {
  const { gate, actor, responseId, body } = input;
  if (!isValidReferralNumber(body.referralNumber)) {
    throw new HarborError('validation_failed', 'referral number is not 19 digits', [
      { path: 'body.referralNumber', message: 'response.referralNumber.invalid' },
    ]);
  }
  const found: { row?: ResponseTable } = {};
  return gate.write(actor, responseTarget(responseId, found), {
    action: 'telephone_report',
    run: async (h) => {
      const response = found.row!;
      const calledAt = new Date(body.calledAt);
      checkPast(calledAt, h.now, 'body.calledAt');
      const protocol = await protocolOf(h.db, response);
      const stepDef = protocol.steps.find((s) => s.completion === 'telephone_report');
      const step = stepDef ? await loadStepRow(h.db, responseId, stepDef.id) : undefined;
      if (step) requireOwner(actor, response, step);
      const id = newId();
      await insertTelephoneReport(h.db, {
        id,
        response_id: responseId,
        called_at: toStoredTime(calledAt),
        hotline: body.hotline,
        worker_name: h.seal('telephone_report', 'worker_name', id, body.workerName.trim()),
        referral_number: h.seal(
          'telephone_report',
          'referral_number',
          id,
          normaliseReferralNumber(body.referralNumber),
        ),
        response_category: body.responseCategory,
        recorded_by: actor.userId,
        recorded_at: toStoredTime(h.now),
      });
      h.record({
        event: 'response.telephone_report',
        ...(response.youth_id ? { youthId: response.youth_id } : {}),
        recordType: 'telephone_report',
        recordId: id,
        fields: ['called_at', 'hotline', 'worker_name', 'referral_number', 'response_category'],
        outcome: 'success',
      });
      await settleLearnedAt(h, response, protocol, body.learnedAt ? new Date(body.learnedAt) : null, calledAt);
      if (step?.status === 'pending')
        await closeStep(h, response, step, { status: 'completed', at: calledAt, note: null });
      return id;
    },
  });
}

/**
 * When the reporter received the information, as they say, or as recorded: PC 11166(a) runs the written report's 36
 * hours from it, and it is never later than the call (one cannot report what one has not learned). A time given after
 * the call is refused; a default after the call (the response opened after a call made beforehand) becomes the call's
 * time, the earlier reading, which protects the youth and the reporter. A change moves the written report's deadline,
 * with an audit entry.
 */
async function settleLearnedAt(
  h: RecordHandle,
  response: ResponseTable,
  protocol: ProtocolDefinition,
  given: Date | null,
  calledAt: Date,
): Promise<void> {
  if (given && given.getTime() > calledAt.getTime()) {
    throw new HarborError('validation_failed', 'information received after the call', [
      { path: 'body.learnedAt', message: 'response.learnedAt.afterCall' },
    ]);
  }
  const stored = new Date(response.learned_at ?? response.opened_at);
  const learnedAt = given ?? (stored.getTime() > calledAt.getTime() ? calledAt : stored);
  if (response.learned_at && learnedAt.getTime() === stored.getTime()) return;
  await updateResponseRow(h.db, response.id, response.version, { learned_at: toStoredTime(learnedAt) }, h.now);
  response.learned_at = toStoredTime(learnedAt);
  response.version += 1;
  h.record({
    event: 'response.learned_at_recorded',
    ...(response.youth_id ? { youthId: response.youth_id } : {}),
    recordType: 'response',
    recordId: response.id,
    fields: ['learned_at'],
    outcome: 'success',
  });
  for (const definition of protocol.steps.filter((s) => s.start.on === 'information_received')) {
    const step = await loadStepRow(h.db, response.id, definition.id);
    const moved = step ? await rescheduleStep(h.db, definition, step, learnedAt, h.now) : null;
    if (step && moved) {
      h.record({
        event: 'response.deadline_moved',
        ...(response.youth_id ? { youthId: response.youth_id } : {}),
        recordType: 'response_step',
        recordId: step.id,
        outcome: 'success',
        details: { step: definition.id, ...(moved.from ? { from: moved.from } : {}), to: moved.to },
      });
    }
  }
}
