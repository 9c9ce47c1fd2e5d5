import { readdirSync, readFileSync } from 'node:fs';
import { CURRENT_INSTRUMENTS, MESSAGE_GROUPS, SHIPPED_PROTOCOLS } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryTable } from '../../core/src/i18n/glossary';
import { WEB_COPY } from './messages';

/**
 * One term for one thing (issue 12, item 11): every text Harbor shows in both languages (core's and the app's
 * messages, the screening instruments new screenings use, the protocol) and every public page is held to the glossary
 * (packages/core/src/i18n/glossary.ts, shown as the table in docs/glossary.md).
 */

const ROOT = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

type Pair = { where: string; en: string; es: string };

/** Every bilingual text of a definition (an object with en and es strings), with where it is. */
function definitionPairs(id: string, value: unknown, path = ''): Pair[] {
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record.es === 'string') {
    return [{ where: `${id}:${path}`, en: record.en, es: record.es }];
  }
  return Object.entries(record).flatMap(([key, child]) => definitionPairs(id, child, path ? `${path}.${key}` : key));
}

const messagePairs: Pair[] = Object.entries({ ...MESSAGE_GROUPS, ...WEB_COPY }).flatMap(([group, messages]) =>
  Object.entries(messages).map(([key, m]) => ({ where: `${group}:${key}`, en: m.en, es: m.es })),
);
const instrumentPairs = CURRENT_INSTRUMENTS.flatMap((i) => definitionPairs(`${i.id}@${i.version}`, i));
const protocolPairs = SHIPPED_PROTOCOLS.flatMap((p) => definitionPairs(`${p.id}@${p.version}`, p));

/**
 * The protocol's version 1 is a stored definition: it never changes (a change is a new version, which the response
 * work owns). Its texts that name the advocate "persona de apoyo" (and the records "registros") are listed here; its next
 * version must use the glossary's words.
 */
const FROZEN_PROTOCOL_TEXTS = new Set<string>([
  'la-county-first-responder@1:description',
  'la-county-first-responder@1:steps.1.title',
  'la-county-first-responder@1:steps.1.description',
  'la-county-first-responder@1:steps.11.title',
  'la-county-first-responder@1:steps.11.description',
  // "the records" said "los registros": Harbor's records of the youth, "los expedientes" in the next version.
  'la-county-first-responder@1:steps.6.description',
]);

/** A message's own words: ICU arguments ({youth}) and tags left out. */
const words = (text: string) => text.replace(/\{[a-zA-Z]+\}/g, ' ').replace(/<\/?[a-z]+>/g, ' ');

const pages = readdirSync(new URL('content/public/', ROOT))
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .map((file) => ({ file, text: read(`content/public/${file}`) }));

/** A Markdown table's cells, row by row, whatever its padding (the separator row left out). */
const cells = (table: string) =>
  table
    .trim()
    .split('\n')
    .filter((row) => !/^\|[\s|:-]+\|$/.test(row.trim()))
    .map((row) =>
      row
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );

describe('the glossary (docs/glossary.md)', () => {
  it('shows the glossary module as its table', () => {
    const doc = read('docs/glossary.md');
    const table = doc.split('<!-- glossary:start -->')[1]?.split('<!-- glossary:end -->')[0] ?? '';
    expect(cells(table), 'docs/glossary.md: the table between the glossary markers').toEqual(cells(glossaryTable()));
  });

  it('lists the terms issue 12 names', () => {
    expect(GLOSSARY.map((t) => t.id)).toEqual([
      'advocate',
      'probation',
      'recovery',
      'mandated-reporter',
      'youth',
      'record',
      'shelter',
      'court',
      'national-hotline',
    ]);
  });
});

describe.each(GLOSSARY.map((term) => [term.id, term] as const))('the glossary term %s', (_id, term) => {
  it('is said in Spanish with the glossary’s words wherever the English names it', () => {
    const missing = [...messagePairs, ...instrumentPairs, ...protocolPairs]
      .filter((p) => !FROZEN_PROTOCOL_TEXTS.has(p.where) && !Object.hasOwn(term.except ?? {}, p.where))
      .filter((p) => term.enMatch.test(words(p.en)))
      .filter((p) => !term.esMatch.test(words(p.es)))
      .map((p) => `${p.where}: ${p.es}`);
    expect(missing).toEqual([]);
  });

  it('is never said another way, in any text or public page', () => {
    const spanish = [
      ...[...messagePairs, ...instrumentPairs, ...protocolPairs].map((p) => ({ where: p.where, text: p.es })),
      ...pages.filter((p) => p.file.endsWith('.es.md')).map((p) => ({ where: p.file, text: p.text })),
    ].filter((t) => !FROZEN_PROTOCOL_TEXTS.has(t.where));
    const english = [
      ...[...messagePairs, ...instrumentPairs, ...protocolPairs].map((p) => ({ where: p.where, text: p.en })),
      ...pages.filter((p) => p.file.endsWith('.en.md')).map((p) => ({ where: p.file, text: p.text })),
    ];
    const found = [
      ...spanish.flatMap(({ where, text }) =>
        term.avoid.filter((re) => re.test(words(text).toLowerCase())).map((re) => `${where}: ${re}`),
      ),
      ...english.flatMap(({ where, text }) =>
        (term.enAvoid ?? []).filter((re) => re.test(words(text))).map((re) => `${where}: ${re}`),
      ),
    ];
    expect(found).toEqual([]);
  });
});
