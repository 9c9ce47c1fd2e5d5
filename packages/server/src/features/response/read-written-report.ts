import type { ReportWording } from '@harbor/core';
import type { ResponseTable } from '../../db/tables/response.js';
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
}) {
  const { gate, actor, responseId } = input;
  const found: { row?: ResponseTable } = {};
  return gate.read(actor, responseTarget(responseId, found), {
    action: input.action ?? 'read_written_report',
    event: 'response.read',
    recordType: 'written_report',
    recordId: responseId,
    run: (h) => writtenReportView(h, found.row!, input.wording),
  });
}
