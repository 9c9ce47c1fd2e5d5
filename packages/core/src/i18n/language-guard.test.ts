import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparisonText,
  findStigmatisingTerms,
  languageProblems,
  pageLanguageProblems,
  QUOTE_MARKER,
  STIGMATISING_TERMS,
} from './language-guard.js';

/** The terms found in a text, by name. */
const found = (text: string) => findStigmatisingTerms(text).map((m) => m.term.term);

/** Each term as people write it (with its accents), and the term the guard must name. */
const SAMPLES: readonly (readonly [string, string])[] = [
  ['child prostitute', 'prostitute'],
  ['child prostitutes', 'prostitute'],
  ['teen prostitute', 'prostitute'],
  ['underage prostitute', 'prostitute'],
  ['juvenile prostitute', 'prostitute'],
  ['prostituted child', 'prostitute'],
  ['prostituted children', 'prostitute'],
  ['prostituted youth', 'prostitute'],
  ['child prostitution', 'child prostitution'],
  ['juvenile prostitution', 'child prostitution'],
  ['prostitution of children', 'child prostitution'],
  ['sex worker', 'sex worker'],
  ['child sex workers', 'sex worker'],
  ['child pornography', 'child pornography'],
  ['child porn', 'child pornography'],
  ['pimp', 'pimp'],
  ['pimps', 'pimp'],
  ['johns', 'john'],
  ['a john', 'john'],
  ['never “john”', 'john'],
  ['clients of the youth', 'client'],
  ['a client of the girl who', 'client'],
  ['exploiters and their clients', 'client'],
  ['sex buyers, also called clients', 'client'],
  ['prostituta infantil', 'prostituta'],
  ['prostituta menor', 'prostituta'],
  ['niña prostituta', 'prostituta'],
  ['niño prostituto', 'prostituta'],
  ['niños prostitutos', 'prostituta'],
  ['menores prostituidas', 'prostituta'],
  ['prostitución infantil', 'prostitución infantil'],
  ['prostitución de menores', 'prostitución infantil'],
  ['pornografía infantil', 'pornografía infantil'],
  ['porno infantil', 'pornografía infantil'],
  ['trabajadora sexual', 'trabajadora sexual'],
  ['trabajadores sexuales', 'trabajadora sexual'],
  ['proxeneta', 'proxeneta'],
  ['padrote', 'proxeneta'],
  ['el chulo que la explota', 'chulo'],
  ['los explotadores y sus clientes', 'cliente'],
  ['clientes de la menor', 'cliente'],
  ['un cliente de esta niña que', 'cliente'],
  ['el cliente que paga por sexo', 'cliente'],
];

/** Text that names no term, with the near misses the guard must let through. */
const CLEAN: readonly string[] = [
  'A youth who has been commercially sexually exploited is a survivor.',
  'The buyer and the exploiter are responsible; child sexual abuse material is abuse.',
  'Under SB 1322 a minor is not charged with prostitution (Penal Code 647(b)).',
  'John Doe, Johnson and Johns Hopkins are names.',
  'A pimple; the Pimpernel.',
  'The mental health client booked a visit; the HTTP client retried.',
  'The clients of the youth center and of child welfare; the client of a child psychiatrist.',
  'Un joven víctima de explotación sexual comercial es un sobreviviente.',
  '¡Qué chulo está tu dibujo! La clientela de la tienda.',
  'El cliente del banco abrió una cuenta. Los clientes de la joven empresa.',
  'Exposure to pornography can be part of grooming.',
  'material de abuso sexual infantil; explotación sexual infantil',
];

describe('the language guard finds every stigmatising term', () => {
  it.each(SAMPLES)('finds "%s" as %s', (text, term) => {
    expect(found(text)).toContain(term);
  });

  it.each(CLEAN)('lets "%s" through', (text) => {
    expect(findStigmatisingTerms(text)).toEqual([]);
  });

  it('has a sample for every term, and every term says what to say instead', () => {
    const sampled = new Set(SAMPLES.map(([, term]) => term));
    for (const term of STIGMATISING_TERMS) {
      expect(sampled.has(term.term), term.term).toBe(true);
      expect(term.instead.length).toBeGreaterThan(3);
    }
  });

  it('finds a term whatever its case, accents, hyphens, dashes or spaces, and in a message tag or Markdown emphasis', () => {
    expect(found('CHILD PROSTITUTE')).toEqual(['prostitute']);
    expect(found('child\u00a0prostitute')).toEqual(['prostitute']);
    expect(found('child\u202fprostitute and child\u2009prostitution')).toEqual(['prostitute', 'child prostitution']);
    expect(found('sex-worker, sex\u2011worker, sex\u2013worker, sex\u2014worker, sex\u2212worker')).toHaveLength(5);
    expect(found('child\nprostitute')).toEqual(['prostitute']);
    expect(found('prosti\u00adtute, child\u200bprostitute')).toEqual(['prostitute', 'prostitute']);
    expect(found('prostitucion infantil')).toEqual(['prostitución infantil']);
    expect(found('prostituci\u006f\u0301n infantil'.normalize('NFD'))).toEqual(['prostitución infantil']);
    expect(found('PORNOGRAFÍA INFANTIL')).toEqual(['pornografía infantil']);
    expect(found('ｃｈｉｌｄ ｐｏｒｎ')).toEqual(['child pornography']);
    expect(found('child <b>prostitute</b>')).toEqual(['prostitute']);
    expect(found('**child** _prostitution_')).toEqual(['child prostitution']);
    expect(found('children’s prostitution')).toEqual(['child prostitution']);
  });

  it('finds a "client" or a "chulo" only near a word of exploitation, in the same sentence', () => {
    expect(found('The clinic saw each client. Sexual abuse is common among youth in care.')).toEqual([]);
    expect(found('The exploiter sells the youth to clients.')).toEqual(['client']);
    expect(found('La tienda atiende a sus clientes. La explotación sexual es abuso.')).toEqual([]);
    expect(found('Pagan por sexo: son clientes.')).toEqual(['cliente']);
    expect(found('Los clientes pagan por sexo.')).toEqual(['cliente']);
  });

  it('names what it found and what to say instead, and where it was found', () => {
    expect(languageProblems([['page:3', 'There is no child prostitute.']])).toEqual([
      `page:3: "prostitute" (prostitute: say youth who has been commercially sexually exploited, or survivor)`,
    ]);
  });

  it('lets a quoted term through only where quoting is allowed, and only in quotation marks', () => {
    const texts: [string, string][] = [
      ['guide', 'There is no such thing as a “child prostitute”, a «prostituta» or a "pimp".'],
      ['guide-unquoted', 'There is no such thing as a child prostitute.'],
      ['guide-unclosed', 'There is no such thing as a “child prostitute.'],
      ['other', 'They called her a “child prostitute”.'],
    ];
    expect(languageProblems(texts, { mayQuote: (where) => where.startsWith('guide') })).toEqual([
      expect.stringMatching(/^guide-unquoted: "prostitute"/),
      expect.stringMatching(/^guide-unclosed: "prostitute"/),
      expect.stringMatching(/^other: "prostitute"/),
    ]);
    // Without an allowance, quotation marks hide nothing (a short quoted phrase was once skipped everywhere).
    expect(languageProblems(texts)).toHaveLength(6);
  });
});

describe('comparison text', () => {
  it('is lower case, without accents, with one plain space between words', () => {
    expect(comparisonText('  Niña\u00a0PROSTITUTA —\tprostitución\u2011infantil  ')).toBe(
      'nina prostituta prostitucion infantil',
    );
  });

  it('is stable, lower case, without combining marks, dashes or runs of spaces, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const compared = comparisonText(text);
        expect(comparisonText(compared)).toBe(compared);
        expect(compared).toBe(compared.toLowerCase());
        expect(compared).not.toMatch(/\p{M}|\p{Pd}|\s\s|^\s|\s$|[\u00a0\u2000-\u200b\u202f]/u);
      }),
      { numRuns: 500 },
    );
  });
});

// A character of a term written another way: its case flipped, its accent dropped, composed or decomposed.
const letterVariant = (c: string): fc.Arbitrary<string> => {
  const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
  return fc.constantFrom(
    c,
    c.toUpperCase(),
    c.normalize('NFD'),
    c.toUpperCase().normalize('NFD'),
    bare,
    bare.toUpperCase(),
  );
};

/** What may stand between two words of a term. */
const SEPARATORS = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0', // no-break space
  '\u202f', // narrow no-break space
  '\u2009', // thin space
  '\u3000', // ideographic space
  '-',
  '\u2010', // hyphen
  '\u2011', // non-breaking hyphen
  '\u2013', // en dash
  '\u2014', // em dash
  ' - ',
  '\u00a0\u2013 ',
];

/** A sample written in any of those ways. */
const written = (sample: string): fc.Arbitrary<string> => {
  const words = sample.split(' ');
  return fc
    .tuple(
      fc.tuple(...words.map((word) => fc.tuple(...[...word].map(letterVariant)).map((cs) => cs.join('')))),
      fc.array(fc.constantFrom(...SEPARATORS), { minLength: words.length, maxLength: words.length }),
    )
    .map(([variants, separators]) => variants.map((word, i) => (i === 0 ? word : `${separators[i]}${word}`)).join(''));
};

/** Everyday words of both languages, none a term nor, next to another, part of one. */
const SAFE_WORDS = [
  ...['youth', 'survivor', 'exploiter', 'buyer', 'exploitation', 'victim', 'report', 'hotline', 'child', 'abuse'],
  ...['the', 'a', 'of', 'and', 'call', 'today', 'material', 'sexual', 'Johnson', 'pimple'],
  ...['joven', 'sobreviviente', 'explotador', 'comprador', 'explotación', 'víctima', 'línea', 'niña', 'niño'],
  ...['reporte', 'la', 'el', 'de', 'y', 'abuso', 'clientela'],
];

/**
 * Everyday words with a "client" and a "John" among them, and no word of exploitation that would make the client a
 * buyer (nor quotation marks, which make a lone “John” the buyer).
 */
const CLIENT_WORDS = [
  ...['client', 'clients', 'cliente', 'clientes', 'clinic', 'clínica', 'of', 'youth', 'child', 'call', 'center'],
  ...['de', 'joven', 'niña', 'servicio', 'service', 'bank', 'banco', 'chulo', 'John'],
];

const PUNCTUATION = ['. ', ', ', ': ', '; ', ' (', ') ', '\n\n'];

/** Safe text: safe words, written any way, with any of the separators or punctuation between them. */
const textOf = (words: readonly string[], between: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...words).chain(written), fc.constantFrom(...between)), { maxLength: 12 })
    .map((parts) => parts.map(([word, separator]) => word + separator).join(''));
const safeText = fc.oneof(
  textOf(SAFE_WORDS, [...SEPARATORS, ...PUNCTUATION, ' “', '” ', ' "', '" ']),
  textOf(CLIENT_WORDS, [...SEPARATORS, ...PUNCTUATION]),
);

describe('properties of the guard', () => {
  it('finds every term however it is written, wherever it stands in safe text', () => {
    const sample = fc.constantFrom(...SAMPLES);
    fc.assert(
      fc.property(
        sample.chain(([text, term]) => fc.tuple(written(text), fc.constant(term))),
        safeText,
        // "The clients of the youth" is a term at the end of a phrase only.
        fc.constantFrom('. ', ', ', '; ', ': ', '! ', '? '),
        safeText,
        ([text, term], before, stop, after) => {
          expect(found(`${before} ${text}${stop}${after}`)).toContain(term);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds nothing in text without a term', () => {
    fc.assert(
      fc.property(safeText, (text) => {
        expect(findStigmatisingTerms(text)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a public page', () => {
  const page = (body: string, front = 'title: A page\ndescription: About the page.') => `---\n${front}\n---\n${body}`;

  it('is checked in its front matter, its paragraphs (across line breaks), lists, headings and tables', () => {
    const source = page(
      [
        'A paragraph about a child',
        'prostitute, over two lines.',
        '',
        '- a list of johns',
        '## A heading: sex workers',
        '',
        '| Say this | Not this |',
        '|---|---|',
        '| survivor | child prostitute |',
      ].join('\n'),
      'title: Child pornography\ndescription: About the page.',
    );
    expect(pageLanguageProblems('p.en.md', source)).toEqual([
      expect.stringMatching(/^p\.en\.md:2: "child porn/),
      expect.stringMatching(/^p\.en\.md:5: "prostitute"/),
      expect.stringMatching(/^p\.en\.md:8: "johns"/),
      expect.stringMatching(/^p\.en\.md:8: "sex workers"/),
      expect.stringMatching(/^p\.en\.md:13: "prostitute"/),
    ]);
  });

  it('lets the language-matters tables name terms outside their first column ("Say this")', () => {
    const table = ['| Say this | Not this |', '|---|---|', '| survivor | child prostitute |', '| pimp | trafficker |'];
    expect(pageLanguageProblems('l.en.md', page(table.join('\n')), { tablesMayName: true })).toEqual([
      expect.stringMatching(/^l\.en\.md:8: "pimp"/),
    ]);
  });

  it('lets a block after the quote marker quote a term, in quotation marks only', () => {
    const body = [
      QUOTE_MARKER,
      '## There is no "child prostitute"',
      '',
      QUOTE_MARKER,
      'A child is not a "prostitute" and not a',
      'child prostitute.',
      '',
      'Not marked: a "pimp".',
    ];
    expect(pageLanguageProblems('q.en.md', page(body.join('\n')))).toEqual([
      expect.stringMatching(/^q\.en\.md:9: "prostitute"/),
      expect.stringMatching(/^q\.en\.md:12: "pimp"/),
    ]);
  });

  it('refuses a quote marker the page would show, or that quotes nothing', () => {
    const body = ['A paragraph.', QUOTE_MARKER, 'A "pimp".', '', QUOTE_MARKER, 'Nothing to quote.', '', QUOTE_MARKER];
    expect(pageLanguageProblems('m.en.md', page(body.join('\n')))).toEqual([
      'm.en.md:6: the quote marker must follow a blank line, or the page shows it',
      'm.en.md:12: the quote marker marks nothing',
      'm.en.md:10: the quote marker marks a block that quotes no term',
      expect.stringMatching(/^m\.en\.md:5: "pimp"/),
    ]);
  });
});
