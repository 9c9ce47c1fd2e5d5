import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuditCheckpointTable, AuditEventTable } from '../db/tables/audit.js';
import { appendV1Entries, insertRow, rewriteFrom, tamperAudit } from '../testing/audit.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { runHarbor } from '../testing/harbor-process.js';
import { auditOnce } from './append-audit.js';
import { auditChainKey, canonicalCheckpoint, sha256Hex, type UnsignedCheckpoint } from './chain.js';
import { writeAuditCheckpoint } from './checkpoint.js';
import type { AuditEventInput } from './events.js';
import { auditPublicKey, auditSigner } from './signing.js';
import { type AuditVerification, auditKeysOf, verifyAudit } from './verify-audit.js';

// Key A: the secret before the change (hex, as HARBOR_SECRET_KEY takes it); key B: after it (base64).
const A_TEXT = 'd4'.repeat(32);
const A = Buffer.from(A_TEXT, 'hex');
const B_TEXT = Buffer.alloc(32, 0x6b).toString('base64');
const B = Buffer.from(B_TEXT, 'base64');
const C_TEXT = Buffer.alloc(32, 0x2e).toString('hex');
const C = Buffer.from(C_TEXT, 'hex');

const signIn: AuditEventInput = {
  event: 'auth.sign_in.failed',
  outcome: 'failure',
  details: { reason: 'bad_password' },
};
const kinds = (result: AuditVerification) => result.problems.map((p) => [p.seq, p.kind, p.checkpoint ?? null]);

for (const dialect of DIALECTS) {
  describe(`the audit trail across a key change [${dialect}]`, () => {
    let t: TestDatabase;
    let db: TestDatabase['database']['db'];
    let beforeRotation: AuditVerification;
    let rotation: Awaited<ReturnType<typeof runHarbor>>;
    let events: AuditEventTable[];
    let checkpoints: AuditCheckpointTable[];

    const env = (secret: string, previous?: string) => ({
      HARBOR_DATA_DIR: t.dir,
      HARBOR_DATABASE_URL: t.config.kind === 'sqlite' ? t.config.path : t.config.url,
      HARBOR_SECRET_KEY: secret,
      ...(previous ? { HARBOR_PREVIOUS_SECRET_KEYS: previous } : {}),
    });
    const withB = () => verifyAudit(db, auditKeysOf([B]));
    const stored = async () => ({
      events: await db.selectFrom('audit_event').selectAll().orderBy('seq').execute(),
      checkpoints: await db.selectFrom('audit_checkpoint').selectAll().orderBy('n').execute(),
    });

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      db = t.database.db;
      // A trail as an earlier Harbor wrote it under key A (format v1), then entries of this version under key A, a
      // checkpoint signed with key A by a running server, and more entries.
      await appendV1Entries(db, auditChainKey(A), 4);
      for (let i = 0; i < 4; i++) await auditOnce(db, auditChainKey(A), signIn);
      expect((await writeAuditCheckpoint(db, { secretKey: A })).checkpoint).toMatchObject({ n: 1, seq: 8 });
      for (let i = 0; i < 2; i++) await auditOnce(db, auditChainKey(A), signIn);
      beforeRotation = await withB();

      // The key change as docs/operations.md describes it, through the real command.
      rotation = await runHarbor(['keys', 'rotate'], env(B_TEXT, A_TEXT));
      ({ events, checkpoints } = await stored());
    });
    afterAll(() => t.drop());

    // Each test changes the trail behind the triggers' back; put it back as it was after the rotation.
    afterEach(async () => {
      await tamperAudit(
        t,
        'delete from audit_checkpoint',
        'delete from audit_event',
        ...events.map((row) => insertRow('audit_event', row)),
        ...checkpoints.map((row) => insertRow('audit_checkpoint', row)),
      );
      expect(await stored()).toEqual({ events, checkpoints });
      expect((await withB()).problems).toEqual([]);
    });

    it('verifies the whole earlier trail with the new key alone once harbor keys rotate signed it', async () => {
      // Without the rotation's checkpoint, the new key alone could vouch for nothing written under the old one.
      expect(kinds(beforeRotation)).toEqual([
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((seq) => [seq, 'changed', null]),
        [8, 'checkpoint', 1],
        [9, 'changed', null],
        [10, 'changed', null],
      ]);

      expect(rotation.code, rotation.stderr).toBe(0);
      expect(rotation.stdout).toContain(
        'Audit trail checked (11 entries) and signed with the new key: checkpoint 2 covers entries 1 to 11',
      );
      expect(rotation.stdout).toContain(`(Ed25519 public key, keep a copy): ${auditPublicKey(B)}\n`);
      expect(events.map((e) => e.event).at(-1)).toBe('admin.keys.rotated');
      expect(checkpoints[1]).toMatchObject({
        n: 2,
        seq: 11,
        entry_hash: events[10]!.hash,
        v1_through: 11,
        public_key: auditPublicKey(B),
        endorses: JSON.stringify([auditPublicKey(A)]),
      });

      // The previous key is removed, as the procedure says: verification needs only the new one.
      const cli = await runHarbor(['audit', 'verify'], env(B_TEXT));
      expect(cli.code, cli.stdout + cli.stderr).toBe(0);
      expect(cli.stdout).toContain('Audit trail intact: 11 entries checked.\n');
      expect(cli.stdout).toContain(`Last entry: seq 11, hash ${events[10]!.hash}\n`);
      expect(cli.stdout).toContain(
        `Checkpoints: 2 checked, 2 trusted; checkpoint 2 of ${checkpoints[1]!.at} covers entries 1 to 11.\n`,
      );
      expect(cli.stdout).toContain(
        `Signing key of HARBOR_SECRET_KEY (Ed25519 public key, keep a copy): ${auditPublicKey(B)}`,
      );

      const result = await withB();
      expect(result).toMatchObject({ checked: 11, problemCount: 0, last: { seq: 11, hash: events[10]!.hash } });
      expect(result.checkpoints).toMatchObject({ checked: 2, trusted: 2, last: { n: 2, seq: 11 } });
      expect((await verifyAudit(db, auditKeysOf([B, A]))).problems).toEqual([]);
      // Someone who holds only the old key cannot vouch for what the new one signed.
      expect(kinds(await verifyAudit(db, auditKeysOf([A])))).toEqual([
        [11, 'changed', null],
        [11, 'checkpoint', 2],
      ]);
    });

    it('finds an edited v1 entry through the digest the rotation signed, also without the old key', async () => {
      await tamperAudit(t, `update audit_event set outcome = 'denied' where seq = 2`);
      const result = await withB();
      expect(kinds(result)).toEqual([[1, 'changed', 2]]);
      expect(result.problems[0]!.message).toContain('at least one of the 4 entries from seq 1 to 4');
      // With the old key the edited entry itself is named.
      const both = await verifyAudit(db, auditKeysOf([B, A]));
      expect(both.problems).toEqual([
        { seq: 2, kind: 'changed', checkpoint: 2, message: expect.stringContaining('nor the digest signed') },
      ]);
    });

    it('finds a v2 entry rewritten with its hash and every later hash recomputed, through the checkpoints', async () => {
      // Someone with database access but no key hides a failed sign-in and recomputes the chain after it.
      const { statements } = rewriteFrom(events, 6, { outcome: 'success' });
      await tamperAudit(t, ...statements);
      const result = await withB();
      expect(kinds(result)).toEqual([
        [8, 'changed', 1],
        [11, 'changed', 2],
      ]);
      expect(result.problems[0]!.message).toContain('checkpoint 1 signed another hash for this entry');

      const cli = await runHarbor(['audit', 'verify'], env(B_TEXT));
      expect(cli.code).toBe(1);
      expect(cli.stdout).toMatch(/^seq 8: changed: checkpoint 1 signed another hash for this entry/m);
      expect(cli.stderr).toContain('harbor: the audit trail is damaged: 2 problem(s) in 11 entries checked.');
    });

    it('finds a rewritten entry after the last checkpoint by its MAC under the new key', async () => {
      for (let i = 0; i < 2; i++) await auditOnce(db, auditChainKey(B), signIn);
      const now = (await stored()).events;
      expect(now).toHaveLength(13);
      await tamperAudit(t, ...rewriteFrom(now, 12, { outcome: 'success' }).statements);
      const result = await withB();
      expect(result.problems).toEqual([
        { seq: 12, kind: 'changed', message: expect.stringContaining('its MAC does not match') },
        { seq: 13, kind: 'changed', message: expect.stringContaining('its MAC does not match') },
      ]);
      // A running server will not sign it either: it signs up to the entry before.
      const written = await writeAuditCheckpoint(db, { secretKey: B });
      expect(written.refused).toEqual({ seq: 12, reason: expect.stringContaining('MAC') });
      expect(written.checkpoint).toBeNull();
    });

    it('finds deleted entries, also entries cut from the end back past a checkpoint', async () => {
      await tamperAudit(t, 'delete from audit_event where seq = 6');
      expect((await withB()).problems).toEqual([{ seq: 6, kind: 'deleted', message: 'entry 6 is missing' }]);
      await tamperAudit(t, insertRow('audit_event', events[5]!), 'delete from audit_event where seq >= 10');
      expect((await withB()).problems).toEqual([
        {
          seq: 11,
          kind: 'deleted',
          checkpoint: 2,
          message: 'checkpoint 2 covers entry 11, which is missing: the trail was cut short after it',
        },
      ]);
    });

    it('does not trust a checkpoint signed by an unknown key, nor one signed with the old key after the change', async () => {
      const forge = async (secret: Buffer, endorses: string[]) => {
        const last = (await stored()).checkpoints.at(-1)!;
        const signer = auditSigner(secret);
        const unsigned: UnsignedCheckpoint = {
          n: last.n + 1,
          at: new Date().toISOString(),
          seq: 11,
          entry_hash: events[10]!.hash,
          v1_through: null,
          v1_digest: null,
          endorses: JSON.stringify(endorses),
          public_key: signer.publicKey,
          prev_hash: last.hash,
        };
        const text = canonicalCheckpoint(unsigned);
        // Appended the ordinary way: the database accepts a checkpoint that extends the others.
        await db
          .insertInto('audit_checkpoint')
          .values({ ...unsigned, hash: sha256Hex(text), signature: signer.sign(text) })
          .execute();
      };
      const stranger = randomBytes(32);
      await forge(stranger, [auditPublicKey(stranger)]);
      const result = await withB();
      expect(kinds(result)).toEqual([[11, 'checkpoint', 3]]);
      expect(result.problems[0]!.message).toContain('checkpoint 3 is signed by a key that is not trusted');

      // The old key is trusted for what it signed before the change, not after, even when it is given.
      await forge(A, []);
      expect(kinds(await withB())).toEqual([
        [11, 'checkpoint', 3],
        [11, 'checkpoint', 4],
      ]);
      const both = await verifyAudit(db, auditKeysOf([B, A]));
      expect(both.problems[1]!.message).toBe(
        'checkpoint 4 is signed with an earlier secret key after a later checkpoint retired it (harbor keys rotate)',
      );
    });

    it('refuses to change or delete a checkpoint, and finds one changed or removed behind the triggers’ back', async () => {
      const first = checkpoints[0]!;
      await expect(db.updateTable('audit_checkpoint').set({ seq: 1 }).where('n', '=', 1).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(db.deleteFrom('audit_checkpoint').where('n', '=', 2).execute()).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('audit_checkpoint').execute()).rejects.toThrow(/append-only/);
      if (dialect === 'postgres') {
        await expect(sql`truncate audit_checkpoint`.execute(db)).rejects.toThrow(/append-only/);
      } else {
        await expect(db.insertInto('audit_checkpoint').orReplace().values(first).execute()).rejects.toThrow(
          /must extend the checkpoints/,
        );
      }
      // Inserts that skip a number, do not link to the last checkpoint, go back, or name no entry are refused.
      const next = { ...checkpoints[1]!, n: 3, prev_hash: checkpoints[1]!.hash };
      for (const bad of [
        { ...next, n: 4 },
        { ...next, prev_hash: first.hash },
        { ...next, seq: 3, entry_hash: events[2]!.hash },
        { ...next, entry_hash: events[9]!.hash },
      ]) {
        await expect(db.insertInto('audit_checkpoint').values(bad).execute()).rejects.toThrow(
          /must extend the checkpoints/,
        );
      }
      expect((await stored()).checkpoints).toEqual(checkpoints);

      // Behind the triggers' back: an edit without re-signing, an edit re-hashed, a removal.
      await tamperAudit(
        t,
        `update audit_checkpoint set endorses = '${JSON.stringify([auditPublicKey(C)])}' where n = 1`,
      );
      expect((await withB()).problems).toEqual([
        { seq: 8, kind: 'checkpoint', checkpoint: 1, message: expect.stringContaining('does not match its hash') },
      ]);
      const edited = { ...first, seq: 7, entry_hash: events[6]!.hash };
      await tamperAudit(
        t,
        `update audit_checkpoint set seq = 7, entry_hash = '${edited.entry_hash}', endorses = '[]',
          hash = '${sha256Hex(canonicalCheckpoint(edited))}' where n = 1`,
      );
      expect((await withB()).problems).toEqual([
        { seq: 7, kind: 'checkpoint', checkpoint: 1, message: expect.stringContaining('signature does not match') },
        { seq: 11, kind: 'checkpoint', checkpoint: 2, message: expect.stringContaining('prev_hash is not the hash') },
      ]);
      await tamperAudit(t, 'delete from audit_checkpoint where n = 1');
      expect((await withB()).problems).toEqual([
        { seq: 11, kind: 'checkpoint', checkpoint: 2, message: 'checkpoint 1 is missing' },
      ]);
    });

    it('refuses entries made with the old key after the change, even when that key is given', async () => {
      await auditOnce(db, auditChainKey(A), signIn);
      await appendV1Entries(db, auditChainKey(A), 1);
      const expected = [
        [12, 'changed', null],
        [13, 'changed', null],
      ];
      expect(kinds(await withB())).toEqual(expected);
      expect(kinds(await verifyAudit(db, auditKeysOf([B, A])))).toEqual(expected);
      // Nor does a server sign them, even one still holding the old key.
      const written = await writeAuditCheckpoint(db, { secretKey: B, previousSecretKeys: [A] });
      expect(written).toEqual({ checkpoint: null, refused: { seq: 12, reason: expect.stringContaining('MAC') } });
    });

    it('stays verifiable with the newest key alone after a second change, through both endorsements', async () => {
      for (let i = 0; i < 2; i++) await auditOnce(db, auditChainKey(B), signIn);
      // Only the key of the last change is given as previous: the first change's checkpoint vouches for key A.
      const second = await runHarbor(['keys', 'rotate'], env(C_TEXT, B_TEXT));
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toContain('checkpoint 3 covers entries 1 to 14');
      const result = await verifyAudit(db, auditKeysOf([C]));
      expect(result.problems).toEqual([]);
      expect(result.checkpoints).toMatchObject({ checked: 3, trusted: 3, last: { n: 3, seq: 14 } });
      const cli = await runHarbor(['audit', 'verify'], env(C_TEXT));
      expect(cli.code, cli.stdout).toBe(0);
      expect(cli.stdout).toContain('Audit trail intact: 14 entries checked.');

      // An edit of the oldest entries is still found through the first change's digest, vouched for by the second.
      await tamperAudit(t, `update audit_event set fields = '["date_of_birth"]' where seq = 3`);
      expect(kinds(await verifyAudit(db, auditKeysOf([C])))).toEqual([[1, 'changed', 2]]);
    });
  });
}
