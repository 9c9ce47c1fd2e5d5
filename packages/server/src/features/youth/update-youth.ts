import type { YouthField, YouthPatchBody } from '@harbor/core';
import { toStoredTime } from '../../db/ids.js';
import { HarborError } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { loadYouthRow, replaceYouthIndexes, updateYouthRow } from './queries.js';
import { auditName, columnsOf, openYouth, sealYouth, youthIndexRows } from './youth-data.js';
import { applyInput, checkRecord, refuseHiddenFields, writtenFields } from './youth-rules.js';
import { youthView } from './youth-view.js';

/**
 * Changes the fields a request sends, at the version the caller read (409 `conflict` and no change otherwise).
 * Fields of a class the caller may not see are refused (403) and nothing changes; break-glass access reads only.
 */
export async function updateYouth(input: { gate: RecordsGate; actor: Actor; youthId: string; body: YouthPatchBody }) {
  const { gate, actor, youthId, body } = input;
  return gate.write(
    actor,
    { youthId },
    {
      action: 'update',
      readEvent: 'youth.read',
      recordType: 'youth',
      recordId: youthId,
      run: async (h) => {
        const fields = writtenFields(body, false);
        refuseHiddenFields(h, fields, youthId);
        const row = await loadYouthRow(h.db, youthId);
        if (!row) throw new HarborError('not_found', `no youth ${youthId}`);
        const data = applyInput(openYouth(h, row), body, h.now);
        const touchesBirth = fields.some((f) => f === 'dateOfBirth' || f === 'estimatedAge' || f === 'ageEstimatedOn');
        await checkRecord(h.db, data, touchesBirth, h.now);
        const written: YouthField[] = fields.includes('estimatedAge')
          ? [...new Set([...fields, 'ageEstimatedOn' as const])]
          : fields;
        const version = await updateYouthRow(
          h.db,
          youthId,
          body.version,
          { ...columnsOf(sealYouth(h, youthId, data), written), updated_by: actor.userId },
          h.now,
        );
        if (written.some((f) => f === 'legalName' || f === 'namesUsed' || f === 'dateOfBirth')) {
          await replaceYouthIndexes(h.db, youthId, youthIndexRows(h, youthId, data));
        }
        h.record({
          event: 'youth.updated',
          youthId,
          recordType: 'youth',
          recordId: youthId,
          fields: written.map(auditName),
          outcome: 'success',
          details: { version },
        });
        const access = h.access === 'creator' ? 'care_team' : h.access;
        return youthView(h, { ...row, version, updated_at: toStoredTime(h.now) }, data, access);
      },
    },
  );
}
