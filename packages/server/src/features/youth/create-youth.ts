import type { NewYouthBody } from '@harbor/core';
import type { Selectable } from 'kysely';
import { newId } from '../../db/ids.js';
import type { YouthTable } from '../../db/schema.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { type Duplicates, findDuplicates } from './find-duplicates.js';
import { addMember, insertYouth, replaceYouthIndexes } from './queries.js';
import { auditName, EMPTY_YOUTH, sealYouth, youthIndexRows } from './youth-data.js';
import { applyInput, checkRecord, refuseHiddenFields, writtenFields } from './youth-rules.js';
import { youthView } from './youth-view.js';

/**
 * Opens a youth's record; the creator joins the care team. Possible duplicates (same name and date of birth, or name
 * and a compatible age) are reported instead (`{ duplicates }`), unless the request confirms this is another youth.
 */
export async function createYouth(input: { gate: RecordsGate; actor: Actor; body: NewYouthBody }) {
  const { gate, actor, body } = input;
  return gate.write(
    actor,
    { creating: 'youth' },
    {
      action: 'create',
      readEvent: 'youth.read',
      recordType: 'youth',
      run: async (h) => {
        const fields = writtenFields(body, true);
        refuseHiddenFields(h, fields);
        const data = applyInput(EMPTY_YOUTH, body, h.now);
        await checkRecord(h.db, data, true, h.now);

        const duplicates = await findDuplicates(h, data);
        const possible = duplicates.visible.length + duplicates.elsewhere.length;
        if (possible > 0 && body.confirmNotDuplicate !== true) {
          for (const d of duplicates.visible) {
            h.record({
              event: 'youth.read',
              youthId: d.id,
              recordType: 'youth',
              recordId: d.id,
              fields: ['display_name', 'id'],
              outcome: 'success',
              details: { via: 'duplicate_check' },
            });
          }
          h.record({
            event: 'youth.searched',
            outcome: 'success',
            details: {
              purpose: 'duplicate_check',
              visible: duplicates.visible.length,
              elsewhere_agencies: duplicates.elsewhere.length,
            },
          });
          return { duplicates: duplicates satisfies Duplicates };
        }

        const id = newId();
        const row: Selectable<YouthTable> = {
          id,
          created_by: actor.userId,
          created_by_agency_id: actor.agencyId,
          ...versionedInsertColumns(h.now),
          ...sealYouth(h, id, data),
          updated_by: actor.userId,
        };
        await insertYouth(h.db, row);
        await replaceYouthIndexes(h.db, id, youthIndexRows(h, id, data));
        await addMember(h.db, {
          youthId: id,
          userId: actor.userId,
          agencyId: actor.agencyId,
          basis: 'creator',
          addedBy: actor.userId,
          now: h.now,
        });
        h.record({
          event: 'youth.created',
          youthId: id,
          recordType: 'youth',
          recordId: id,
          fields: fields.map(auditName),
          outcome: 'success',
          details: { possible_duplicates: possible, confirmed_not_duplicate: body.confirmNotDuplicate === true },
        });
        h.shows({ youthId: id, recordId: id });
        return youthView(h, row, data, 'care_team');
      },
    },
  );
}
