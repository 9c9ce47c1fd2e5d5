import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  commonPasswordFile,
  isCommonPassword,
  MIN_LISTED_LENGTH,
  preloadCommonPasswords,
} from './breached-passwords.js';

describe('the common and breached password list', () => {
  it('ships with Harbor and holds at least 100,000 entries', () => {
    const lines = readFileSync(commonPasswordFile(), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(100_000);
    const stats = preloadCommonPasswords();
    expect(stats.entries).toBe(lines.length);
    // Only entries long enough to pass the length rule are kept.
    expect(stats.kept).toBeGreaterThan(10_000);
    expect(stats.kept).toBeLessThan(stats.entries / 10);
  });

  it('finds real 12+ character entries from the start, middle and end of the file', () => {
    for (const entry of ['123qweasdzxc', 'Mailcreated5240', 'leavemealone', 'sonyericsson', 'iloveyouforever']) {
      expect(isCommonPassword(entry), entry).toBe(true);
    }
    expect(isCommonPassword('vjht123jltccf')).toBe(true);
  });

  it('ignores case, in either direction', () => {
    expect(isCommonPassword('LeaveMeAlone')).toBe(true);
    expect(isCommonPassword('LEAVEMEALONE')).toBe(true);
    expect(isCommonPassword('mailcreated5240')).toBe(true);
    expect(isCommonPassword('MAILCREATED5240')).toBe(true);
  });

  it('lets through passwords that are not on it', () => {
    expect(isCommonPassword('ferry lantern quietly orbit')).toBe(false);
    expect(isCommonPassword('leavemealone!')).toBe(false);
    expect(isCommonPassword('')).toBe(false);
  });

  it('holds nothing shorter than the minimum length (the length rule refuses those)', () => {
    expect(MIN_LISTED_LENGTH).toBe(12);
    expect(isCommonPassword('password')).toBe(false);
    expect(isCommonPassword('123456')).toBe(false);
  });
});
