import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusesCharge } from './reports.js';
import {
  ageOnDay,
  countyDate,
  possiblyMinor,
  refusesAction,
  relevantToVacatur,
  sb1322Sections,
  unlawfulArrest,
} from './sb1322.js';

// Issue 12, item 6: the matcher missed common spellings; item 7: earlier arrests are kept, 653.22 is repealed.

const PREFIXES = [
  '',
  'PC ',
  'PC',
  'P.C. ',
  'P.C.',
  'Pen. Code ',
  'Pen. Code § ',
  'Penal Code ',
  'Penal Code section ',
  'Cal. Penal Code § ',
  'Cal. Pen. Code §',
  '§ ',
  '§',
  'CPC ',
];
const FORMS_647B = ['647(b)', '647 (b)', '647b', '647 b', '647( b )', '647-b', '647, subd. (b)', '647(b)(1)', '647(B)'];
const FORMS_653_22 = ['653.22', '653.22(a)', '653.22 (a)(1)', '653 .22', '653.22(c)'];
const SUFFIXES = ['', ' PC', ' P.C.', ' (misd.)', '.', ',', ';', ')'];
const WORDS = [
  'count 1',
  'and',
  'arrest',
  'charge:',
  'misdemeanor',
  'citation',
  'on',
  'burglary',
  'PC 459',
  'HS 11350',
];

const spelled = (forms: readonly string[]) =>
  fc
    .record({
      prefix: fc.constantFrom(...PREFIXES),
      form: fc.constantFrom(...forms),
      suffix: fc.constantFrom(...SUFFIXES),
      before: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
      after: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
      upper: fc.boolean(),
    })
    .map(({ prefix, form, suffix, before, after, upper }) => {
      const text = [...before, `${prefix}${form}${suffix}`, ...after].join(' ');
      return upper ? text.toUpperCase() : text;
    });

describe('finding PC 647(b) and 653.22 in a charge (SB 1322)', () => {
  it('finds the common spellings the issue lists', () => {
    for (const code of [
      'P.C. 647(b)',
      'Pen. Code 647(b)',
      'Cal. Penal Code § 647(b)',
      'Ct. 1: PC 459; Ct. 2: PC 647(b)',
      '647b/148(a)(1)',
      'pc647b',
      'Penal Code section 647, subdivision (b)',
    ]) {
      expect(sb1322Sections(code), code).toEqual(['647(b)']);
    }
    for (const code of ['653.22(a)', 'PC 653.22', 'Loitering with intent to commit prostitution']) {
      expect(sb1322Sections(code), code).toContain('653.22');
    }
    for (const words of ['prostitution', 'Solicitation of prostitution', 'prostitución', 'PROSTITUCION']) {
      expect(sb1322Sections(words), words).toEqual(['647(b)']);
    }
    expect(sb1322Sections('PC 647(b), 653.22')).toEqual(['647(b)', '653.22']);
  });

  it('does not take other sections for them', () => {
    for (const code of [
      'PC 647(a)',
      'PC 647(f)',
      '647 (h)',
      'PC 6470',
      '1647(b)',
      'PC 647.6',
      '647.6(b)',
      'PC 653.2',
      'PC 653.23',
      '1653.22',
      '653.221',
      'PC 459',
      '',
    ]) {
      expect(sb1322Sections(code), code).toEqual([]);
    }
  });

  it('always finds 647(b) however it is written and wherever it is (property)', () => {
    fc.assert(fc.property(spelled(FORMS_647B), (text) => sb1322Sections(text).includes('647(b)')));
  });

  it('always finds 653.22 and its subdivisions however written (property)', () => {
    fc.assert(fc.property(spelled(FORMS_653_22), (text) => sb1322Sections(text).includes('653.22')));
  });

  it('never finds them in other section numbers (property)', () => {
    const other = fc
      .record({
        number: fc.integer({ min: 1, max: 99999 }),
        decimal: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
        sub: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'h', 'i', 'j', 'k', '1', '2'), { nil: null }),
        paren: fc.boolean(),
        prefix: fc.constantFrom(...PREFIXES),
      })
      .filter(({ number, decimal, sub }) => {
        const n = decimal === null ? String(number) : `${number}.${decimal}`;
        return !(n === '647' && (sub === 'b' || sub === null)) && n !== '653.22' && n !== '65322';
      })
      .map(({ number, decimal, sub, paren, prefix }) => {
        const n = decimal === null ? String(number) : `${number}.${decimal}`;
        // A bare 647 without a subdivision is ambiguous and not a 647(b): left out above when sub is null.
        return `${prefix}${n}${sub === null ? '' : paren ? `(${sub})` : sub}`;
      });
    fc.assert(fc.property(other, (text) => sb1322Sections(text).length === 0));
  });
});

describe('the age that counts (SB 1322)', () => {
  it('is the age on the day of the conduct, from the record', () => {
    // 17 on the day of the conduct, 18 today: SB 1322 still protects the conduct of a 17-year-old.
    const youth = { dateOfBirth: '2008-11-20' };
    expect(ageOnDay(youth, '2026-11-19')).toEqual({ basis: 'date_of_birth', years: 17 });
    expect(ageOnDay(youth, '2026-11-20')).toEqual({ basis: 'date_of_birth', years: 18 });
    expect(ageOnDay({ estimatedAge: 16, ageEstimatedOn: '2025-06-01' }, '2026-06-01')).toEqual({
      basis: 'estimate',
      years: 17,
    });
    expect(ageOnDay({ estimatedAge: 16, ageEstimatedOn: '2025-06-01' }, '2024-06-01')).toEqual({
      basis: 'estimate',
      years: 15,
    });
    expect(ageOnDay({}, '2026-06-01')).toEqual({ basis: 'unknown' });
  });

  it('takes the day in the county’s zone, not UTC', () => {
    // 07:30 UTC on 1 December is still 30 November in Los Angeles.
    expect(countyDate(new Date('2026-12-01T07:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-30');
    expect(countyDate(new Date('2026-12-01T08:30:00Z'), 'America/Los_Angeles')).toBe('2026-12-01');
  });

  it('counts an estimate below 20 and an unknown age as possibly a minor’s', () => {
    expect(possiblyMinor({ basis: 'date_of_birth', years: 17 })).toBe(true);
    expect(possiblyMinor({ basis: 'date_of_birth', years: 18 })).toBe(false);
    expect(possiblyMinor({ basis: 'estimate', years: 19 })).toBe(true);
    expect(possiblyMinor({ basis: 'estimate', years: 20 })).toBe(false);
    expect(possiblyMinor({ basis: 'unknown' })).toBe(true);
  });
});

describe('actions now and earlier arrests (SB 1322, SB 357, PC 236.14)', () => {
  it('refuses an action now under 647(b) or 653.22 for a possible minor, and 653.22 for anyone', () => {
    expect(refusesAction('P.C. 647(b)', { basis: 'estimate', years: 19 })?.rule).toBe('sb1322_minor');
    expect(refusesAction('Pen. Code 647(b)', { basis: 'date_of_birth', years: 18 })).toBeNull();
    expect(refusesAction('653.22(a)', { basis: 'date_of_birth', years: 30 })?.rule).toBe('pc653_22_repealed');
    expect(refusesAction('PC 459', { basis: 'unknown' })).toBeNull();
    // The old entry point: 653.22 is refused for an adult as well (SB 357).
    expect(refusesCharge('PC 653.22', 18)).toBe(true);
    expect(refusesCharge('Cal. Penal Code § 647(b)', 17)).toBe(true);
  });

  it('finds an earlier arrest of a minor unlawful from 1 January 2017, and 653.22 for anyone from 2023', () => {
    const minor = { basis: 'date_of_birth', years: 15 } as const;
    const adult = { basis: 'date_of_birth', years: 25 } as const;
    expect(unlawfulArrest('PC 647(b)', minor, '2017-01-01')?.rule).toBe('sb1322_minor');
    expect(unlawfulArrest('PC 647(b)', minor, '2016-12-31')).toBeNull();
    expect(unlawfulArrest('PC 647(b)', adult, '2024-01-01')).toBeNull();
    expect(unlawfulArrest('PC 653.22', adult, '2023-01-01')?.rule).toBe('pc653_22_repealed');
    expect(unlawfulArrest('PC 653.22', adult, '2022-12-31')).toBeNull();
    expect(unlawfulArrest('PC 459', minor, '2024-01-01')).toBeNull();
    // Kept for vacatur and sealing (PC 236.14), lawful at the time or not.
    expect(relevantToVacatur('PC 647(b)')).toBe(true);
    expect(relevantToVacatur('PC 459')).toBe(false);
  });
});
