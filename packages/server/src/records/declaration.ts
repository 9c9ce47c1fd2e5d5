import type { AuditEventName, FieldClass, Permission } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { BlindIndexKind, EncryptionPurpose } from '../crypto/field-encryption.js';
import type { Database } from '../db/schema.js';

/**
 * How a feature declares itself, once, in its `feature.ts`: the tables it owns (and which hold a youth's data), each
 * column's field class and encryption, its audit events, the permissions its routes ask for, its routes and its
 * jobs. The server registers features from one list (features/index.ts); the records gate, `harbor keys rotate`, the
 * audit vocabulary and the wall tests read the same declarations, so nothing depends on a list someone must remember.
 */

/** Encryption of declared columns under the current key, and blind indexes (the gate's, or the rotation's). */
export interface RecordCrypto {
  seal(table: string, column: string, rowId: string, plaintext: string): string;
  open(table: string, column: string, rowId: string, stored: string): string;
  blindIndex(value: string, kind: BlindIndexKind): string;
}

export interface ColumnDeclaration {
  /**
   * Who may read it (docs/security.md). Several classes when the class depends on the row (a step note is clinical for
   * clinical steps and protocol for the others); `meta` for what is not data about the youth (ids, times, statuses).
   */
  class: FieldClass | readonly FieldClass[] | 'meta';
  /** Encrypted at rest with the key of this purpose (AES-256-GCM bound to table, column and row). */
  encrypted?: EncryptionPurpose;
}

export interface TableDeclaration {
  /** True when the table holds a youth's data: then only the records gate and the feature's query modules touch it. */
  youthData: boolean;
  /** The columns worth declaring: every encrypted one, and every one holding a youth's data. */
  columns: Readonly<Record<string, ColumnDeclaration>>;
  /**
   * After `harbor keys rotate` re-encrypted a batch of this table's rows: anything else keyed by the secret (the
   * youth's blind indexes). Returns how many rows it rewrote.
   */
  afterRotation?: (trx: Kysely<Database>, crypto: RecordCrypto, rowIds: readonly string[]) => Promise<number>;
}

export interface FeatureDeclaration<Services = unknown> {
  name: string;
  /** The tables this feature owns (created by its migrations). */
  tables?: Readonly<Record<string, TableDeclaration>>;
  /** The audit events it writes (the vocabulary is the union over every feature). */
  auditEvents: readonly AuditEventName[];
  /** The permissions its routes ask for. */
  permissions: readonly Permission[];
  /** Its HTTP routes (a Fastify plugin body). */
  routes?: (app: import('fastify').FastifyInstance, services: Services) => Promise<void>;
  /** Run once at start, before routes are served (e.g. storing shipped definitions). */
  prepare?: (services: Services) => Promise<void>;
  /** Work each server process runs in the background while it serves (started and stopped by serve.ts). */
  jobs?: readonly ((context: JobContext<Services>) => Job)[];
}

/** A background job of a running server: started once, stopped (and awaited) at shutdown. */
export interface Job {
  start(): void;
  stop(): Promise<void>;
}

export interface JobContext<Services> {
  services: Services;
  logger: import('pino').Logger;
}

/** Declares a feature (identity function: it checks the shape and keeps the literal types). */
export function defineFeature<Services>(declaration: FeatureDeclaration<Services>): FeatureDeclaration<Services> {
  return declaration;
}

export interface EncryptedColumn {
  feature: string;
  table: string;
  column: string;
  purpose: EncryptionPurpose;
}

/** What every feature declared, put together: the registry the gate, the rotation and the tests read. */
export class FeatureRegistry {
  readonly encrypted: readonly EncryptedColumn[];
  readonly youthTables: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, { feature: string; table: TableDeclaration }>;
  readonly auditEvents: ReadonlySet<AuditEventName>;
  readonly #encrypted = new Map<string, EncryptionPurpose>();

  constructor(readonly features: readonly FeatureDeclaration<never>[]) {
    const tables = new Map<string, { feature: string; table: TableDeclaration }>();
    const youthTables = new Map<string, string>();
    const encrypted: EncryptedColumn[] = [];
    const names = new Set<string>();
    for (const feature of features) {
      if (names.has(feature.name)) throw new Error(`Two features are named ${feature.name}`);
      names.add(feature.name);
      for (const [name, table] of Object.entries(feature.tables ?? {})) {
        const owner = tables.get(name);
        if (owner) throw new Error(`Table ${name} is declared by ${owner.feature} and ${feature.name}`);
        tables.set(name, { feature: feature.name, table });
        if (table.youthData) youthTables.set(name, feature.name);
        for (const [column, declared] of Object.entries(table.columns)) {
          if (!declared.encrypted) continue;
          encrypted.push({ feature: feature.name, table: name, column, purpose: declared.encrypted });
          this.#encrypted.set(`${name}.${column}`, declared.encrypted);
        }
      }
    }
    this.tables = tables;
    this.youthTables = youthTables;
    this.encrypted = encrypted;
    this.auditEvents = new Set(features.flatMap((f) => f.auditEvents));
  }

  /** The purpose a declared encrypted column is written with; throws for a column no feature declared. */
  purposeOf(table: string, column: string): EncryptionPurpose {
    const purpose = this.#encrypted.get(`${table}.${column}`);
    if (!purpose) {
      throw new Error(
        `${table}.${column} is not declared as an encrypted column by any feature (feature.ts): key rotation would miss it`,
      );
    }
    return purpose;
  }
}
