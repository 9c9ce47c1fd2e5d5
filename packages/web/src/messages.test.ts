import { LOCALES, MESSAGE_GROUPS, type MessageGroup } from '@harbor/core';
import { describe, expect, it } from 'vitest';
// The same checks core runs over its own catalogs (packages/core/src/i18n/catalog.test.ts).
import { findStigmatisingTerms, languageProblems } from '../../core/src/i18n/language-guard';
import { messageProblems, messageTexts } from '../../core/src/i18n/testing';
import { appCatalogs, translate, WEB_COPY } from './messages';

const named = (prefix: string, groups: Record<string, MessageGroup>) =>
  Object.fromEntries(Object.entries(groups).map(([name, group]) => [`${prefix}:${name}`, group]));

/** Core's groups and every web copy module, as the app loads them. */
const everyGroup = { ...named('core', MESSAGE_GROUPS), ...named('web', WEB_COPY) };

/**
 * The messages that explain the language guide (the about and help pages): each may name a stigmatising term, in
 * quotation marks only, to say it is wrong.
 */
const QUOTING = new Set(['about.language.consent', 'about.language.terms', 'help.glossary.csec.body']);

describe('the web app copy', () => {
  it('has every message in every language, non-empty, valid ICU, with the same arguments', () => {
    expect(messageProblems(named('web', WEB_COPY))).toEqual([]);
  });

  it('defines each key once: in one copy module, and never in core as well', () => {
    expect(messageProblems(everyGroup)).toEqual([]);
    const keys = Object.values(everyGroup).flatMap((group) => Object.keys(group));
    expect(Object.keys(appCatalogs.en)).toHaveLength(keys.length);
  });

  it('lists every copy module of the app (src/**/copy.ts), so none is left out of the catalogs', () => {
    const modules = import.meta.glob<Record<string, MessageGroup>>('./**/copy.ts', { eager: true });
    const listed = new Set<MessageGroup>(Object.values(WEB_COPY));
    const found = Object.entries(modules).flatMap(([path, module]) => Object.values(module).map((g) => [path, g]));
    for (const [path, group] of found)
      expect(listed.has(group as MessageGroup), `${path} is not in WEB_COPY`).toBe(true);
    expect(found).toHaveLength(listed.size);
  });

  it('follows the language guide (../shared/domain/FACTS.md) in every message of the app and of core', () => {
    const texts = messageTexts(everyGroup);
    expect(texts.length).toBeGreaterThan(1000);
    const mayQuote = (where: string) => QUOTING.has(where.split(':').at(-2) ?? '');
    expect(languageProblems(texts, { mayQuote })).toEqual([]);
    // Each of them does quote a term in each language, or it would not be listed.
    const quoting = texts.filter(
      ([where, text]) => mayQuote(where) && findStigmatisingTerms(text).some((m) => m.quoted),
    );
    expect(quoting).toHaveLength(QUOTING.size * LOCALES.length);
  });

  it('is what the app shows, with core’s messages beside it, in every language', () => {
    for (const locale of LOCALES) {
      for (const group of Object.values(everyGroup)) {
        for (const [key, message] of Object.entries(group)) expect(appCatalogs[locale][key]).toBe(message[locale]);
      }
    }
    expect(translate('es', 'shell.nav.home')).toBe('Inicio');
    expect(translate('en', 'mySessions.count', { count: 2 })).toBe('You have 2 open sessions.');
    expect(translate('es', 'error.validation_failed', { count: 2 })).toBe('2 campos necesitan atención.');
  });
});

describe('how the product dates SB 1322 (issue 12, item 7)', () => {
  it('never as “SB 1322 (2017)” nor as “Penal Code 647” without its subdivision (b), in any language', () => {
    const wrong: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(appCatalogs[locale])) {
        // SB 1322 is Statutes of 2016, in force 1 January 2017; it covers PC 647(b), not all of 647.
        if (/1322\s*[(,]\s*2017/.test(text) || /\b647(?!\s*\(b\))(?![\d.])/.test(text)) wrong.push(`${locale}:${key}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
