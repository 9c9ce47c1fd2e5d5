import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { pageLanguageProblems, QUOTE_MARKER } from '../../../../core/src/i18n/language-guard.js';
import { CONTENT_DIR, loadPublicContent } from './content.js';

/** Every page file of the public site (both languages), with its text. */
const pages = readdirSync(CONTENT_DIR)
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .map((file) => [file, readFileSync(join(CONTENT_DIR, file), 'utf8')] as const);

/** The page whose tables list the words not to use. */
const tablesMayName = (file: string) => file.startsWith('language-matters.');

describe('the public pages follow the language guide (../shared/domain/FACTS.md)', () => {
  it('reads every page in every language', () => {
    const content = loadPublicContent();
    expect(pages).toHaveLength(content.pages.en.length * LOCALES.length);
  });

  it.each(pages)('%s names no stigmatising term outside its allowed places', (file, source) => {
    expect(pageLanguageProblems(file, source, { tablesMayName: tablesMayName(file) })).toEqual([]);
  });

  it('the language-matters page names the terms, in its table and in marked quotes only', () => {
    for (const [file, source] of pages.filter(([file]) => tablesMayName(file))) {
      // Read as any other page, its table and its quotes are what the guard finds.
      const problems = pageLanguageProblems(file, source.replaceAll(QUOTE_MARKER, ''));
      expect(problems.length, file).toBeGreaterThan(5);
    }
  });

  it('shows no quote marker: the page renders it as nothing', () => {
    const content = loadPublicContent();
    for (const page of content.byPath.values()) expect(page.html, page.path).not.toContain('language-guard');
  });
});
