import type { ServerScreening } from '../../offline/api-types';
import { createRecord, type LocalScreening, listRecords } from '../../offline/records';

/** The device's copy of a server draft to resume: the one already here, else a new copy of the server's. */
export async function resumeDraft(owner: string, draft: ServerScreening): Promise<LocalScreening> {
  const existing = (await listRecords(owner)).find((r) => r.serverId === draft.id && r.sentAs === null);
  if (existing) return existing;
  return createRecord({
    owner,
    kind: 'screening',
    instrumentId: draft.instrumentId,
    instrumentVersion: draft.instrumentVersion,
    youthId: draft.youthId,
    answers: draft.answers,
    serverId: draft.id,
    serverVersion: draft.version,
  });
}

/** A correction of a completed screening, starting from its answers. */
export function startCorrection(owner: string, original: ServerScreening): Promise<LocalScreening> {
  return createRecord({
    owner,
    kind: 'correction',
    instrumentId: original.instrumentId,
    instrumentVersion: original.instrumentVersion,
    youthId: original.youthId,
    answers: original.answers,
    corrects: original.id,
  });
}
