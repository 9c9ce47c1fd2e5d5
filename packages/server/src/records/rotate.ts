import type { Kysely } from 'kysely';
import {
  blindIndex,
  decryptField,
  encryptField,
  FieldDecryptionError,
  fieldAad,
  looksEncrypted,
  needsRotation,
  reencryptField,
} from '../crypto/field-encryption.js';
import type { Keyring } from '../crypto/keys.js';
import type { Database } from '../db/schema.js';
import type { FeatureRegistry, RecordCrypto } from './declaration.js';

/** The tables with encrypted columns, as the rotation sees them: text columns by name. */
type LooseTables = Record<string, Record<string, string | null>>;

export interface RotationReport {
  /** Values rewritten under the current key, per table. */
  reencrypted: Record<string, number>;
  /** Values that were already under the current key. */
  alreadyCurrent: number;
  /** Values changed by someone else while the rotation ran (written under the current key; run again to be sure). */
  skipped: number;
  /** Rows whose other keyed data (the youth's blind indexes) was rewritten under the current key. */
  indexesRewritten: number;
}

/** A value that cannot be decrypted: where it is, never what it is. */
export class RotationError extends Error {
  override name = 'RotationError';
}

/**
 * Re-encrypts every encrypted value under the current secret key, reading older values with the previous keys of the
 * keyring, and rewrites the youth's blind indexes under the current key. Works in batches of rows, one transaction
 * each; a value changed meanwhile is left to its writer. Running it again changes nothing (idempotent).
 */
export async function rotateKeys(
  db: Kysely<Database>,
  keyring: Keyring,
  registry: FeatureRegistry,
  options: { batchSize?: number } = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 200;
  const loose = db as unknown as Kysely<LooseTables>;
  const report: RotationReport = { reencrypted: {}, alreadyCurrent: 0, skipped: 0, indexesRewritten: 0 };
  const crypto = keyringCrypto(keyring, registry);
  const tables = [...new Set(registry.encrypted.map((c) => c.table))];
  for (const table of tables) {
    const columns = registry.encrypted.filter((c) => c.table === table);
    const afterRotation = registry.tables.get(table)?.table.afterRotation;
    report.reencrypted[table] = 0;
    let after = '';
    for (;;) {
      const rows = await loose
        .selectFrom(table)
        .select(['id', ...columns.map((c) => c.column)])
        .where('id', '>', after)
        .orderBy('id')
        .limit(batchSize)
        .execute();
      if (rows.length === 0) break;
      await db.transaction().execute(async (trx) => {
        const looseTrx = trx as unknown as Kysely<LooseTables>;
        for (const row of rows) {
          const id = row.id as string;
          const changes: Record<string, string> = {};
          const previous: Record<string, string> = {};
          for (const { column, purpose } of columns) {
            const stored = row[column];
            if (stored === null || stored === undefined) continue;
            try {
              if (!needsRotation(keyring, stored, { purpose })) {
                report.alreadyCurrent++;
                continue;
              }
              previous[column] = stored;
              changes[column] = reencryptField(keyring, stored, fieldAad(table, column, id), { purpose });
            } catch (error) {
              if (error instanceof FieldDecryptionError) {
                throw new RotationError(`${table}.${column} of row ${id} cannot be re-encrypted: ${error.message}`);
              }
              throw error;
            }
          }
          const changed = Object.keys(changes);
          if (changed.length === 0) continue;
          let update = looseTrx.updateTable(table).set(changes).where('id', '=', id);
          // Only if nobody changed the row meanwhile (a writer uses the current key anyway).
          for (const column of changed) update = update.where(column, '=', previous[column]!);
          const result = await update.executeTakeFirst();
          if (Number(result.numUpdatedRows) === 1) report.reencrypted[table]! += changed.length;
          else report.skipped += changed.length;
        }
        if (afterRotation) {
          report.indexesRewritten += await afterRotation(
            trx,
            crypto,
            rows.map((r) => r.id as string),
          );
        }
      });
      after = rows.at(-1)!.id as string;
    }
  }
  return report;
}

/**
 * Encrypts the values of declared encrypted columns still held in clear: written before their column was declared
 * encrypted (issue 13, item 5: break-glass and correction reasons). Run at every start; finds nothing once done. A
 * value changed meanwhile is left to its writer, who writes it encrypted.
 */
export async function sealValuesInClear(
  db: Kysely<Database>,
  keyring: Keyring,
  registry: FeatureRegistry,
): Promise<number> {
  const loose = db as unknown as Kysely<LooseTables>;
  let sealed = 0;
  for (const { table, column, purpose } of registry.encrypted) {
    const rows = await loose
      .selectFrom(table)
      .select(['id', column])
      .where(column, 'is not', null)
      .where(column, 'not like', 'v1.%')
      .execute();
    for (const row of rows) {
      const stored = row[column] as string;
      if (looksEncrypted(stored)) continue;
      const value = encryptField(keyring, stored, fieldAad(table, column, row.id as string), { purpose });
      const result = await loose
        .updateTable(table)
        .set({ [column]: value })
        .where('id', '=', row.id as string)
        .where(column, '=', stored)
        .executeTakeFirst();
      sealed += Number(result.numUpdatedRows);
    }
  }
  return sealed;
}

/** Encryption and blind indexes straight from the keyring, for the declared columns (system work, no actor). */
export function keyringCrypto(keyring: Keyring, registry: FeatureRegistry): RecordCrypto {
  return {
    seal: (table, column, rowId, plaintext) =>
      encryptField(keyring, plaintext, fieldAad(table, column, rowId), { purpose: registry.purposeOf(table, column) }),
    open: (table, column, rowId, stored) =>
      decryptField(keyring, stored, fieldAad(table, column, rowId), { purpose: registry.purposeOf(table, column) }),
    blindIndex: (value, kind) => blindIndex(keyring, value, kind),
  };
}
