import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { createLogger } from '../logging.js';
import { tamperAudit } from '../testing/audit.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { startHarbor } from '../testing/harbor-process.js';
import { auditOnce } from './append-audit.js';
import { auditChainKey, canonicalCheckpoint, GENESIS_HASH, sha256Hex } from './chain.js';
import { startAuditCheckpoints, writeAuditCheckpoint } from './checkpoint.js';
import type { AuditEventInput } from './events.js';
import { auditPublicKey, signatureMatches } from './signing.js';
import { auditKeysOf, verifyAudit } from './verify-audit.js';

const SECRET_HEX = '3f'.repeat(32);
const SECRET = Buffer.from(SECRET_HEX, 'hex');
const KEY = auditChainKey(SECRET);
const event = (i: number): AuditEventInput => ({ event: 'auth.sign_in.failed', outcome: 'failure', details: { i } });

async function appendMany(db: Kysely<Database>, count: number) {
  for (let i = 0; i < count; i++) await auditOnce(db, KEY, event(i));
}

const head = async (db: Kysely<Database>) =>
  Number((await db.selectFrom('audit_event').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst())?.seq);
const checkpointsOf = (db: Kysely<Database>) => db.selectFrom('audit_checkpoint').selectAll().orderBy('n').execute();
const lastCovered = async (db: Kysely<Database>) => Number((await checkpointsOf(db)).at(-1)?.seq ?? 0);

for (const dialect of DIALECTS) {
  describe(`audit checkpoints [${dialect}]`, () => {
    const opened: TestDatabase[] = [];
    const fresh = async () => {
      const t = await createTestDatabase(dialect);
      opened.push(t);
      return t;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((t) => t.drop()));
    });

    it('signs the trail when it has grown, chained, and verification trusts only the signer’s key', async () => {
      const t = await fresh();
      const db = t.database.db;
      expect(await writeAuditCheckpoint(db, { secretKey: SECRET })).toEqual({ checkpoint: null, refused: null });

      await appendMany(db, 3);
      const first = (await writeAuditCheckpoint(db, { secretKey: SECRET }, new Date('2026-12-01T10:00:00Z')))
        .checkpoint!;
      const third = await db.selectFrom('audit_event').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
      expect(first).toMatchObject({
        n: 1,
        at: '2026-12-01T10:00:00.000Z',
        seq: 3,
        entry_hash: third.hash,
        v1_through: null,
        v1_digest: null,
        endorses: '[]',
        public_key: auditPublicKey(SECRET),
        prev_hash: GENESIS_HASH,
      });
      expect(first.hash).toBe(sha256Hex(canonicalCheckpoint(first)));
      expect(signatureMatches(first.public_key, canonicalCheckpoint(first), first.signature)).toBe(true);
      expect(await checkpointsOf(db)).toEqual([first]);

      // Nothing new: nothing signed.
      expect((await writeAuditCheckpoint(db, { secretKey: SECRET })).checkpoint).toBeNull();
      await appendMany(db, 2);
      const second = (await writeAuditCheckpoint(db, { secretKey: SECRET })).checkpoint!;
      expect(second).toMatchObject({ n: 2, seq: 5, prev_hash: first.hash });

      const result = await verifyAudit(db, auditKeysOf([SECRET]));
      expect(result).toMatchObject({ checked: 5, problems: [] });
      expect(result.checkpoints).toEqual({
        checked: 2,
        trusted: 2,
        last: { n: 2, seq: 5, hash: second.entry_hash, at: second.at, publicKey: auditPublicKey(SECRET) },
      });
      // Another secret key trusts neither the checkpoints nor the MACs.
      const other = await verifyAudit(db, auditKeysOf([Buffer.alloc(32, 8)]));
      expect(other.problems.map((p) => [p.seq, p.kind])).toEqual([
        [1, 'changed'],
        [2, 'changed'],
        [3, 'changed'],
        [3, 'checkpoint'],
        [4, 'changed'],
        [5, 'changed'],
        [5, 'checkpoint'],
      ]);
    });

    it('signs no entry someone slipped in without the key, and logs where it stopped', async () => {
      const t = await fresh();
      const db = t.database.db;
      await appendMany(db, 2);
      // Someone with database access appends an entry: its hash is right (it needs no key), its MAC cannot be.
      const forged = await auditOnce(db, auditChainKey(Buffer.alloc(32, 1)), event(99));
      await appendMany(db, 1);
      const lines: string[] = [];
      const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
      const writer = startAuditCheckpoints({ db, secrets: { secretKey: SECRET }, intervalMs: 3_600_000, logger });
      await writer.stop();
      expect((await checkpointsOf(db)).map((c) => c.seq)).toEqual([2]);
      const refused = lines.map((line) => JSON.parse(line)).filter((l) => l.event === 'audit.checkpoint_refused');
      expect(refused[0]).toMatchObject({ level: 'error', seq: forged.seq, reason: expect.stringContaining('MAC') });
      expect((await verifyAudit(db, auditKeysOf([SECRET]))).problems.map((p) => [p.seq, p.kind])).toEqual([
        [3, 'changed'],
      ]);
      // Nor a gap left by a deleted entry.
      const t2 = await fresh();
      await appendMany(t2.database.db, 3);
      await tamperAudit(t2, 'delete from audit_event where seq = 2');
      expect(await writeAuditCheckpoint(t2.database.db, { secretKey: SECRET })).toEqual({
        checkpoint: expect.objectContaining({ seq: 1 }),
        refused: { seq: 3, reason: 'entry 2 is missing' },
      });
    });

    it('signs at start, every interval while the trail grows, and once more at stop', async () => {
      const t = await fresh();
      const db = t.database.db;
      await appendMany(db, 2);
      const writer = startAuditCheckpoints({ db, secrets: { secretKey: SECRET }, intervalMs: 10 });
      try {
        await vi.waitFor(async () => expect(await lastCovered(db)).toBe(2));
        await appendMany(db, 3);
        await vi.waitFor(async () => expect(await lastCovered(db)).toBe(5));
      } finally {
        await writer.stop();
      }
      // An interval longer than the test: the pass at start, then the one at stop.
      await appendMany(db, 1);
      const rare = startAuditCheckpoints({ db, secrets: { secretKey: SECRET }, intervalMs: 3_600_000 });
      await vi.waitFor(async () => expect(await lastCovered(db)).toBe(6));
      await appendMany(db, 1);
      await rare.stop();
      expect(await lastCovered(db)).toBe(7);
      const count = (await checkpointsOf(db)).length;
      await rare.stop();
      await appendMany(db, 1);
      await rare.stop();
      expect(await checkpointsOf(db)).toHaveLength(count);
      expect((await verifyAudit(db, auditKeysOf([SECRET]))).problems).toEqual([]);
    });

    it('never forks or duplicates checkpoints while appenders and writers run at once', async () => {
      const t = await fresh();
      // PostgreSQL: two separate pools, as two Harbor processes would have; SQLite: one process's connection.
      const pools =
        dialect === 'postgres' ? Array.from({ length: 2 }, () => openDatabase(t.config, { poolSize: 4 })) : [];
      const dbs = dialect === 'postgres' ? pools.map((pool) => pool.db) : [t.database.db, t.database.db];
      let done = false;
      let passes = 0;
      const writers = dbs.map(async (db) => {
        while (!done) {
          await writeAuditCheckpoint(db, { secretKey: SECRET });
          passes += 1;
          // SQLite's driver answers without I/O: let timers run between passes.
          await new Promise((resolve) => setImmediate(resolve));
        }
      });
      try {
        // Four rounds of 10 appends from each pool at once; each round waits until a writer has signed it.
        for (let round = 0; round < 4; round++) {
          await Promise.all(
            dbs.flatMap((db, p) => Array.from({ length: 10 }, (_, i) => auditOnce(db, KEY, event(p * 100 + i)))),
          );
          const target = await head(t.database.db);
          await vi.waitFor(async () => expect(await lastCovered(t.database.db)).toBe(target));
        }
      } finally {
        done = true;
        await Promise.all(writers);
        await Promise.all(pools.map((pool) => pool.close()));
      }
      expect(passes).toBeGreaterThan(4);
      const checkpoints = await checkpointsOf(t.database.db);
      expect(checkpoints.map((c) => c.n)).toEqual(checkpoints.map((_, i) => i + 1));
      const seqs = checkpoints.map((c) => Number(c.seq));
      expect(seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]!)).toBe(true);
      expect(checkpoints.length).toBeGreaterThanOrEqual(4);
      expect(seqs.at(-1)).toBe(80);
      const result = await verifyAudit(t.database.db, auditKeysOf([SECRET]));
      expect(result).toMatchObject({ checked: 80, problems: [] });
      expect(result.checkpoints).toMatchObject({ checked: checkpoints.length, trusted: checkpoints.length });
    });

    it('harbor serve signs the trail when it starts and when it stops', async () => {
      const t = await fresh();
      const db = t.database.db;
      await appendMany(db, 2);
      const harbor = await startHarbor({
        dataDir: t.dir,
        env: {
          HARBOR_DATABASE_URL: t.config.kind === 'sqlite' ? t.config.path : t.config.url,
          HARBOR_SECRET_KEY: SECRET_HEX,
        },
      });
      try {
        await vi.waitFor(async () => expect(await lastCovered(db)).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
        await appendMany(db, 1);
      } finally {
        expect(await harbor.stop()).toBe(0);
      }
      expect(await lastCovered(db)).toBe(await head(db));
      const result = await verifyAudit(db, auditKeysOf([SECRET]));
      expect(result.problems).toEqual([]);
      expect(result.checkpoints.last?.publicKey).toBe(auditPublicKey(SECRET));
    });
  });
}
