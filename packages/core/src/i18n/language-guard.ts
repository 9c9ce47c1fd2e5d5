/**
 * The language guard: finds stigmatising terms for commercially sexually exploited children and youth in product
 * text and on the public pages, in English and Spanish (../shared/domain/FACTS.md, "Language"; the LACDMH fact
 * sheet's "Rethinking the perception of victims"; the Luxembourg Guidelines, 2016, and their Spanish edition).
 *
 * A minor cannot consent: there is no "child prostitute", the buyer is a buyer or an exploiter (not a "john" or a
 * "client"), the exploiter is an exploiter or a trafficker (not a "pimp"), and the material is child sexual abuse
 * material (not "child pornography"). Text is compared in a normal form (see comparisonText), so a term is found
 * whatever its case, accents (missing, composed or decomposed), hyphens, dashes or spaces (non-breaking or other).
 *
 * Pure and without dependencies: the tests of core, the web app and the public pages use it.
 */

export interface StigmatisingTerm {
  /** The term as people write it, to name it in a problem. */
  readonly term: string;
  readonly locale: 'en' | 'es';
  /**
   * A regular expression over comparison text (lower case, no accents, words apart by one space); it matches whole
   * words only.
   */
  readonly pattern: string;
  /**
   * The term is stigmatising only when it means a buyer or an exploiter: it is found when a word of sexual
   * exploitation stands within a few words of it in the same sentence ("a client of the clinic" is fine, "the
   * exploiters and their clients" is not).
   */
  readonly nearExploitation?: boolean;
  /** What to say instead. */
  readonly instead: string;
}

/** Alternatives, in a group. */
const anyOf = (...alternatives: string[]) => `(?:${alternatives.join('|')})`;
/** The end of a word (for a lookahead inside a pattern). */
const END = String.raw`(?![\p{L}\p{N}])`;

// Words that may name a child or a young person, in comparison form.
const EN_CHILD = `${anyOf(
  ...['child', 'children', 'kid', 'kids', 'minor', 'minors', 'teen', 'teens', 'teenage', 'teenaged', 'juvenile'],
  ...['juveniles', 'underage', 'adolescent', 'adolescents', 'youth', 'youths', 'girl', 'girls', 'boy', 'boys'],
  ...['infant', 'infants'],
)}(?:'s|s')?`;
const EN_PERSON = `(?:(?:a|an|the) )?${anyOf(
  ...['child', 'children', 'minor', 'minors', 'youth', 'youths', 'young person', 'young people', 'girl', 'girls'],
  ...['boy', 'boys', 'victim', 'victims', 'survivor', 'survivors'],
)}`;
const ES_CHILD = `(?:(?:un|una|el|la|los|las) )?${anyOf(
  ...['menor', 'menores', 'nino', 'ninos', 'nina', 'ninas', 'adolescente', 'adolescentes', 'joven', 'jovenes'],
)}`;
// "The clients of the youth", "los clientes de la menor": a person, then the end of the phrase ("the clients of the
// youth center", "los clientes de la joven empresa" are something else).
const EN_OF_PERSON = `of ${anyOf('a', 'an', 'the', 'this', 'that', 'her', 'his', 'their')} ${anyOf(
  ...['child', 'minor', 'youth', 'girl', 'boy', 'victim', 'young person', 'survivor'],
)}(?= ?(?:$|[.,;:!?)]|(?:who|whom|that)${END}))`;
const ES_OF_PERSON = `de ${anyOf('un', 'una', 'el', 'la', 'esta', 'este', 'esa', 'ese', 'su')} ${anyOf(
  ...['menor', 'nino', 'nina', 'joven', 'adolescente', 'victima', 'sobreviviente'],
)}(?= ?(?:$|[.,;:!?)]|(?:que|quien)${END}))`;

const SAY_YOUTH_EN = 'youth who has been commercially sexually exploited, or survivor';
const SAY_YOUTH_ES = 'joven víctima de explotación sexual comercial, o sobreviviente';

/** The terms, in English then in Spanish. */
export const STIGMATISING_TERMS: readonly StigmatisingTerm[] = [
  // A person is never a "prostitute": the word labels the child ("child/teen/underage/juvenile prostitute",
  // "prostituted child"), and the verb makes the exploiter's act the child's.
  { term: 'prostitute', locale: 'en', pattern: 'prostitut(?:e|es|ed|ing)', instead: SAY_YOUTH_EN },
  {
    term: 'child prostitution',
    locale: 'en',
    pattern: `${EN_CHILD} prostitution|prostitution of ${EN_PERSON}`,
    instead: 'commercial sexual exploitation',
  },
  { term: 'sex worker', locale: 'en', pattern: 'sex ?(?:workers?|work|working)', instead: SAY_YOUTH_EN },
  {
    term: 'child pornography',
    locale: 'en',
    pattern: anyOf(
      `(?:${EN_CHILD}|kiddie|kiddy) porn(?:o|ography|ographic)?`,
      `porn(?:o|ography) (?:of|involving|depicting|with) ${EN_PERSON}`,
    ),
    instead: 'child sexual abuse material',
  },
  { term: 'pimp', locale: 'en', pattern: 'pimps?|pimped|pimping', instead: 'exploiter, or trafficker' },
  // "John" is a first name: only the plural (not Johns Hopkins), a "john" after a determiner and a "john" alone in
  // quotation marks mean a buyer.
  {
    term: 'john',
    locale: 'en',
    pattern: anyOf(
      'johns(?! hopkins)',
      '(?:a|an|the|another|any|each|every|this|that|her|his|their|one|other) john',
      '(?<=["“«„])johns?(?=["”»“])',
    ),
    instead: 'buyer, or exploiter',
  },
  { term: 'client', locale: 'en', pattern: `clients? ${EN_OF_PERSON}`, instead: 'buyer, or exploiter' },
  { term: 'client', locale: 'en', pattern: 'clients?', nearExploitation: true, instead: 'buyer, or exploiter' },

  // "niña prostituta", "niño prostituto", "prostituta menor", "prostituta infantil", "menores prostituidos".
  {
    term: 'prostituta',
    locale: 'es',
    pattern: 'prostitut[ao]s?|prostituid[ao]s?|prostitu(?:ir|ye|yen|yendo)',
    instead: SAY_YOUTH_ES,
  },
  {
    term: 'prostitución infantil',
    locale: 'es',
    pattern: `prostitucion (?:infantil|juvenil|adolescente|de ${ES_CHILD})`,
    instead: 'explotación sexual comercial',
  },
  {
    term: 'trabajadora sexual',
    locale: 'es',
    pattern: 'trabajador(?:a|es|as)? sexual(?:es)?|trabajos? sexual(?:es)?',
    instead: SAY_YOUTH_ES,
  },
  {
    term: 'pornografía infantil',
    locale: 'es',
    pattern: `(?:pornografia|porno) (?:infantil|infantojuvenil|juvenil|de ${ES_CHILD})`,
    instead: 'material de abuso sexual infantil',
  },
  { term: 'proxeneta', locale: 'es', pattern: 'proxenetas?|padrotes?', instead: 'explotador, o tratante' },
  // "Chulo" is also "cute" in Mexico: only near a word of exploitation.
  { term: 'chulo', locale: 'es', pattern: 'chulos?', nearExploitation: true, instead: 'explotador, o tratante' },
  { term: 'cliente', locale: 'es', pattern: `clientes? ${ES_OF_PERSON}`, instead: 'comprador, o explotador' },
  { term: 'cliente', locale: 'es', pattern: 'clientes?', nearExploitation: true, instead: 'comprador, o explotador' },
];

/** Words of sexual exploitation that make a "client" or a "chulo" a buyer or an exploiter, in comparison form. */
const EXPLOITATION_WORDS = [
  // English
  String.raw`sex|sexual|sexually|buy|buys|buying|bought|buyers?|purchas\w*|pay|pays|paid|paying|payments?`,
  String.raw`exploit\w*|traffick\w*|pimp\w*|prostitut\w*|johns|tricks`,
  // Spanish
  String.raw`sexo|sexuales|sexualmente|compra\w*|compro|compre|pag(?:a|an|ar|o|ado|ados|ando|aba|aban)|pagos?`,
  String.raw`explot\w*|tratantes?|trata de personas|trata sexual|proxenet\w*|padrotes?|prostitu\w*`,
].join('|');

/** How many words either side of a "client" are looked at. */
const CONTEXT_WINDOW = 6;

const wholeWords = (pattern: string, flags = 'gu') =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pattern})${END}`, flags);

const COMPILED = STIGMATISING_TERMS.map((term) => ({ term, regex: wholeWords(term.pattern) }));
const EXPLOITATION = wholeWords(EXPLOITATION_WORDS, 'u');

/** An element tag of a message (`<b>`, `</link>`): not text. */
const TAG = /<\/?[\p{L}\p{N}][\p{L}\p{N}_-]*\s*\/?>/gu;

/**
 * Text in the form the guard compares: Unicode NFC, tags dropped, compatibility forms folded (NFKD, so a full-width
 * letter or a ligature is the letter), lower case, accents and other combining marks removed, invisible format
 * characters (soft hyphen, zero-width joiners) removed but a zero-width space kept as a space, Markdown emphasis
 * (`*`, backtick, `~`) dropped, every hyphen and dash, the minus sign and `_` made a space, typographic apostrophes
 * made `'`, and every run of white space (non-breaking, thin, ideographic, line breaks) one plain space.
 */
export function comparisonText(text: string): string {
  return text
    .normalize('NFC')
    .replace(TAG, '')
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u200B/g, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/[*`~]/g, '')
    .replace(/[\p{Pd}\u2212\u2043_]/gu, ' ')
    .replace(/[\u2018\u2019\u02BC\u2032]/g, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Where a pair of quotation marks encloses text ("…", “…”, «…», „…“). An unclosed mark encloses nothing. */
function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/"[^"]*"|“[^”"]*[”"]|«[^»]*»|„[^“”]*[“”]/g)].map((m) => [m.index, m.index + m[0].length]);
}

const SENTENCE_END = /[.!?;](?: |$)/;

/** The words around a match, within its sentence. */
function around(text: string, start: number, end: number): string {
  const before = text.slice(0, start).split(SENTENCE_END).pop() ?? '';
  const after = text.slice(end).split(SENTENCE_END)[0] ?? '';
  const words = [...before.split(' ').slice(-CONTEXT_WINDOW - 1), ...after.split(' ').slice(0, CONTEXT_WINDOW + 1)];
  return words.join(' ');
}

export interface TermMatch {
  readonly term: StigmatisingTerm;
  /** What was found, in comparison form. */
  readonly found: string;
  /** Whether quotation marks enclose it. */
  readonly quoted: boolean;
}

/** Every stigmatising term in a text, in order. */
export function findStigmatisingTerms(text: string): TermMatch[] {
  const compared = comparisonText(text);
  const quotes = quotedSpans(compared);
  const matches: (TermMatch & { index: number })[] = [];
  for (const { term, regex } of COMPILED) {
    for (const match of compared.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (term.nearExploitation && !EXPLOITATION.test(around(compared, start, end))) continue;
      // A "client" the broader pattern finds again is the same one.
      if (matches.some((m) => m.index === start && m.term.term === term.term)) continue;
      const quoted = quotes.some(([from, to]) => from < start && end < to);
      matches.push({ term, found: match[0], quoted, index: start });
    }
  }
  return matches.sort((a, b) => a.index - b.index).map(({ index: _index, ...match }) => match);
}

export interface LanguageGuardOptions {
  /**
   * The texts (by where they come from) that explain the language guide and may name a term to say it is wrong, in
   * quotation marks only. Elsewhere a quoted term is a problem like any other.
   */
  mayQuote?: (where: string) => boolean;
}

/** One problem per stigmatising term in the texts (each with where it comes from); empty when all is well. */
export function languageProblems(
  texts: Iterable<readonly [where: string, text: string]>,
  options: LanguageGuardOptions = {},
): string[] {
  const problems: string[] = [];
  for (const [where, text] of texts) {
    const mayQuote = options.mayQuote?.(where) ?? false;
    for (const { term, found, quoted } of findStigmatisingTerms(text)) {
      if (quoted && mayQuote) continue;
      problems.push(`${where}: "${found}" (${term.term}: say ${term.instead})`);
    }
  }
  return problems;
}

/**
 * The line before a paragraph or heading of a public page that quotes a term to say it is wrong. It is a Markdown
 * link reference definition, so the page shows nothing of it; it must follow a blank line (or begin the body).
 */
export const QUOTE_MARKER = '[//]: # (language-guard: quote)';

export interface PageGuardOptions {
  /**
   * The page is the language-matters page: in its tables only the first column ("Say this") is checked, the others
   * list the words not to use.
   */
  tablesMayName?: boolean;
}

/** The row's cells, or undefined for a line that is not a table row. */
function tableCells(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return undefined;
  return trimmed.replace(/^\||\|$/g, '').split('|');
}

/**
 * The problems of a public page (Markdown, with its front matter): every term outside the allowed places, each with
 * the file and line; a quote marker that is misplaced or quotes no term.
 */
export function pageLanguageProblems(file: string, source: string, options: PageGuardOptions = {}): string[] {
  const lines = source.split(/\r?\n/);
  const problems: string[] = [];
  const texts: [string, string][] = [];
  const marked = new Set<string>();

  let body = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    body = close === -1 ? lines.length : close + 1;
    for (let n = 1; n < body - 1; n++) texts.push([`${file}:${n + 1}`, lines[n] ?? '']);
  }

  /** The paragraph, heading or list being read: where it starts, its lines, and the line of its quote marker. */
  let block: { where: string; lines: string[]; marker?: string } | undefined;
  const flush = () => {
    if (!block) return;
    if (block.marker !== undefined) {
      if (block.lines.length === 0) problems.push(`${block.marker}: the quote marker marks nothing`);
      else marked.add(block.where);
    }
    texts.push([block.where, block.lines.join(' ')]);
    block = undefined;
  };
  for (let n = body; n < lines.length; n++) {
    const line = lines[n] ?? '';
    const where = `${file}:${n + 1}`;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.trim() === QUOTE_MARKER) {
      if (block) {
        // Inside a paragraph it is text: the page would show it, and it marks nothing.
        problems.push(`${where}: the quote marker must follow a blank line, or the page shows it`);
      } else {
        block = { where: `${file}:${n + 2}`, lines: [], marker: where };
      }
      continue;
    }
    const cells = tableCells(line);
    if (cells) {
      flush();
      if (!cells.every((cell) => /^\s*:?-+:?\s*$/.test(cell))) {
        texts.push([where, options.tablesMayName ? (cells[0] ?? '') : cells.join(' | ')]);
      }
      continue;
    }
    block ??= { where, lines: [] };
    block.lines.push(line);
  }
  flush();

  for (const where of marked) {
    const text = texts.find(([w]) => w === where)?.[1] ?? '';
    if (text && !findStigmatisingTerms(text).some((m) => m.quoted)) {
      problems.push(`${where}: the quote marker marks a block that quotes no term`);
    }
  }
  return [...problems, ...languageProblems(texts, { mayQuote: (where) => marked.has(where) })];
}
