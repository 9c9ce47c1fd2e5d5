import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales.js';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-MX,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['fr-FR,es;q=0.5,en;q=0.4', 'es'],
    ['en;q=0.2,es;q=0.7', 'es'],
    ['es;q=0,en', 'en'],
    ['de, fr', 'en'],
    ['*', 'en'],
    ['es;q=abc', 'en'],
    [';;;,,,', 'en'],
  ])('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
