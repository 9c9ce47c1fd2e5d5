import type { Kysely } from 'kysely';
import { toStoredTime } from '../db/ids.js';
import type { Database } from '../db/schema.js';

/**
 * Definitions kept as data (screening instruments, response protocols): one row per id and version, validated by the
 * core's parser before it is stored and never changed afterwards (a change is a new version). Shipped definitions are
 * stored at start when missing; a county imports its own with the CLI.
 */

/** The tables that hold definitions: (id, version) primary key, `definition` JSON text, `origin`, `imported_at`. */
export type DefinitionTable = 'instrument' | 'protocol' | 'court_program';

export interface Definition {
  id: string;
  version: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: { path: string; message: string }[] };

export type ImportOutcome = { status: 'imported' | 'unchanged'; id: string; version: number };

/** Why a definition file was refused: every problem, each with where it is. */
export class DefinitionImportError extends Error {
  constructor(
    message: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'DefinitionImportError';
  }
}

export class DefinitionStore<T extends Definition> {
  /** Stored definitions are immutable, so a process keeps each one it has read. */
  readonly #cache = new Map<string, T>();

  /**
   * Both tables have the columns used here (id, version, definition, origin, imported_at); only the instrument table has
   * `retired_at` (asked for by `newest({ skipRetired })` only). Queries are typed against the instrument table's shape.
   */
  private get typed(): 'instrument' {
    return this.table as 'instrument';
  }

  constructor(
    private readonly table: DefinitionTable,
    private readonly parse: (input: unknown) => ParseResult<T>,
    private readonly shipped: readonly T[],
  ) {}

  /** Stores the definitions that ship with Harbor, if missing. Safe at every start, by several processes at once. */
  async ensureShipped(db: Kysely<Database>, now = new Date()): Promise<void> {
    for (const definition of this.shipped) {
      await db
        .insertInto(this.typed)
        .values({
          id: definition.id,
          version: definition.version,
          definition: JSON.stringify(definition),
          origin: 'shipped',
          imported_at: toStoredTime(now),
        })
        .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
        .execute();
      await this.refreshAccessClasses(db, definition);
    }
  }

  /**
   * A shipped version stored by an earlier Harbor that differs from today's only in its field classes (`fieldClass`,
   * `noteClass`: who may read an answer or a note, never what is asked or how it is scored) takes today's classes, so
   * a tightened access rule reaches the screenings and responses already made under that version. Anything else that
   * differs stays as stored (a stored version never changes its content).
   */
  private async refreshAccessClasses(db: Kysely<Database>, definition: T): Promise<void> {
    const text = JSON.stringify(definition);
    const stored = await db
      .selectFrom(this.typed)
      .select('definition')
      .where('id', '=', definition.id)
      .where('version', '=', definition.version)
      .where('origin', '=', 'shipped')
      .executeTakeFirst();
    if (!stored || stored.definition === text) return;
    if (
      JSON.stringify(withoutAccessClasses(JSON.parse(stored.definition))) !==
      JSON.stringify(withoutAccessClasses(definition))
    ) {
      return;
    }
    await db
      .updateTable(this.typed)
      .set({ definition: text })
      .where('id', '=', definition.id)
      .where('version', '=', definition.version)
      .where('definition', '=', stored.definition)
      .execute();
    this.#cache.delete(`${definition.id}@${definition.version}`);
  }

  /** One version, or undefined when Harbor does not have it. */
  async find(db: Kysely<Database>, id: string, version: number): Promise<T | undefined> {
    const key = `${id}@${version}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const row = await db
      .selectFrom(this.typed)
      .select('definition')
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) return undefined;
    const parsed = this.parse(JSON.parse(row.definition));
    if (!parsed.ok) throw new Error(`stored ${this.table} ${key} no longer passes validation`);
    this.#cache.set(key, parsed.value);
    return parsed.value;
  }

  /** The newest stored version of each id (optionally only where `retired_at` is null), with its origin. */
  async newest(db: Kysely<Database>, options: { skipRetired?: boolean } = {}) {
    let query = db.selectFrom(this.typed).select(['id', 'version', 'origin']).orderBy('id').orderBy('version', 'desc');
    if (options.skipRetired) query = query.where('retired_at', 'is', null);
    const rows = await query.execute();
    const out: { definition: T; origin: 'shipped' | 'imported' }[] = [];
    for (const [i, row] of rows.entries()) {
      if (i > 0 && rows[i - 1]!.id === row.id) continue;
      const definition = await this.find(db, row.id, row.version);
      if (definition) out.push({ definition, origin: row.origin });
    }
    return out;
  }

  /**
   * Imports a definition (already read from JSON). Refused with every problem listed when it is invalid, or when the
   * same id and version already hold a different definition (a change needs a new version number).
   */
  async import(db: Kysely<Database>, input: unknown, now = new Date()): Promise<ImportOutcome> {
    const parsed = this.parse(input);
    if (!parsed.ok) {
      throw new DefinitionImportError(`the definition has ${parsed.errors.length} problem(s)`, parsed.errors);
    }
    const { id, version } = parsed.value;
    const text = JSON.stringify(parsed.value);
    return db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom(this.typed)
        .select('definition')
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      if (existing) {
        if (existing.definition === text) return { status: 'unchanged', id, version };
        throw new DefinitionImportError(`${id} version ${version} already exists with other content`, [
          {
            path: 'version',
            message: `version ${version} of ${id} is already in use; give the changed definition a higher version number`,
          },
        ]);
      }
      await trx
        .insertInto(this.typed)
        .values({ id, version, definition: text, origin: 'imported', imported_at: toStoredTime(now) })
        .execute();
      return { status: 'imported', id, version };
    });
  }
}

const ACCESS_CLASS_KEYS = new Set(['fieldClass', 'noteClass']);

/** A definition without its field classes, for comparing what it asks and how it scores. */
function withoutAccessClasses(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAccessClasses);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !ACCESS_CLASS_KEYS.has(key))
      .map(([key, inner]) => [key, withoutAccessClasses(inner)]),
  );
}
