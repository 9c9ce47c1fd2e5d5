import { type Answers, itemFieldClass } from '@harbor/core';
import { isUniqueViolation } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { ScreeningTable } from '../../db/tables/screening.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { requireInstrument } from './instruments.js';
import { insertScreening, screeningByIdempotencyKey } from './queries.js';
import { readScreening } from './read-screening.js';
import { ANSWERS, checkAnswers, completion, screeningTarget } from './screening-rules.js';
import { answersAuthor, openAnswers, screeningView } from './screening-view.js';

/**
 * Corrects a completed screening: a new completed screening with the corrected answers that names the one it
 * corrects, who made the correction and why. The original is kept unchanged; only the latest version can be
 * corrected. A corrector who may not see some answers (clinical items, for a non-clinical role) cannot change them:
 * they are carried over from the original, and a correction that sends one is refused.
 */
export async function correctScreening(input: {
  gate: RecordsGate;
  actor: Actor;
  screeningId: string;
  body: { answers: Answers; reason: string; idempotencyKey: string };
}) {
  const { gate, actor, screeningId: id, body } = input;
  const earlier = await screeningByIdempotencyKey(gate.db, actor.userId, body.idempotencyKey);
  if (earlier) return { screening: await readScreening({ gate, actor, screeningId: earlier.id }), created: false };
  const found: { row?: ScreeningTable } = {};
  try {
    const screening = await gate.write(actor, screeningTarget(id, found), {
      action: 'correct',
      readEvent: 'screening.read',
      recordType: 'screening',
      run: async (h) => {
        const original = found.row!;
        if (original.status !== 'completed')
          throw new HarborError('conflict', 'only a completed screening is corrected');
        const instrument = await requireInstrument(h.db, original.instrument_id, original.instrument_version);
        const before = openAnswers(h, original);
        // The corrector changes what they may see: every answer when they entered them all, else by class.
        const theirs = (await answersAuthor(h.db, original)) === actor.userId;
        const hidden = (itemId: string) => !theirs && !h.classes.has(itemFieldClass(instrument, itemId));
        // Only the instrument's items: a key that names none is refused by the answers' validation below (an audit
        // event names fields, never a value from the request: a 500 before).
        const items = new Set(instrument.domains.flatMap((d) => d.items.map((i) => i.id)));
        const refused = Object.keys(body.answers).filter((itemId) => items.has(itemId) && hidden(itemId));
        if (refused.length > 0) {
          h.refuse({
            event: 'access.denied',
            ...(original.youth_id ? { youthId: original.youth_id } : {}),
            recordType: 'screening',
            recordId: id,
            fields: refused.map((itemId) => `answers.${itemId.replace(/-/g, '_')}`),
            outcome: 'denied',
            details: { action: 'correct_hidden_answers' },
          });
          throw new HarborError(
            'forbidden',
            `answers ${refused.join(', ')} are for clinical roles`,
            refused.map((itemId) => ({ path: `body.answers.${itemId}`, message: 'screening.answer.hidden' })),
          );
        }
        const kept = Object.fromEntries(Object.entries(before).filter(([itemId]) => hidden(itemId)));
        const answers = checkAnswers(instrument, { ...body.answers, ...kept }, true);
        const newIdValue = newId();
        const row: ScreeningTable = {
          id: newIdValue,
          youth_id: original.youth_id,
          instrument_id: original.instrument_id,
          instrument_version: original.instrument_version,
          answers: h.seal(...ANSWERS, newIdValue, JSON.stringify(answers)),
          created_by: actor.userId,
          created_by_agency_id: actor.agencyId,
          corrects_id: original.id,
          correction_reason: h.seal('screening', 'correction_reason', newIdValue, body.reason.trim()),
          idempotency_key: body.idempotencyKey,
          ...versionedInsertColumns(h.now),
          ...completion(actor, instrument, answers, h.now),
        };
        // The unique index on corrects_id refuses a second correction of the same version.
        await insertScreening(h.db, row);
        h.record({
          event: 'screening.corrected',
          ...(original.youth_id ? { youthId: original.youth_id } : {}),
          recordType: 'screening',
          recordId: newIdValue,
          fields: ['answers'],
          outcome: 'success',
          details: { corrects: original.id, level: row.level },
        });
        h.shows({ youthId: original.youth_id, recordId: newIdValue });
        return screeningView(h, row, instrument, { fresh: true });
      },
    });
    return { screening, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await screeningByIdempotencyKey(gate.db, actor.userId, body.idempotencyKey);
    if (winner) return { screening: await readScreening({ gate, actor, screeningId: winner.id }), created: false };
    throw new HarborError('conflict', `screening ${id} was already corrected; correct the newest version`);
  }
}
