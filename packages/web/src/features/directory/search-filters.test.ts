import { describe, expect, it } from 'vitest';
import { ageProblem, apiQuery, filtersFromParams, NO_FILTERS, paramsOfFilters } from './search-filters';

describe('the directory search’s filters', () => {
  it('keep the filters in the address and back, with the youth of a referral', () => {
    const filters = { ...NO_FILTERS, language: 'es', age: '15', practice: 'tf_cbt', csecSpecialised: true };
    const params = paramsOfFilters(filters, 'youth-1');
    expect(params.toString()).toBe('pick=youth-1&language=es&age=15&practice=tf_cbt&csecSpecialised=true');
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('leave out what the search does not know, and never send the youth to the search', () => {
    const read = filtersFromParams(new URLSearchParams('category=nonsense&availability=always&language=Spanish'));
    expect(read).toEqual(NO_FILTERS);
    const query = apiQuery({ ...NO_FILTERS, availability: 'open_now', bedsAvailable: true }, 2);
    expect(query.toString()).toBe('availability=open_now&bedsAvailable=true&page=2');
  });

  it('keep an editor’s choice to list the services no longer offered', () => {
    const params = paramsOfFilters({ ...NO_FILTERS, retired: true });
    expect(params.toString()).toBe('retired=true');
    expect(filtersFromParams(params)).toEqual({ ...NO_FILTERS, retired: true });
  });

  it('take an age of whole years from 0 to 30, or none', () => {
    expect(['', '0', '15', '30'].map(ageProblem)).toEqual([false, false, false, false]);
    expect(['31', '-1', '15.5', 'fifteen'].map(ageProblem)).toEqual([true, true, true, true]);
  });
});
