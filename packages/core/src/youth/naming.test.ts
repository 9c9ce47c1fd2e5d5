import { describe, expect, it } from 'vitest';
import { ageOn, initialsOf } from './naming.js';

describe('naming a youth', () => {
  it('gives the initials of the legal name, else of the first name used', () => {
    expect(initialsOf({ legalName: { given: 'María José', family: 'Hernández' } })).toBe('M. J. H.');
    expect(initialsOf({ legalName: { given: 'ángela', family: 'Ruiz-Soto' } })).toBe('Á. R. S.');
    expect(initialsOf({ legalName: null, namesUsed: ['Lucecita'] })).toBe('L.');
    expect(initialsOf({ legalName: null, namesUsed: [] })).toBe('');
  });

  it('counts the age from the date of birth, or from an estimate and the years since', () => {
    const on = new Date('2026-12-01T12:00:00Z');
    expect(ageOn({ dateOfBirth: '2011-12-01' }, on)).toBe(15);
    expect(ageOn({ dateOfBirth: '2011-12-02' }, on)).toBe(14);
    expect(ageOn({ estimatedAge: 14, ageEstimatedOn: '2024-11-01' }, on)).toBe(16);
    expect(ageOn({ estimatedAge: 14, ageEstimatedOn: null }, on)).toBe(14);
    expect(ageOn({}, on)).toBeNull();
  });
});
