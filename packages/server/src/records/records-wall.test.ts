import { fileURLToPath } from 'node:url';
import { AUDIT_EVENTS } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { FEATURE_REGISTRY, FEATURES } from '../features/index.js';
import { buildImportGraph } from '../testing/import-graph.js';

/**
 * The wall, checked from the sources: only the records gate (records/) and a feature's own query modules
 * (features/<name>/queries.ts or features/<name>/*-queries.ts) name a table that holds a youth's data in a query;
 * migrations and the schema types may name them; tests may too. And only the gate, the crypto toolkit and the
 * identity primitives (the TOTP secret, a declared column) call the field encryption directly.
 */

const SERVER = fileURLToPath(new URL('../', import.meta.url));
const files = [...buildImportGraph([SERVER]).files.values()].filter(
  (f) => !/\.test\.ts$/.test(f.name) && !f.name.startsWith('testing/'),
);

/** Query-builder calls and helpers that take a table name as their first argument. */
const TABLE_USE =
  /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto|updateVersioned|sql\.table)\(\s*(?:[a-z]+,\s*)?'([a-z_]+)(?: as \w+)?'/g;

function tablesNamedIn(contents: string): string[] {
  return [...contents.matchAll(TABLE_USE)].map((m) => m[1]!);
}

const mayTouch = (file: string, table: string): boolean => {
  if (file.startsWith('records/') || file.startsWith('db/migrations/') || file === 'db/schema.ts') return true;
  const owner = FEATURE_REGISTRY.youthTables.get(table);
  return new RegExp(`^features/${owner}/(?:[a-z-]+-)?queries\\.ts$`).test(file);
};

describe('the records wall in the sources', () => {
  it('finds the queries it looks for (the pattern is not blind)', () => {
    const queries = files.find((f) => f.name === 'features/youth/queries.ts')!;
    expect(tablesNamedIn(queries.contents)).toEqual(
      expect.arrayContaining(['youth', 'youth_index', 'care_team_member', 'break_glass_grant']),
    );
    expect(tablesNamedIn("db.selectFrom('response as r').innerJoin('youth as y', 'y.id', 'r.youth_id')")).toEqual([
      'response',
      'youth',
    ]);
    expect(tablesNamedIn("updateVersioned(trx, 'written_report', id, 1, {})")).toEqual(['written_report']);
  });

  it('lets no file outside the gate and the owning feature’s query modules touch a youth-data table', () => {
    expect(FEATURE_REGISTRY.youthTables.size).toBeGreaterThanOrEqual(12);
    const trespass: string[] = [];
    for (const file of files) {
      for (const table of tablesNamedIn(file.contents)) {
        if (FEATURE_REGISTRY.youthTables.has(table) && !mayTouch(file.name, table))
          trespass.push(`${file.name}: ${table}`);
      }
    }
    expect(trespass).toEqual([]);
  });

  it('lets only the gate, the crypto toolkit and the TOTP primitives encrypt or decrypt fields', () => {
    const direct = files
      .filter((f) => /\b(?:encryptField|decryptField|reencryptField)\(/.test(f.contents))
      .map((f) => f.name)
      .filter((name) => !name.startsWith('records/') && !name.startsWith('crypto/') && name !== 'identity/totp.ts');
    expect(direct).toEqual([]);
  });

  it('makes the audit vocabulary the union of the events the features declare, and nothing more', () => {
    const declared = [...FEATURE_REGISTRY.auditEvents].sort();
    // The events that belong to no feature: the audit trail's own checkpoints, and events written before features
    // were declared. None today.
    expect(declared).toEqual([...AUDIT_EVENTS].sort());
  });

  it('declares every feature once, with events of the vocabulary, and each youth-data table once', () => {
    const names = FEATURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const feature of FEATURES) {
      for (const table of Object.keys(feature.tables ?? {})) {
        expect(FEATURE_REGISTRY.tables.get(table)?.feature, table).toBe(feature.name);
      }
    }
  });
});
