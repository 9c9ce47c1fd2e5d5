import { describe, expect, it } from 'vitest';
import { parseYouthRecordReference, youthRecordReference } from './record-reference.js';

describe('youth record references', () => {
  it('shows the random end of the id, grouped, and reads it back however it is typed', () => {
    const id = '0193d2a4-7b10-7c3e-9a41-4c2e9f3a27c1';
    expect(youthRecordReference(id)).toBe('9F3A-27C1');
    for (const typed of ['9F3A-27C1', '9f3a27c1', ' #9f3a-27C1 '])
      expect(parseYouthRecordReference(typed)).toBe('9f3a27c1');
    expect(id.endsWith(parseYouthRecordReference(youthRecordReference(id))!)).toBe(true);
  });

  it('refuses what is not a reference', () => {
    for (const typed of ['', '9F3A', '9F3A-27C', '9F3A-27C1X', 'Yesenia', '0193d2a4-7b10-7c3e-9a41-4c2e9f3a27c1']) {
      expect(parseYouthRecordReference(typed), typed).toBeNull();
    }
  });
});
