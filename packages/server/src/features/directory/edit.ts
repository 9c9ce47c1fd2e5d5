import type { MessageKey } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { HarborError } from '../../errors.js';
import { type Actor, actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';

/** What every edit of the directory is given: the services, the editor and the time. */
export interface EditContext {
  services: Pick<Services, 'database' | 'auditKey'>;
  actor: Actor;
  now: Date;
}

export interface EditStep {
  trx: Kysely<Database>;
  at: string;
  now: Date;
  changedBy: string;
}

/**
 * Runs an edit in one transaction: its work answers the entries and fields it changed (each already in the change
 * history), and each changed entry gets a `directory.changed` audit entry naming its fields. A refusal thrown by the
 * work rolls everything back.
 */
export async function edit<T>(
  ctx: EditContext,
  work: (step: EditStep) => Promise<{ result: T; changed: { entity: string; id: string; fields: string[] }[] }>,
): Promise<T> {
  return ctx.services.database.db.transaction().execute(async (trx) => {
    const { result, changed } = await work({
      trx,
      at: toStoredTime(ctx.now),
      now: ctx.now,
      changedBy: ctx.actor.userId,
    });
    for (const entry of changed.filter((c) => c.fields.length > 0)) {
      await appendAudit(
        trx,
        ctx.services.auditKey,
        {
          event: 'directory.changed',
          ...actorFields(ctx.actor),
          recordType: `directory_${entry.entity}`,
          recordId: entry.id,
          fields: entry.fields,
          outcome: 'success',
        },
        ctx.now,
      );
    }
    return result;
  });
}

/** A refusal of one field, with its translated message (nothing is changed). */
export function refused(path: string, message: MessageKey): HarborError {
  return new HarborError('validation_failed', `${path}: ${message}`, [{ path, message }]);
}

/** The columns of a request's fields (camelCase in the API, HSDS names in the tables), given ones only. */
export function columnsOf(
  input: Record<string, unknown>,
  names: Record<string, string>,
): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [key, column] of Object.entries(names)) {
    if (input[key] !== undefined) out[column] = input[key] as string | number | null;
  }
  return out;
}
