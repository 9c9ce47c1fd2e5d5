import type { Answers } from '@harbor/core';
import { isUniqueViolation } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { ScreeningTable } from '../../db/tables/screening.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { requireInstrument } from './instruments.js';
import { insertScreening, screeningByIdempotencyKey } from './queries.js';
import { readScreening } from './read-screening.js';
import { ANSWERS, checkAnswers, completion } from './screening-rules.js';
import { screeningView } from './screening-view.js';

export interface ScreeningInput {
  instrumentId: string;
  instrumentVersion: number;
  youthId?: string | null | undefined;
  answers: Answers;
  complete: boolean;
  idempotencyKey: string;
}

/**
 * Starts a screening (a draft, or completed at once, e.g. from the offline queue). A submission carries an
 * idempotency key: sent twice (a retry, an offline queue), it is stored once, and the second call answers with the
 * first screening (`created` false).
 */
export async function submitScreening(input: { gate: RecordsGate; actor: Actor; body: ScreeningInput }) {
  const { gate, actor, body } = input;
  const instrument = await requireInstrument(gate.db, body.instrumentId, body.instrumentVersion);
  const youthId = body.youthId ?? null;
  const answers = checkAnswers(instrument, body.answers, body.complete);
  try {
    const screening = await gate.write(actor, youthId ? { youthId } : { creating: 'screening' }, {
      action: 'screen',
      readEvent: 'screening.read',
      recordType: 'screening',
      run: async (h) => {
        const id = newId();
        const row: ScreeningTable = {
          id,
          youth_id: youthId,
          instrument_id: instrument.id,
          instrument_version: instrument.version,
          status: 'draft',
          answers: h.seal(...ANSWERS, id, JSON.stringify(answers)),
          level: null,
          result: null,
          safety: 0,
          created_by: actor.userId,
          created_by_agency_id: actor.agencyId,
          completed_by: null,
          completed_at: null,
          corrects_id: null,
          correction_reason: null,
          idempotency_key: body.idempotencyKey,
          ...versionedInsertColumns(h.now),
          ...(body.complete ? completion(actor, instrument, answers, h.now) : {}),
        };
        await insertScreening(h.db, row);
        h.record({
          event: body.complete ? 'screening.completed' : 'screening.saved',
          ...(youthId ? { youthId } : {}),
          recordType: 'screening',
          recordId: id,
          fields: ['answers'],
          outcome: 'success',
          details: {
            instrument: `${instrument.id}.v${instrument.version}`,
            ...(row.level ? { level: row.level } : {}),
          },
        });
        h.shows({ youthId, recordId: id });
        return screeningView(h, row, instrument, { fresh: true });
      },
    });
    return { screening, created: true };
  } catch (error) {
    // The same submission again (a retry, the offline queue sending twice, or two at once): the unique index on
    // (author, idempotency key) refused the second; answer with the first. (No lookup before the insert: a repeat is
    // rare and every submission would pay for it.)
    if (!isUniqueViolation(error)) throw error;
    const winner = await screeningByIdempotencyKey(gate.db, actor.userId, body.idempotencyKey);
    if (!winner) throw error;
    return { screening: await readScreening({ gate, actor, screeningId: winner.id }), created: false };
  }
}
