import { describe, expect, it } from 'vitest';
import { matchesSearch } from './user-search';

const angela = { displayName: 'Ángela Núñez', email: 'angela.nunez@dcfs.lacounty.example' };

describe('the users search', () => {
  it('finds a person by any part of the name or e-mail, ignoring case and accents', () => {
    expect(matchesSearch(angela, 'angela')).toBe(true);
    expect(matchesSearch(angela, 'NÚÑEZ')).toBe(true);
    expect(matchesSearch(angela, 'nunez dcfs')).toBe(true);
    expect(matchesSearch(angela, '@dcfs.')).toBe(true);
  });

  it('needs every word to match, and shows everyone for an empty search', () => {
    expect(matchesSearch(angela, 'angela probation')).toBe(false);
    expect(matchesSearch(angela, '   ')).toBe(true);
  });
});
