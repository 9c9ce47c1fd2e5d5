import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findRefusedText } from './input-text.js';

describe('findRefusedText', () => {
  it('walks JSON nested deeper than the call stack (the API fuzz overflowed it with 20,000 brackets)', () => {
    let deep: unknown = 'a\u0000b';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const found = findRefusedText(deep, undefined);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toHaveLength(50_000);
    expect(found[0]!.problem).toBe('control');
  });

  it('lists what it finds in the order of the value, keys before their values, within the limit', () => {
    const schema = z.object({ note: z.string() });
    const value = { first: 'x\u0007', 'ke\u0001y': 'never read\u0000', list: ['ok', 'two\nlines'], note: 'fine' };
    expect(findRefusedText(value, schema)).toEqual([
      { path: ['first'], problem: 'control' },
      { path: ['ke\u0001y'], problem: 'control' },
      { path: ['list', 1], problem: 'line_break' },
    ]);
    expect(findRefusedText(value, schema, 2)).toHaveLength(2);
  });
});
