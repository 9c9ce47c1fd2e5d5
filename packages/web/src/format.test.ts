import { describe, expect, it } from 'vitest';
import { durationInWords, groupsOf } from './format';
import { translate } from './messages';

describe('durationInWords', () => {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate('en', key, values);
  const es = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate('es', key, values);

  it('rounds up to whole seconds and names minutes and seconds', () => {
    expect(durationInWords(119_001, t)).toBe('2 minutes');
    expect(durationInWords(115_000, t)).toBe('1 minute and 55 seconds');
    expect(durationInWords(60_000, t)).toBe('1 minute');
    expect(durationInWords(1_000, t)).toBe('1 second');
    expect(durationInWords(0, t)).toBe('0 seconds');
    expect(durationInWords(-5, t)).toBe('0 seconds');
    expect(durationInWords(61_000, es)).toBe('1 minuto y 1 segundo');
  });
});

describe('groupsOf', () => {
  it('groups a key in fours', () => {
    expect(groupsOf('ABCDEFGHIJ')).toEqual(['ABCD', 'EFGH', 'IJ']);
  });
});
