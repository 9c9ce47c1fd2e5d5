import { WRITTEN_REPORT_REQUIRED, type WrittenReportMethod } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { ResponseTable } from '../../db/tables/response.js';
import { staleVersion, versionedInsertColumns } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { insertWrittenReport, updateWrittenReportRow, writtenReportOf } from './queries.js';
import { closeStep, responseTarget } from './response-rules.js';
import { storedReport, type WrittenReportFields, writtenReportStep, writtenReportView } from './written-report-view.js';

/**
 * Saves the reporter's version (version 0 = first save); a submitted report is not changed. Only the reporter writes
 * it. With `submittedAt` it is marked submitted (and with `sentVia`, how it was sent), which completes the protocol's
 * 36-hour step; PC 11167(a)'s required fields must be filled by then (WRITTEN_REPORT_REQUIRED).
 */
export async function saveWrittenReport(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  body: {
    fields: WrittenReportFields;
    version: number;
    submittedAt?: string | undefined;
    sentVia?: WrittenReportMethod | undefined;
  };
}) {
  const { gate, actor, responseId, body } = input;
  const found: { row?: ResponseTable } = {};
  return gate.write(actor, responseTarget(responseId, found), {
    action: 'written_report',
    readEvent: 'response.read',
    recordType: 'written_report',
    recordId: responseId,
    run: async (h) => {
      const response = found.row!;
      const step = await writtenReportStep(h.db, response);
      if (step?.owner_user_id && step.owner_user_id !== actor.userId) {
        throw new HarborError('forbidden', 'the written report is the reporter’s');
      }
      const submittedAt = body.submittedAt ? new Date(body.submittedAt) : null;
      if (submittedAt && submittedAt.getTime() > h.now.getTime() + 60_000) {
        throw new HarborError('validation_failed', 'a time in the future', [
          { path: 'body.submittedAt', message: 'response.time.future' },
        ]);
      }
      if (submittedAt) {
        const missing = WRITTEN_REPORT_REQUIRED.filter((f) => !body.fields[f].trim());
        if (missing.length > 0) {
          throw new HarborError(
            'validation_failed',
            'fields PC 11167(a) requires are empty',
            missing.map((f) => ({ path: `body.fields.${f}`, message: 'validation.required' })),
          );
        }
      }
      const existing = await writtenReportOf(h.db, responseId);
      if (existing?.submitted_at) throw new HarborError('conflict', 'the report was submitted');
      if (!existing && body.version !== 0) throw staleVersion('no saved report at that version', 0);
      const id = existing?.id ?? newId();
      const sentVia = submittedAt ? (body.sentVia ?? null) : null;
      const sealed = h.seal('written_report', 'fields', id, storedReport(body.fields, sentVia));
      if (existing) {
        await updateWrittenReportRow(
          h.db,
          id,
          body.version,
          {
            fields: sealed,
            ...(submittedAt ? { submitted_at: toStoredTime(submittedAt), submitted_by: actor.userId } : {}),
          },
          h.now,
        );
      } else {
        const inserted = await insertWrittenReport(h.db, {
          id,
          response_id: responseId,
          fields: sealed,
          submitted_at: submittedAt ? toStoredTime(submittedAt) : null,
          submitted_by: submittedAt ? actor.userId : null,
          ...versionedInsertColumns(h.now),
        });
        if (!inserted) {
          const saved = await writtenReportOf(h.db, responseId);
          throw staleVersion('a first report was saved meanwhile', saved?.version ?? 1);
        }
      }
      h.record({
        event: submittedAt ? 'response.written_report_submitted' : 'response.written_report_saved',
        ...(response.youth_id ? { youthId: response.youth_id } : {}),
        recordType: 'written_report',
        recordId: id,
        fields: ['fields'],
        outcome: 'success',
      });
      if (submittedAt && step?.status === 'pending') {
        await closeStep(h, response, step, { status: 'completed', at: submittedAt, note: null });
      }
      return writtenReportView(h, response);
    },
  });
}
