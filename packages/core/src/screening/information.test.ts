import { describe, expect, it } from 'vitest';
import { instrumentItems, validateAnswers } from './answers.js';
import type { InstrumentDefinition } from './definition.js';
import { informationCount, itemsFeedingNoRule, notEnoughInformation } from './information.js';
import { CURRENT_INSTRUMENTS, SHIPPED_INSTRUMENTS } from './instruments/index.js';
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

describe('the staff screen (issue 12, item 10)', () => {
  const staff = CURRENT_INSTRUMENTS.find((i) => i.id === 'harbor-cse-indicators')!;
  const staffV1 = SHIPPED_INSTRUMENTS.find((i) => i.id === 'harbor-cse-indicators' && i.version === 1)!;

  it('version 1 had questions that fed no rule; in the current version every question feeds one', () => {
    expect(itemsFeedingNoRule(staffV1)).toEqual(['child-welfare', 'substance-use', 'trouble-home', 'meeting-place']);
    expect(staff.version).toBe(2);
    // Safety items (the crisis step) and free-text notes are never scored; every other question is.
    expect(itemsFeedingNoRule(staff)).toEqual([]);
  });

  it('the questions that fed no rule now count: three vulnerabilities are a possible concern', () => {
    const answers = {
      ...allOf(staff, 'no', 'none'),
      'child-welfare': 'yes',
      'substance-use': 'yes',
      'trouble-home': 'yes',
    };
    expect(scoreScreening(staffV1, answers).level).toBe('none');
    expect(scoreScreening(staff, answers).level).toBe('possible');
  });

  it('offers "don\'t know" on concern questions, and a screening answered mostly so is not enough information', () => {
    const answers = allOf(staff, 'unknown', 'unknown');
    expect(scoreScreening(staff, answers).level).toBe('none');
    expect(notEnoughInformation(staff, answers)).toBe(true);
    expect(notEnoughInformation(staff, allOf(staff, 'no', 'none'))).toBe(false);
    // Version 1 offers no "don't know" on concern questions: the answer is refused there.
    expect(validateAnswers(staffV1, { gifts: 'unknown' }, { complete: false })).toContainEqual({
      itemId: 'gifts',
      code: 'not_allowed',
    });
    expect(validateAnswers(staff, { gifts: 'unknown' }, { complete: false })).toEqual([]);
  });
});

/** Every yes/no question answered `yesNo`, every concern question `concern`. */
function allOf(instrument: InstrumentDefinition, yesNo: string, concern: string): Record<string, string> {
  return Object.fromEntries(
    instrumentItems(instrument)
      .filter((i) => i.answer.type === 'yes_no_unknown' || i.answer.type === 'concern')
      .map((i) => [i.id, i.answer.type === 'concern' ? concern : yesNo]),
  );
}
