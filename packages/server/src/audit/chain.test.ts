import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  auditChainKey,
  canonicalEntry,
  canonicalEntryV1,
  entryHash,
  entryHashV1,
  entryMac,
  foldV1Digest,
  GENESIS_HASH,
  hashMatches,
  hashMatchesV1,
  macMatches,
  type UnhashedEntry,
} from './chain.js';

const entry: UnhashedEntry = {
  seq: 1,
  id: '019ac000-0000-7000-8000-000000000001',
  at: '2026-11-28T14:00:00.000Z',
  event: 'youth.read',
  actor_user_id: '019ac000-0000-7000-8000-000000000002',
  actor_agency_id: null,
  youth_id: '019ac000-0000-7000-8000-000000000003',
  record_type: 'youth',
  record_id: '019ac000-0000-7000-8000-000000000003',
  fields: '["first_name"]',
  outcome: 'success',
  ip: '192.0.2.1',
  user_agent: 'Firefox',
  details: '{}',
  prev_hash: GENESIS_HASH,
};

describe('the audit hash chain', () => {
  const key = auditChainKey(Buffer.alloc(32, 1));

  it('derives a 32-byte key that depends on the secret key and is not the secret key', () => {
    expect(key).toHaveLength(32);
    expect(auditChainKey(Buffer.alloc(32, 1))).toEqual(key);
    expect(auditChainKey(Buffer.alloc(32, 2))).not.toEqual(key);
    expect(key).not.toEqual(Buffer.alloc(32, 1));
  });

  it('serialises in a fixed order whatever the order of the object keys', () => {
    const shuffled = Object.fromEntries(Object.entries(entry).reverse()) as UnhashedEntry;
    expect(canonicalEntry(shuffled)).toBe(canonicalEntry(entry));
    expect(canonicalEntryV1(shuffled)).toBe(canonicalEntryV1(entry));
    expect(entryHash(shuffled)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes v2 entries with SHA-256 of their canonical form, needing no key', () => {
    expect(canonicalEntry(entry).startsWith('["harbor audit chain v2",1,')).toBe(true);
    expect(entryHash(entry)).toBe(createHash('sha256').update(canonicalEntry(entry)).digest('hex'));
  });

  it('still computes v1 hashes exactly as entries were written before format v2', () => {
    // A v1 entry of the earlier code: HMAC-SHA256, under the chain key, of the same columns labelled v1.
    expect(canonicalEntryV1(entry)).toBe(canonicalEntry(entry).replace('chain v2', 'chain v1'));
    expect(entryHashV1(key, entry)).toBe(createHmac('sha256', key).update(canonicalEntryV1(entry)).digest('hex'));
  });

  it('changes both hashes when any column changes; the v1 hash and the MAC differ under another key', () => {
    const hash = entryHash(entry);
    const v1 = entryHashV1(key, entry);
    for (const column of Object.keys(entry) as (keyof UnhashedEntry)[]) {
      const changed = { ...entry, [column]: column === 'seq' ? 2 : `${entry[column] ?? ''}x` };
      expect(entryHash(changed), column).not.toBe(hash);
      expect(entryHashV1(key, changed), column).not.toBe(v1);
    }
    // A null is not the empty string.
    expect(entryHash({ ...entry, actor_agency_id: '' })).not.toBe(hash);
    expect(entryHashV1(auditChainKey(Buffer.alloc(32, 2)), entry)).not.toBe(v1);
    expect(v1).not.toBe(hash);
    expect(entryMac(auditChainKey(Buffer.alloc(32, 2)), hash)).not.toBe(entryMac(key, hash));
  });

  it('checks a stored hash and MAC', () => {
    const hash = entryHash(entry);
    const stored = { ...entry, hash, mac: entryMac(key, hash) };
    expect(hashMatches(stored)).toBe(true);
    expect(macMatches(key, stored)).toBe(true);
    expect(hashMatches({ ...stored, outcome: 'denied' })).toBe(false);
    expect(hashMatches({ ...stored, hash: 'not a hash' })).toBe(false);
    expect(hashMatches({ ...stored, hash: stored.hash.toUpperCase() })).toBe(false);
    // A rewritten entry with a recomputed hash keeps its old MAC, which no longer matches; nor does a missing one.
    const rewritten = { ...stored, outcome: 'denied', hash: entryHash({ ...entry, outcome: 'denied' }) };
    expect(hashMatches(rewritten)).toBe(true);
    expect(macMatches(key, rewritten)).toBe(false);
    expect(macMatches(key, { ...stored, mac: null })).toBe(false);
    expect(macMatches(auditChainKey(Buffer.alloc(32, 2)), stored)).toBe(false);

    const v1 = { ...entry, hash: entryHashV1(key, entry), mac: null };
    expect(hashMatchesV1(key, v1)).toBe(true);
    expect(hashMatches(v1)).toBe(false);
    expect(hashMatchesV1(key, { ...v1, outcome: 'denied' })).toBe(false);
    expect(hashMatchesV1(key, stored)).toBe(false);
  });

  it('folds v1 entries into a digest that changes with any of them', () => {
    const v1 = { ...entry, hash: entryHashV1(key, entry), mac: null };
    const once = foldV1Digest(GENESIS_HASH, v1);
    expect(once).toMatch(/^[0-9a-f]{64}$/);
    expect(foldV1Digest(GENESIS_HASH, { ...v1, outcome: 'denied' })).not.toBe(once);
    expect(foldV1Digest(GENESIS_HASH, { ...v1, hash: 'f'.repeat(64) })).not.toBe(once);
    expect(foldV1Digest(once, v1)).not.toBe(once);
  });
});
