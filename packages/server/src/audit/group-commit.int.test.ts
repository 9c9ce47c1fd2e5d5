import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { newId } from '../db/ids.js';
import { HarborError } from '../errors.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { prepareAudit } from './append-audit.js';
import { auditChainKey } from './chain.js';
import type { AuditEventInput } from './events.js';
import { GroupCommitter } from './group-commit.js';
import { verifyAudit } from './verify-audit.js';

const KEY = auditChainKey(Buffer.from('c'.repeat(64), 'hex'));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Another process's writer: ROUNDS batches of 15 audited inserts through the built GroupCommitter. */
const OTHER_PROCESS = `
const { DIST, CONFIG, ROUNDS } = process.env;
const { openDatabase } = await import(DIST + 'db/database.js');
const { GroupCommitter } = await import(DIST + 'audit/group-commit.js');
const { prepareAudit } = await import(DIST + 'audit/append-audit.js');
const { auditChainKey } = await import(DIST + 'audit/chain.js');
const { sql } = await import('kysely');
const database = openDatabase(JSON.parse(CONFIG));
const committer = new GroupCommitter({ database, auditKey: auditChainKey(Buffer.from('c'.repeat(64), 'hex')) });
let done = 0;
for (let round = 0; round < Number(ROUNDS); round++) {
  await Promise.all(Array.from({ length: 15 }, (_, i) => committer.run(async (tx) => {
    const id = 'f' + round + '-b' + i;
    const youthId = crypto.randomUUID();
    await sql\`insert into gc_probe (id) values (\${id})\`.execute(tx.db);
    tx.audit(prepareAudit([{ event: 'youth.read', youthId, recordType: 'youth', outcome: 'success', details: { label: id } }]));
    done += 1;
  })));
}
await database.close();
process.stdout.write('done ' + done + '\\n');
`;

const event = (label: string): AuditEventInput => ({
  event: 'youth.read',
  actorUserId: newId(),
  youthId: newId(),
  recordType: 'youth',
  recordId: newId(),
  outcome: 'success',
  details: { label },
});

/** The labels of the trail's entries, in seq order. */
async function trail(t: TestDatabase): Promise<string[]> {
  const rows = await t.database.db.selectFrom('audit_event').select('details').orderBy('seq').execute();
  return rows.map((row) => (JSON.parse(row.details) as { label?: string }).label ?? '');
}

async function probes(t: TestDatabase): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`select id from gc_probe order by id`.execute(t.database.db);
  return rows.map((row) => row.id);
}

/** Settles every promise; the labels of those that were fulfilled and the errors of the others. */
async function outcomes(promises: Promise<unknown>[]) {
  const settled = await Promise.allSettled(promises);
  return settled.map((s) => (s.status === 'fulfilled' ? 'ok' : (s.reason as Error)));
}

for (const dialect of DIALECTS) {
  describe(`group commit [${dialect}]`, () => {
    let t: TestDatabase;
    let committer: GroupCommitter;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      // A table of the test's own; its parent key is checked only at COMMIT, which lets a test make a commit fail.
      await sql`create table gc_parent (id varchar(64) primary key)`.execute(t.database.db);
      await sql`create table gc_probe (id varchar(64) primary key,
        parent varchar(64) references gc_parent (id) deferrable initially deferred)`.execute(t.database.db);
    });
    afterAll(() => t.drop());
    beforeEach(() => {
      committer = new GroupCommitter({ database: t.database, auditKey: KEY });
    });

    const insert = (id: string, parent: string | null = null) =>
      committer.run(async (tx) => {
        await sql`insert into gc_probe (id, parent) values (${id}, ${parent})`.execute(tx.db);
        tx.audit(prepareAudit([event(id)]));
        return id;
      });

    it('commits work queued together in one transaction, the chain extended in queue order', async () => {
      const before = committer.stats();
      const labels = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(2, '0')}`);
      const done = await Promise.all(
        labels.map((label, i) => (i % 2 === 0 ? insert(label) : committer.audit(prepareAudit([event(label)])))),
      );
      expect(done.filter((d) => d !== undefined)).toEqual(labels.filter((_, i) => i % 2 === 0));
      expect(committer.stats()).toEqual({ batches: before.batches + 1, items: before.items + 40, largest: 40 });
      expect((await trail(t)).slice(-40)).toEqual(labels);
      expect((await verifyAudit(t.database.db, KEY)).problemCount).toBe(0);
    });

    it('answers each piece of work only once its batch is visible to another connection (committed)', async () => {
      const other = openDatabase(t.config, { poolSize: 1 });
      try {
        const ids = Array.from({ length: 12 }, () => newId());
        const seen = await Promise.all(
          ids.map((id) =>
            insert(id).then(async () => {
              const { rows } = await sql`select id from gc_probe where id = ${id}`.execute(other.db);
              return rows.length;
            }),
          ),
        );
        expect(seen).toEqual(ids.map(() => 1));
      } finally {
        await other.close();
      }
    });

    it('rolls back a failing piece of work alone: its change and its entries go, the rest of the batch commits', async () => {
      const chainBefore = (await trail(t)).length;
      const failure = new HarborError('conflict', 'the work changed its mind');
      const results = await outcomes([
        insert('b1'),
        committer.run(async (tx) => {
          await sql`insert into gc_probe (id) values ('b2')`.execute(tx.db);
          tx.audit(prepareAudit([event('b2')]));
          throw failure;
        }),
        // A database error (a duplicate key) inside the batch: PostgreSQL's aborted transaction is recovered too.
        committer.run(async (tx) => {
          tx.audit(prepareAudit([event('b3')]));
          await sql`insert into gc_probe (id) values ('b1')`.execute(tx.db);
        }),
        insert('b4'),
        committer.audit(prepareAudit([event('b5')])),
      ]);
      expect(results[0]).toBe('ok');
      expect(results[1]).toBe(failure);
      expect(results[2]).toBeInstanceOf(Error);
      expect(results[2]).not.toBeInstanceOf(HarborError);
      expect(results.slice(3)).toEqual(['ok', 'ok']);
      expect(committer.stats().largest).toBe(5);
      expect((await probes(t)).filter((id) => id.startsWith('b'))).toEqual(['b1', 'b4']);
      expect((await trail(t)).slice(chainBefore)).toEqual(['b1', 'b4', 'b5']);
      expect((await verifyAudit(t.database.db, KEY)).problemCount).toBe(0);
    });

    it('gives a piece of work its failure only once the batch is committed (a duplicate of another piece, readable)', async () => {
      const other = openDatabase(t.config, { poolSize: 1 });
      try {
        const [first, second] = await outcomes([
          insert('g1'),
          insert('g1').catch(async (error) => {
            const { rows } = await sql`select id from gc_probe where id = 'g1'`.execute(other.db);
            throw Object.assign(error as Error, { winnerSeen: rows.length });
          }),
        ]);
        expect(first).toBe('ok');
        expect((second as Error & { winnerSeen: number }).winnerSeen).toBe(1);
      } finally {
        await other.close();
      }
    });

    it('answers every piece of a batch whose commit fails with 503, and leaves nothing of it in the chain', async () => {
      const chainBefore = await trail(t);
      const results = await outcomes([
        insert('c1'),
        // Refused at COMMIT only (a deferred foreign key): the whole batch rolls back.
        insert('c2', 'no-such-parent'),
        committer.audit(prepareAudit([event('c3')])),
      ]);
      for (const result of results) {
        expect(result).toBeInstanceOf(HarborError);
        expect((result as HarborError).code).toBe('unavailable');
      }
      expect((await probes(t)).filter((id) => id.startsWith('c'))).toEqual([]);
      expect(await trail(t)).toEqual(chainBefore);
      // The next batch commits as if nothing happened.
      await insert('c4');
      expect((await trail(t)).slice(chainBefore.length)).toEqual(['c4']);
      expect((await verifyAudit(t.database.db, KEY)).problemCount).toBe(0);
    });

    it('refuses work that queues more work for its own committer (it would wait for itself)', async () => {
      const inner = await outcomes([committer.run(() => committer.audit(prepareAudit([event('d1')])))]);
      expect((inner[0] as HarborError).code).toBe('internal');
      expect(await trail(t)).not.toContain('d1');
    });

    it('keeps one unforked chain while another process commits batches on the same database', async () => {
      const before = (await trail(t)).length;
      // The other process: a copy of the built committer on its own connection (on SQLite, as a CLI command would be).
      const child = spawn(process.execPath, ['--input-type=module', '-e', OTHER_PROCESS], {
        env: { ...process.env, DIST, CONFIG: JSON.stringify(t.config), ROUNDS: '6' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let said = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        said += chunk;
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      // Write while the other process writes: rounds of 15 pieces of work until it has finished its own.
      let rounds = 0;
      const mine = async () => {
        while (child.exitCode === null || rounds < 6) {
          await Promise.all(Array.from({ length: 15 }, (_, i) => insert(`f${rounds}-a${i}`)));
          rounds += 1;
        }
      };
      const [code] = await Promise.all([exited, mine()]);
      expect({ code, said }).toEqual({ code: 0, said: 'done 90\n' });
      expect((await trail(t)).length - before).toBe(90 + rounds * 15);
      expect((await verifyAudit(t.database.db, KEY)).problemCount).toBe(0);
      const seqs = await t.database.db.selectFrom('audit_event').select('seq').orderBy('seq').execute();
      expect(seqs.map((row) => row.seq)).toEqual(seqs.map((_, i) => i + 1));
    });
  });
}
