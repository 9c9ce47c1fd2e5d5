import { describe, expect, it } from 'vitest';
import { auditChainKey, canonicalEntry, entryHash, GENESIS_HASH, hashMatches, type UnhashedEntry } from './chain.js';

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
    expect(entryHash(key, shuffled)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes the hash when any column changes, and differs under another key', () => {
    const hash = entryHash(key, entry);
    for (const column of Object.keys(entry) as (keyof UnhashedEntry)[]) {
      const changed = { ...entry, [column]: column === 'seq' ? 2 : `${entry[column] ?? ''}x` };
      expect(entryHash(key, changed), column).not.toBe(hash);
    }
    // A null is not the empty string.
    expect(entryHash(key, { ...entry, actor_agency_id: '' })).not.toBe(hash);
    expect(entryHash(auditChainKey(Buffer.alloc(32, 2)), entry)).not.toBe(hash);
  });

  it('checks a stored hash', () => {
    const stored = { ...entry, hash: entryHash(key, entry) };
    expect(hashMatches(key, stored)).toBe(true);
    expect(hashMatches(key, { ...stored, outcome: 'denied' })).toBe(false);
    expect(hashMatches(key, { ...stored, hash: 'not a hash' })).toBe(false);
    expect(hashMatches(key, { ...stored, hash: stored.hash.toUpperCase() })).toBe(false);
  });
});
