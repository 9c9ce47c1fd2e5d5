import { type ReportWording, seesMandatedReport } from '@harbor/core';
import type { ResponseTable } from '../../db/tables/response.js';
import { harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { responseTarget } from './response-rules.js';
import { writtenReportView } from './written-report-view.js';

/**
 * The written report (SS 8572) as the caller may see it: as saved, or the reporter's pre-fill (in `wording`: the
 * caller's language, the county's clock). Audited.
 */
export async function readWrittenReport(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  action?: string;
  wording?: ReportWording;
  /** Refuse (audited as denied, 403) a reader the report is confidential from, rather than show it empty. */
  refuseUnseen?: boolean;
}) {
  const { gate, actor, responseId } = input;
  const found: { row?: ResponseTable } = {};
  return gate.read(actor, responseTarget(responseId, found), {
    action: input.action ?? 'read_written_report',
    event: 'response.read',
    recordType: 'written_report',
    recordId: responseId,
    run: async (h) => {
      const view = await writtenReportView(h, found.row!, input.wording);
      const { author, report } = view.fields;
      const seen = author === h.actor.userId || (report !== null && seesMandatedReport(h.actor, h.access, report));
      if (input.refuseUnseen && !seen) {
        // PC 11167(d): the refusal is audited as one, not as a read of the response (as before).
        h.refuse({
          event: 'access.denied',
          ...(found.row!.youth_id ? { youthId: found.row!.youth_id } : {}),
          recordType: 'written_report',
          recordId: responseId,
          outcome: 'denied',
          details: { action: input.action ?? 'read_written_report' },
        });
        throw harborErrorWithMessage('forbidden', 'response.writtenReport.confidential', 'the report is confidential');
      }
      return view;
    },
  });
}
