import { defaultLearnedAt } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { screeningForReport } from '../screening/queries.js';
import {
  insertNotification,
  loadStepRow,
  responsesWithoutLearnedAt,
  setLearnedAtOnce,
  telephoneReportTimesOf,
} from './queries.js';
import { protocolOf, rescheduleStep } from './response-rules.js';

const BATCH = 100;

/**
 * A one-off job run at every start (and doing nothing once done): responses opened before Harbor recorded when the
 * reporter received the information ran the written report's 36 hours from the telephone call. Penal Code 11166(a)
 * runs them "within 36 hours of receiving the information": for each such response, the default time (the earliest of
 * the recovery, the opening, the screening's completion and the call) is recorded and a pending written report's due
 * time recomputed from it, with an audit entry per change and a notification to the step's owner when it moves earlier.
 * Each response in a transaction of its own; several processes starting at once set each response once.
 */
export async function recomputeWrittenReportDeadlines(
  db: Kysely<Database>,
  auditKey: Buffer,
  now = new Date(),
): Promise<number> {
  let moved = 0;
  for (;;) {
    const rows = await responsesWithoutLearnedAt(db, BATCH);
    if (rows.length === 0) return moved;
    for (const row of rows) {
      await db.transaction().execute(async (trx) => {
        const screening = row.screening_id ? await screeningForReport(trx, row.screening_id) : undefined;
        const calls = await telephoneReportTimesOf(trx, [row.id]);
        const learnedAt = defaultLearnedAt({
          openedAt: new Date(row.opened_at),
          recoveredAt: row.recovered_at ? new Date(row.recovered_at) : null,
          screenedAt: screening?.completed_at ? new Date(screening.completed_at) : null,
          calledAt: calls.length > 0 ? new Date(Math.min(...calls.map((c) => Date.parse(c.called_at)))) : null,
        });
        if (!(await setLearnedAtOnce(trx, row.id, toStoredTime(learnedAt)))) return;
        const protocol = await protocolOf(trx, row);
        const definition = protocol.steps.find((s) => s.completion === 'written_report');
        const step = definition ? await loadStepRow(trx, row.id, definition.id) : undefined;
        if (!definition || !step) return;
        const change = await rescheduleStep(trx, definition, step, learnedAt, now);
        if (!change) return;
        moved += 1;
        await appendAudit(
          trx,
          auditKey,
          {
            event: 'response.deadline_moved',
            ...(row.youth_id ? { youthId: row.youth_id } : {}),
            recordType: 'response_step',
            recordId: step.id,
            outcome: 'success',
            details: {
              step: definition.id,
              ...(change.from ? { from: change.from } : {}),
              to: change.to,
              reason: 'pc_11166a_information_received',
            },
          },
          now,
        );
        if (change.from === null || Date.parse(change.to) < Date.parse(change.from)) {
          await insertNotification(
            trx,
            {
              user_id: step.owner_user_id ?? row.opener_user_id,
              kind: 'deadline_earlier',
              response_id: row.id,
              response_step_id: step.id,
            },
            now,
          );
        }
      });
    }
  }
}
