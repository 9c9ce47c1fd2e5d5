import type { Answers } from '@harbor/core';
import type { ScreeningTable } from '../../db/tables/screening.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { requireInstrument } from './instruments.js';
import { loadScreening, updateScreeningRow } from './queries.js';
import { ANSWERS, checkAnswers, completion, screeningTarget } from './screening-rules.js';
import { screeningView } from './screening-view.js';

/** Saves a draft's answers (and completes it when asked). A completed screening is never changed: 409. */
export async function updateDraft(input: {
  gate: RecordsGate;
  actor: Actor;
  screeningId: string;
  body: { answers: Answers; version: number; complete: boolean };
}) {
  const { gate, actor, screeningId: id, body } = input;
  const found: { row?: ScreeningTable } = {};
  return gate.write(actor, screeningTarget(id, found), {
    action: 'update',
    readEvent: 'screening.read',
    recordType: 'screening',
    recordId: id,
    run: async (h) => {
      const row = found.row!;
      if (row.status !== 'draft') {
        throw new HarborError('conflict', `screening ${id} is completed; corrections are new versions`);
      }
      // A draft about an identified youth also needs a place on the youth's care team.
      if (row.youth_id) {
        const youthAccess = (await h.accessTo([row.youth_id])).get(row.youth_id);
        if (!youthAccess) throw new HarborError('not_found', 'no need-to-know for the youth');
        if (youthAccess === 'break_glass') throw new HarborError('forbidden', 'break-glass access is read-only');
      }
      const instrument = await requireInstrument(h.db, row.instrument_id, row.instrument_version);
      const answers = checkAnswers(instrument, body.answers, body.complete);
      await updateScreeningRow(
        h.db,
        id,
        body.version,
        {
          answers: h.seal(...ANSWERS, id, JSON.stringify(answers)),
          ...(body.complete ? completion(actor, instrument, answers, h.now) : {}),
        },
        h.now,
      );
      h.record({
        event: body.complete ? 'screening.completed' : 'screening.saved',
        ...(row.youth_id ? { youthId: row.youth_id } : {}),
        recordType: 'screening',
        recordId: id,
        fields: ['answers'],
        outcome: 'success',
      });
      h.shows({ youthId: row.youth_id, recordId: id });
      return screeningView(h, (await loadScreening(h.db, id))!, instrument);
    },
  });
}
