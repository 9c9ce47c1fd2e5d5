import { describe, expect, it } from 'vitest';
import { instrumentItems } from './answers.js';
import { informationCount, notEnoughInformation } from './information.js';
import { CURRENT_INSTRUMENTS } from './instruments/index.js';
import { scoreScreening } from './scoring.js';

const brief = CURRENT_INSTRUMENTS.find((i) => i.id === 'harbor-cse-brief')!;
const all = (value: string) => Object.fromEntries(instrumentItems(brief).map((i) => [i.id, value]));

describe('"not enough information" (issue 12, item 10)', () => {
  it('a brief screening answered mostly "don\'t know" is not enough information, though its level is none', () => {
    const answers = { ...all('unknown'), away: 'no', 'self-harm': 'no' };
    expect(scoreScreening(brief, answers).level).toBe('none');
    expect(notEnoughInformation(brief, answers)).toBe(true);
    expect(informationCount(brief, answers)).toEqual({ scored: 9, unknown: 8 });
  });

  it('counts at least half as mostly (the reading that does not falsely reassure)', () => {
    const ids = instrumentItems(brief).map((i) => i.id);
    const answers = Object.fromEntries(ids.map((id, n) => [id, n < 5 ? 'unknown' : 'no']));
    expect(informationCount(brief, answers)).toEqual({ scored: 9, unknown: 5 });
    expect(notEnoughInformation(brief, answers)).toBe(true);
    const fewer = Object.fromEntries(ids.map((id, n) => [id, n < 4 ? 'unknown' : 'no']));
    expect(notEnoughInformation(brief, fewer)).toBe(false);
  });

  it('a screening answered "no" throughout is informed', () => {
    expect(notEnoughInformation(brief, all('no'))).toBe(false);
  });

  it('leaves safety items out of the count, and with skipMissing the answers a reader was not shown', () => {
    expect(informationCount(brief, { 'self-harm': 'unknown' })).toEqual({ scored: 9, unknown: 9 });
    expect(informationCount(brief, { away: 'no', branding: 'unknown' }, { skipMissing: true })).toEqual({
      scored: 2,
      unknown: 1,
    });
  });
});
