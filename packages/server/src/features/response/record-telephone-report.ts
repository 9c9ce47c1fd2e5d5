import { dispositionGivesReferral, isValidReferralNumber, NOT_TO_HOTLINE, normaliseReferralNumber } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { ResponseTable } from '../../db/tables/response.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { insertTelephoneReport, loadStepRow } from './queries.js';
import { checkPast, closeStep, protocolOf, responseTarget, settleLearnedAt } from './response-rules.js';

export interface TelephoneReportInput {
  calledAt: string;
  hotline: string;
  workerName: string;
  referralNumber?: string | undefined;
  responseCategory?: string | undefined;
  learnedAt?: string | undefined;
}

/**
 * Records the telephone report to the hotline (PC 11166(a): at once), by anyone on the response's care team; it
 * completes the telephone-report step.
 */
export async function recordTelephoneReport(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  body: TelephoneReportInput;
}): Promise<string> {
  const { gate, actor, responseId, body } = input;
  // The hotline decides a disposition (none for a report to law enforcement), and gives its 19-digit referral number
  // only for Immediate, Five-Day and Evaluated Out: the number is asked for only then, and checked whenever given.
  const toHotline = !(NOT_TO_HOTLINE as readonly string[]).includes(body.hotline);
  if (toHotline && !body.responseCategory) {
    throw new HarborError('validation_failed', 'the hotline’s disposition', [
      { path: 'body.responseCategory', message: 'response.disposition.required' },
    ]);
  }
  const referral = (body.referralNumber ?? '').trim();
  const needsReferral = toHotline && dispositionGivesReferral(body.responseCategory ?? '');
  if ((needsReferral || referral) && !isValidReferralNumber(referral)) {
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
      // Any member of the care team may record the call (the gate lets only those with need-to-know write): PC 11166(a)
      // asks for a report, and the colleague who made it records it; the written report stays its owner's, still due.
      const id = newId();
      await insertTelephoneReport(h.db, {
        id,
        response_id: responseId,
        called_at: toStoredTime(calledAt),
        hotline: body.hotline,
        worker_name: h.seal('telephone_report', 'worker_name', id, body.workerName.trim()),
        referral_number: h.seal('telephone_report', 'referral_number', id, normaliseReferralNumber(referral)),
        response_category: toHotline ? (body.responseCategory ?? '') : '',
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
