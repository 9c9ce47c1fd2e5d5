import type { ResponseTable } from '../../db/tables/response.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { loadStepRow, telephoneReportTimesOf } from './queries.js';
import { checkPast, protocolOf, requireOwner, responseTarget, settleLearnedAt } from './response-rules.js';

/**
 * The reporter corrects when they received the information (PC 11166(a): the written report is due within 36 hours
 * of it): the written report's owner only, never in the future, never later than the first report made (the call, or
 * the report made another way). The written report's deadline moves with it, audited.
 */
export async function recordLearnedAt(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  body: { learnedAt: string; version: number };
}): Promise<void> {
  const { gate, actor, responseId, body } = input;
  const found: { row?: ResponseTable } = {};
  await gate.write(actor, responseTarget(responseId, found), {
    action: 'record_learned_at',
    run: async (h) => {
      const response = found.row!;
      const protocol = await protocolOf(h.db, response);
      const written = protocol.steps.find((s) => s.completion === 'written_report');
      const step = written ? await loadStepRow(h.db, responseId, written.id) : undefined;
      if (step) requireOwner(actor, response, step);
      const learnedAt = new Date(body.learnedAt);
      checkPast(learnedAt, h.now, 'body.learnedAt');
      const reports = [
        ...(await telephoneReportTimesOf(h.db, [responseId])).map((t) => Date.parse(t.called_at)),
        ...(response.report_made_at ? [Date.parse(response.report_made_at)] : []),
      ];
      const firstReport = reports.length > 0 ? new Date(Math.min(...reports)) : new Date(8.64e15);
      response.version = body.version;
      await settleLearnedAt(h, response, protocol, learnedAt, firstReport);
    },
  });
}
