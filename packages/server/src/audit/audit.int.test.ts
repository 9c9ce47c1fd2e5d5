import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { type Kysely, type KyselyPlugin, sql, TableNode } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerAuditCommands } from '../cli/audit-command.js';
import { buildConfig } from '../config/index.js';
import { openDatabase, openSqlite } from '../db/database.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { appendV1Entries, rewriteFrom, tamperAudit } from '../testing/audit.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { AUDIT_LOCK_KEY, appendAudit, appendAuditMany, auditOnce } from './append-audit.js';
import { auditChainKey, entryHash, entryMac, GENESIS_HASH } from './chain.js';
import type { AuditEventInput } from './events.js';
import { auditCsv, searchAudit } from './search-audit.js';
import { verifyAudit } from './verify-audit.js';

const SECRET_HEX = 'c'.repeat(64);
const KEY = auditChainKey(Buffer.from(SECRET_HEX, 'hex'));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

const read = (youthId = newId(), extra: Partial<AuditEventInput> = {}): AuditEventInput => ({
  event: 'youth.read',
  actorUserId: newId(),
  youthId,
  recordType: 'youth',
  recordId: youthId,
  fields: ['first_name', 'date_of_birth'],
  outcome: 'success',
  ip: '192.0.2.10',
  userAgent: 'Mozilla/5.0',
  ...extra,
});

/** Changes audit rows the way someone with direct database access would: with the guard triggers off. */
async function tamper(t: TestDatabase, statement: string): Promise<void> {
  const db = t.database.db;
  if (t.dialect === 'postgres') {
    // The test role owns the table, as Harbor's role does; an owner can switch its triggers off.
    await db.transaction().execute(async (trx) => {
      await sql`alter table audit_event disable trigger user`.execute(trx);
      await sql.raw(statement).execute(trx);
      await sql`alter table audit_event enable trigger user`.execute(trx);
    });
    return;
  }
  const { rows: triggers } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_event'`.execute(db);
  expect(triggers.length).toBeGreaterThan(0);
  await db.transaction().execute(async (trx) => {
    for (const trigger of triggers) await sql.raw(`drop trigger ${trigger.name}`).execute(trx);
    await sql.raw(statement).execute(trx);
    for (const trigger of triggers) await sql.raw(trigger.sql).execute(trx);
  });
}

/** Runs `harbor audit verify` in-process through the same registration the real CLI uses. */
async function runVerify(t: TestDatabase, args: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command('harbor').exitOverride().configureOutput({
    writeOut: (s) => out.push(s),
    writeErr: (s) => err.push(s),
  });
  const config = buildConfig({
    HARBOR_DATA_DIR: t.dir,
    HARBOR_DATABASE_URL: t.config.kind === 'sqlite' ? t.config.path : t.config.url,
    HARBOR_SECRET_KEY: SECRET_HEX,
  });
  registerAuditCommands(program, () => config);
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  let code = 0;
  try {
    await program.parseAsync(['node', 'harbor', 'audit', 'verify', ...args]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode;
  } finally {
    write.mockRestore();
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function appendMany(db: Kysely<Database>, count: number, make: (i: number) => AuditEventInput = () => read()) {
  for (let i = 0; i < count; i++) await auditOnce(db, KEY, make(i));
}

async function allSeqs(db: Kysely<Database>): Promise<number[]> {
  const rows = await db.selectFrom('audit_event').select('seq').orderBy('seq').execute();
  return rows.map((r) => Number(r.seq));
}

for (const dialect of DIALECTS) {
  describe(`audit trail [${dialect}]`, () => {
    const opened: TestDatabase[] = [];
    const fresh = async () => {
      const t = await createTestDatabase(dialect);
      opened.push(t);
      return t;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((t) => t.drop()));
    });

    it('appends entries in order, linked by their hashes, and verifies them intact', async () => {
      const t = await fresh();
      const db = t.database.db;
      expect(await verifyAudit(db, KEY)).toEqual({
        checked: 0,
        problems: [],
        problemCount: 0,
        last: null,
        checkpoints: { checked: 0, trusted: 0, last: null },
      });

      const first = await auditOnce(db, KEY, read(), new Date('2026-11-28T14:00:00Z'));
      expect(first).toMatchObject({ seq: 1, prev_hash: GENESIS_HASH, at: '2026-11-28T14:00:00.000Z' });
      const second = await auditOnce(db, KEY, {
        event: 'auth.sign_in.failed',
        outcome: 'failure',
        details: { reason: 'bad_password' },
      });
      expect(second).toMatchObject({ seq: 2, prev_hash: first.hash, actor_user_id: null, fields: '[]' });
      await appendMany(db, 8);

      const stored = await db.selectFrom('audit_event').selectAll().where('seq', '=', 1).executeTakeFirstOrThrow();
      expect(stored).toEqual(first);
      expect(JSON.parse(stored.fields)).toEqual(['first_name', 'date_of_birth']);
      const result = await verifyAudit(db, KEY);
      expect(result).toMatchObject({ checked: 10, problems: [], problemCount: 0 });
      expect(result.last?.seq).toBe(10);

      const cli = await runVerify(t);
      expect(cli.code).toBe(0);
      expect(cli.stdout).toContain('Audit trail intact: 10 entries checked.\n');
      expect(cli.stdout).toContain(`Last entry: seq 10, hash ${result.last?.hash}`);

      const help = await runVerify(t, ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Usage: harbor audit verify/);
      expect(help.stdout).toContain('changed, deleted or reordered');
      expect(help.stdout).toContain('cut short');

      // Another secret key cannot vouch for these entries: their MACs were made with this one.
      const other = await verifyAudit(db, auditChainKey(Buffer.alloc(32, 9)));
      expect(other.problems.map((p) => p.kind)).toEqual(Array(10).fill('changed'));
    });

    it('detects a hand-edited row with `harbor audit verify`, naming its seq, and exits 1', async () => {
      const t = await fresh();
      await appendMany(t.database.db, 6);
      // Someone with database access hides who read a youth's record.
      await tamper(t, `update audit_event set actor_user_id = '${newId()}' where seq = 4`);

      const result = await verifyAudit(t.database.db, KEY);
      expect(result.problems).toEqual([{ seq: 4, kind: 'changed', message: expect.stringContaining('edited') }]);
      const cli = await runVerify(t);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toMatch(/^seq 4: changed: /m);
      expect(cli.stdout).not.toContain('intact');
      expect(cli.stderr).toContain('harbor: the audit trail is damaged: 1 problem(s) in 6 entries checked.');
    });

    it('detects an edit that also replaces the hash, and entries swapped into each other’s place', async () => {
      const t = await fresh();
      await appendMany(t.database.db, 7);
      await tamper(t, `update audit_event set outcome = 'denied', hash = '${'a'.repeat(64)}' where seq = 2`);
      // Reordering: entries 4 and 5 trade places (every column but seq and id swapped, hashes included).
      const columns =
        'at, event, actor_user_id, actor_agency_id, youth_id, record_type, record_id, fields, outcome, ip, user_agent, details, prev_hash, hash';
      await tamper(t, 'create table held as select * from audit_event where seq in (4, 5)');
      await tamper(
        t,
        `update audit_event set (${columns}) = (select ${columns} from held where held.seq = 9 - audit_event.seq) where seq in (4, 5)`,
      );
      await sql`drop table held`.execute(t.database.db);

      const result = await verifyAudit(t.database.db, KEY);
      expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([
        [2, 'changed'],
        [3, 'unlinked'],
        [4, 'unlinked'],
        [4, 'changed'],
        [5, 'unlinked'],
        [5, 'changed'],
        [6, 'unlinked'],
      ]);
      expect(result.checked).toBe(7);
    });

    it('detects an edit with its hash and every later hash recomputed, as anyone can without the key, by the MACs', async () => {
      const t = await fresh();
      await appendMany(t.database.db, 5);
      const rows = await t.database.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
      await tamperAudit(t, ...rewriteFrom(rows, 3, { outcome: 'denied' }).statements);
      const result = await verifyAudit(t.database.db, KEY);
      expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([
        [3, 'changed'],
        [4, 'changed'],
        [5, 'changed'],
      ]);
      expect(result.problems[0]!.message).toContain('its MAC does not match');
    });

    it('still verifies a trail written in format v1 by an earlier Harbor, and finds an edit in it', async () => {
      const t = await fresh();
      await appendV1Entries(t.database.db, KEY, 4);
      await appendMany(t.database.db, 2);
      expect(await verifyAudit(t.database.db, KEY)).toMatchObject({ checked: 6, problems: [] });
      expect((await runVerify(t)).code).toBe(0);
      await tamper(t, `update audit_event set outcome = 'denied' where seq = 2`);
      expect((await verifyAudit(t.database.db, KEY)).problems).toEqual([
        { seq: 2, kind: 'changed', message: expect.stringContaining('edited') },
      ]);
    });

    it('detects deleted rows: in the middle, at the start, and several at once', async () => {
      const t = await fresh();
      await appendMany(t.database.db, 10);
      await tamper(t, 'delete from audit_event where seq = 5');
      expect((await verifyAudit(t.database.db, KEY)).problems).toEqual([
        { seq: 5, kind: 'deleted', message: 'entry 5 is missing' },
      ]);
      await tamper(t, 'delete from audit_event where seq in (1, 7, 8)');
      const result = await verifyAudit(t.database.db, KEY);
      expect(result.checked).toBe(6);
      expect(result.problems.map((p) => [p.seq, p.kind, p.message])).toEqual([
        [1, 'deleted', 'entry 1 is missing'],
        [5, 'deleted', 'entry 5 is missing'],
        [7, 'deleted', 'entries 7 to 8 are missing (2 entries)'],
      ]);
      const cli = await runVerify(t);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toMatch(/^seq 7: deleted: entries 7 to 8 are missing/m);
    });

    it('commits an entry with the change it records, and a rollback leaves neither the entry nor a gap', async () => {
      const t = await fresh();
      const db = t.database.db;
      await appendMany(db, 2);
      const change = (id: string) => ({
        id,
        received_at: new Date().toISOString(),
        kind: 'test',
        document_uri: '',
        blocked_uri: '',
        directive: '',
        disposition: '',
      });

      const kept = newId();
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('security_report').values(change(kept)).execute();
        await appendAudit(trx, KEY, read());
      });
      const dropped = newId();
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.insertInto('security_report').values(change(dropped)).execute();
          const entry = await appendAudit(trx, KEY, read());
          expect(entry.seq).toBe(4);
          throw new Error('the change failed after its audit entry was written');
        }),
      ).rejects.toThrow('the change failed');

      const reports = await db.selectFrom('security_report').select('id').execute();
      expect(reports.map((r) => r.id)).toEqual([kept]);
      expect(await allSeqs(db)).toEqual([1, 2, 3]);
      expect((await auditOnce(db, KEY, read())).seq).toBe(4);
      expect(await verifyAudit(db, KEY)).toMatchObject({ checked: 4, problems: [] });
    });

    it('refuses to append outside a transaction, or an event outside the vocabulary', async () => {
      const t = await fresh();
      const db = t.database.db;
      await expect(appendAudit(db, KEY, read())).rejects.toThrow(/inside the transaction/);
      await expect(auditOnce(db, KEY, { ...read(), event: 'youth.deleted' as never })).rejects.toThrow(
        /Refused audit event: event: /,
      );
      const smuggled = auditOnce(db, KEY, read(newId(), { fields: ['Maria Lopez'] }));
      await expect(smuggled).rejects.toThrow(/fields\.0: a name in lower_snake_case/);
      await expect(smuggled).rejects.not.toThrow(/Maria/);
      expect(await allSeqs(db)).toEqual([]);
    });

    it('lets the database refuse UPDATE, DELETE and any insert that does not extend the chain', async () => {
      const t = await fresh();
      const db = t.database.db;
      await appendMany(db, 3);
      const before = await db.selectFrom('audit_event').selectAll().orderBy('seq').execute();

      await expect(
        db.updateTable('audit_event').set({ outcome: 'denied' }).where('seq', '=', 2).execute(),
      ).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('audit_event').where('seq', '=', 3).execute()).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/);
      if (dialect === 'postgres') {
        await expect(sql`truncate audit_event`.execute(db)).rejects.toThrow(/append-only/);
      } else {
        // INSERT OR REPLACE deletes the row it replaces without firing delete triggers; the insert check stops it.
        const row = { ...before[1]!, outcome: 'denied' };
        await expect(db.insertInto('audit_event').orReplace().values(row).execute()).rejects.toThrow(
          /extend the chain/,
        );
        const sameId = { ...before[0]!, seq: 4, prev_hash: before[2]!.hash };
        await expect(db.insertInto('audit_event').orReplace().values(sameId).execute()).rejects.toThrow(
          /extend the chain/,
        );
      }
      // An entry with a gap before it, or not linked to the last one, is refused too.
      const next = { ...before[2]!, id: newId(), seq: 5, prev_hash: before[2]!.hash };
      await expect(db.insertInto('audit_event').values(next).execute()).rejects.toThrow(/extend the chain/);
      const unlinked = { ...before[2]!, id: newId(), seq: 4, prev_hash: before[1]!.hash };
      await expect(db.insertInto('audit_event').values(unlinked).execute()).rejects.toThrow(/extend the chain/);

      expect(await db.selectFrom('audit_event').selectAll().orderBy('seq').execute()).toEqual(before);
      expect(await verifyAudit(db, KEY)).toMatchObject({ checked: 3, problems: [] });
    });

    it('appends many entries at once in order, in the same chain as single appends, and rolls back as one', async () => {
      const t = await fresh();
      const db = t.database.db;
      await appendMany(db, 2);
      // 450 entries in one call (three statements), alongside single appenders running at the same time.
      await Promise.all([
        db.transaction().execute((trx) =>
          appendAuditMany(
            trx,
            KEY,
            Array.from({ length: 450 }, (_, i) => read(newId(), { details: { i } })),
          ),
        ),
        ...Array.from({ length: 20 }, () => auditOnce(db, KEY, read())),
      ]);
      expect(await allSeqs(db)).toEqual(Array.from({ length: 472 }, (_, i) => i + 1));
      const many = await db
        .selectFrom('audit_event')
        .select(['seq', 'details'])
        .where('details', 'like', '%"i"%')
        .orderBy('seq')
        .execute();
      // Consecutive, in the order given.
      expect(many.map((r) => JSON.parse(r.details).i)).toEqual(Array.from({ length: 450 }, (_, i) => i));
      expect(Number(many.at(-1)!.seq) - Number(many[0]!.seq)).toBe(449);
      await expect(
        db.transaction().execute(async (trx) => {
          await appendAuditMany(trx, KEY, [read(), read()]);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      await expect(appendAuditMany(db, KEY, [read()])).rejects.toThrow(/inside the transaction/);
      expect(await allSeqs(db)).toHaveLength(472);
      expect(await verifyAudit(db, KEY)).toMatchObject({ checked: 472, problems: [] });
    });

    it('keeps one gap-free chain when many appenders write at once', async () => {
      const t = await fresh();
      if (dialect === 'postgres') {
        // Four separate pools, as four Harbor processes would have, 50 appends each, all at once.
        const pools = Array.from({ length: 4 }, () => openDatabase(t.config, { poolSize: 5 }));
        try {
          await Promise.all(
            pools.map((pool, p) =>
              Promise.all(
                Array.from({ length: 50 }, (_, i) => auditOnce(pool.db, KEY, read(newId(), { details: { p, i } }))),
              ),
            ),
          );
        } finally {
          await Promise.all(pools.map((pool) => pool.close()));
        }
      } else {
        // One process: 100 transactions at once share the single connection.
        await Promise.all(Array.from({ length: 100 }, () => auditOnce(t.database.db, KEY, read())));
        // Four processes on the same SQLite file, 25 appends each (uses the built server).
        if (!existsSync(`${DIST}audit/append-audit.js`)) throw new Error('Build first: npx tsc -b packages/server');
        const path = t.config.kind === 'sqlite' ? t.config.path : '';
        const codes = await Promise.all(Array.from({ length: 4 }, () => appendInChildProcess(path, 25)));
        expect(codes).toEqual([0, 0, 0, 0]);
      }
      expect(await allSeqs(t.database.db)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(await verifyAudit(t.database.db, KEY)).toMatchObject({ checked: 200, problems: [] });
    });

    it('holds the append lock before it reads the last entry, so no other writer can slip in between', async () => {
      const t = await fresh();
      await appendMany(t.database.db, 1);
      const other = openDatabase(t.config, { poolSize: 1 });
      const probe = async (): Promise<string> => {
        if (dialect === 'postgres') {
          const { rows } = await sql<{ got: boolean }>`select pg_try_advisory_lock(${AUDIT_LOCK_KEY}) as got`.execute(
            other.db,
          );
          if (rows[0]?.got) await sql`select pg_advisory_unlock(${AUDIT_LOCK_KEY})`.execute(other.db);
          return rows[0]?.got ? 'free' : 'held';
        }
        // Another connection to the same file (as another process would have), not willing to wait.
        const path = t.config.kind === 'sqlite' ? t.config.path : '';
        const raw = openSqlite(path);
        raw.pragma('busy_timeout = 0');
        try {
          raw.exec('begin immediate');
          raw.exec('rollback');
          return 'free';
        } catch (error) {
          return (error as { code?: string }).code === 'SQLITE_BUSY' ? 'held' : String(error);
        } finally {
          raw.close();
        }
      };
      const seen: string[] = [];
      const atReads: KyselyPlugin = {
        transformQuery: (args) => args.node,
        transformResult: async (args) => {
          if ((args.result.rows[0] as { hash?: unknown } | undefined)?.hash !== undefined) seen.push(await probe());
          return args.result;
        },
      };
      try {
        expect(await probe()).toBe('free');
        await auditOnce(t.database.db.withPlugin(atReads), KEY, read());
        expect(seen).toEqual(['held']);
        expect(await probe()).toBe('free');
      } finally {
        await other.close();
      }
    });

    it('searches by user, youth, event and date range, newest first, page by page', async () => {
      const t = await fresh();
      const db = t.database.db;
      const alice = newId();
      const bob = newId();
      const youth = newId();
      const day = (d: number, h = 12) => new Date(Date.UTC(2026, 10, d, h));
      for (let i = 0; i < 25; i++) {
        await auditOnce(db, KEY, read(i % 5 === 0 ? youth : newId(), { actorUserId: i % 2 ? alice : bob }), day(1 + i));
      }
      await auditOnce(db, KEY, { event: 'auth.sign_in.failed', outcome: 'failure', actorUserId: alice }, day(27));

      const all = await searchAudit(db, { limit: 500 });
      expect(all.entries.map((e) => e.seq)).toEqual(Array.from({ length: 26 }, (_, i) => 26 - i));
      expect(all.nextBefore).toBeNull();
      expect(all.entries[0]).toMatchObject({ event: 'auth.sign_in.failed', fields: [], details: {} });
      expect(all.entries[1]).toMatchObject({ fields: ['first_name', 'date_of_birth'], recordType: 'youth' });

      const seen: number[] = [];
      let before: number | undefined;
      let pages = 0;
      do {
        const page = await searchAudit(db, { limit: 10, before });
        seen.push(...page.entries.map((e) => e.seq));
        before = page.nextBefore ?? undefined;
        pages += 1;
      } while (before !== undefined);
      expect(pages).toBe(3);
      expect(seen).toEqual(all.entries.map((e) => e.seq));

      const byAlice = await searchAudit(db, { actorUserId: alice });
      expect(byAlice.entries).toHaveLength(13);
      expect(byAlice.entries.every((e) => e.actorUserId === alice)).toBe(true);
      const aboutYouth = await searchAudit(db, { youthId: youth });
      expect(aboutYouth.entries.map((e) => e.seq)).toEqual([21, 16, 11, 6, 1]);
      const failures = await searchAudit(db, { event: 'auth.sign_in.failed' });
      expect(failures.entries.map((e) => e.seq)).toEqual([26]);
      // from inclusive, to exclusive; dates alone mean midnight UTC.
      const week = await searchAudit(db, { from: '2026-11-03', to: day(8, 12) });
      expect(week.entries.map((e) => e.at)).toEqual([7, 6, 5, 4, 3].map((d) => day(d).toISOString()));
      const combined = await searchAudit(db, { actorUserId: bob, youthId: youth, from: day(10), limit: '2' as never });
      expect(combined.entries.map((e) => e.seq)).toEqual([21, 11]);
      expect(combined.nextBefore).toBeNull();

      await expect(searchAudit(db, { limit: 501 })).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(searchAudit(db, { event: 'youth.deleted' as never })).rejects.toMatchObject({
        code: 'validation_failed',
      });
      await expect(searchAudit(db, { from: 'last tuesday' })).rejects.toMatchObject({ code: 'validation_failed' });

      const csv = auditCsv(aboutYouth.entries);
      expect(csv.split('\r\n')).toHaveLength(7);
      expect(csv).toContain(
        `,"${youth}","","","youth","${youth}","first_name date_of_birth","192.0.2.10","Mozilla/5.0","{}",`,
      );
    });

    it('verifies page by page, never loading the whole trail at once', async () => {
      const t = await fresh();
      const db = t.database.db;
      // 20,000 entries, chained and MACed exactly as appendAudit does it, inserted in bulk.
      const rows = [];
      let prev = GENESIS_HASH;
      for (let seq = 1; seq <= 20_000; seq++) {
        const entry = {
          seq,
          id: newId(),
          at: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString(),
          event: 'youth.read',
          actor_user_id: null,
          actor_agency_id: null,
          youth_id: null,
          record_type: null,
          record_id: null,
          fields: '[]',
          outcome: 'success',
          ip: null,
          user_agent: null,
          details: '{}',
          prev_hash: prev,
        };
        prev = entryHash(entry);
        rows.push({ ...entry, hash: prev, mac: entryMac(KEY, prev) });
      }
      for (let i = 0; i < rows.length; i += 1000) {
        await db
          .insertInto('audit_event')
          .values(rows.slice(i, i + 1000))
          .execute();
      }

      // The pages of entries read (verification also reads the checkpoints, none here).
      const pageSizes: number[] = [];
      const pageQueries = new Set<string>();
      const counting: KyselyPlugin = {
        transformQuery: (args) => {
          const node = args.node;
          const from = node.kind === 'SelectQueryNode' ? node.from?.froms[0] : undefined;
          if (from && TableNode.is(from) && from.table.identifier.name === 'audit_event') {
            pageQueries.add(args.queryId.queryId);
          }
          return node;
        },
        transformResult: async (args) => {
          if (pageQueries.has(args.queryId.queryId)) pageSizes.push(args.result.rows.length);
          return args.result;
        },
      };
      const result = await verifyAudit(db.withPlugin(counting), KEY);
      expect(result).toMatchObject({ checked: 20_000, problems: [], last: { seq: 20_000, hash: prev } });
      expect(pageSizes).toEqual([5000, 5000, 5000, 5000, 0]);

      pageSizes.length = 0;
      await tamper(t, 'delete from audit_event where seq = 12345');
      const small = await verifyAudit(db.withPlugin(counting), KEY, { pageSize: 7000 });
      expect(small.problems).toEqual([{ seq: 12_345, kind: 'deleted', message: 'entry 12345 is missing' }]);
      expect(pageSizes).toEqual([7000, 7000, 5999]);
    });
  });
}

/** A separate Node process appending `count` entries to a SQLite file through the built server code. */
function appendInChildProcess(path: string, count: number): Promise<number | null> {
  const script = `
    const { openDatabase } = await import(${JSON.stringify(`${DIST}db/database.js`)});
    const { auditOnce } = await import(${JSON.stringify(`${DIST}audit/append-audit.js`)});
    const { auditChainKey } = await import(${JSON.stringify(`${DIST}audit/chain.js`)});
    const database = openDatabase({ kind: 'sqlite', path: ${JSON.stringify(path)} });
    const key = auditChainKey(Buffer.from(${JSON.stringify(SECRET_HEX)}, 'hex'));
    for (let i = 0; i < ${count}; i++) {
      await auditOnce(database.db, key, { event: 'auth.sign_in.failed', outcome: 'failure', details: { pid: process.pid, i } });
    }
    await database.close();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
