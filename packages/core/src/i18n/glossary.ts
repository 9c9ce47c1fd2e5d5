/**
 * One term for one thing (issue 12, item 11): the words Harbor uses, in English and Spanish, for the things its
 * messages, screening instruments, protocol and public pages name most. docs/glossary.md shows this list as a table
 * (`glossaryTable`, checked by packages/web/src/glossary.test.ts, which also holds every text to it).
 *
 * For each term: `en` and `es`, the words to use (the first is the one to prefer; the others are its forms, say a
 * plural or the name of an agency); `enMatch`, which English texts name the thing (a text pair whose English matches
 * must match `esMatch`); and `avoid`, Spanish words that name the same thing another way and may not be
 * used for it anywhere. Comparison is on lower-case text with accents kept.
 */
export interface GlossaryTerm {
  id: string;
  en: string[];
  es: string[];
  /** English text that names the thing: its Spanish must match `esMatch`. */
  enMatch: RegExp;
  /** The Spanish words (any of their forms) a text naming the thing uses. */
  esMatch: RegExp;
  /** Texts (by where they are) that use the English words for something else, and why. */
  except?: Record<string, string>;
  /** Spanish that names the same thing another way: never used. */
  avoid: RegExp[];
  /** English that names the same thing another way: never used. */
  enAvoid?: RegExp[];
  /** Why the choice, in a few words (shown in the glossary). */
  note: string;
}

export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'advocate',
    en: ['advocate', 'advocacy agency'],
    es: ['persona defensora', 'personas defensoras', 'defensoría'],
    enMatch: /\badvocates?\b/i,
    esMatch: /\bpersonas? defensoras?\b|\bdefensoría\b/i,
    avoid: [/\bpersonas? de apoyo\b/],
    note: 'The protocol’s advocate, from an advocacy agency; “persona de apoyo” (anyone who helps) is not used for them.',
  },
  {
    id: 'probation',
    en: ['probation', 'Probation Department', 'probation officer'],
    es: ['libertad condicional', 'Departamento de Libertad Condicional', 'oficial de libertad condicional'],
    enMatch: /\bprobation\b/i,
    esMatch: /\blibertad condicional\b/i,
    avoid: [/\bprobación\b/, /\blibertad vigilada\b/, /\blibertad a prueba\b/],
    note: 'As the California courts’ Spanish glossary says it; “probación” is an anglicism.',
  },
  {
    id: 'recovery',
    en: ['recovery', 'recovered'],
    es: ['recuperación', 'recuperar'],
    enMatch: /\brecover(y|ies|ed)\b/i,
    esMatch: /\brecuper/i,
    avoid: [/\brescates?\b/, /\brescatad[oa]s?\b/],
    enAvoid: [/\brescue[sd]?\b/i],
    note: 'The protocol’s word for when a youth is found and brought to safety; never “rescue”, which casts the youth as passive.',
  },
  {
    id: 'mandated-reporter',
    en: ['mandated reporter'],
    es: ['persona obligada a reportar', 'personas obligadas a reportar'],
    enMatch: /\bmandated reporters?\b/i,
    esMatch: /\bobligad[oa]s? a reportar\b|\bobligación de reportar\b|\ble obliga a reportar\b/i,
    avoid: [/\binformantes? obligad[oa]s?\b/, /\breporter[oa]s? obligad[oa]s?\b/, /\bdenunciantes? obligad[oa]s?\b/],
    enAvoid: [/\bmandatory reporters?\b/i, /\bmandated informants?\b/i],
    note: 'Names the person by the duty (Penal Code 11166), whoever they are.',
  },
  {
    id: 'youth',
    en: ['youth', 'youth who has been commercially sexually exploited'],
    es: ['persona joven', 'personas jóvenes', 'joven', 'jóvenes'],
    enMatch: /\byouth\b(?! law)/i,
    esMatch: /\bjoven\b|\bjóvenes\b/i,
    avoid: [/\bla juventud\b/],
    note: '“Minor” is a word of its own (“persona menor de edad”, “menor”), as “child” is (“niño o niña”, “menor”): the law and the public pages speak of minors and children.',
  },
  {
    id: 'record',
    en: ['record (a youth’s record in Harbor)'],
    es: ['expediente', 'expedientes'],
    enMatch: /\b(youth[’']s|their|a|the|this|its|the youth) records?\b/i,
    esMatch: /\bexpedientes?\b/i,
    except: {
      'errors:error.conflict': 'any kind of record (a screening, a response), not only a youth’s: “registro”',
    },
    avoid: [],
    note: '“Registro” is Harbor’s word for a log or an entry (the audit log), never for a youth’s record.',
  },
  {
    id: 'shelter',
    en: ['shelter', 'emergency shelter'],
    es: ['albergue', 'albergues'],
    enMatch: /\b(a|the|an emergency|emergency|residential) shelters?\b|^shelter$/i,
    esMatch: /\balbergues?\b/i,
    avoid: [/\brefugios?\b/],
    note: 'A place a youth stays; where the law speaks of giving a child shelter for a sexual act, “alojamiento” says it.',
  },
  {
    id: 'court',
    en: ['court', 'STAR court', 'DREAM court'],
    es: ['tribunal', 'tribunales', 'judicial'],
    enMatch: /\bcourts?\b/i,
    esMatch: /\btribunal(es)?\b|\bjudicial(es)?\b/i,
    avoid: [/\bcortes? (STAR|DREAM)\b/i, /\bla corte\b/, /\blas cortes\b/],
    note: '“Corte” is an anglicism for a court of law in most of the Spanish-speaking world; “judicial” where it qualifies (court order: orden judicial).',
  },
  {
    id: 'national-hotline',
    en: ['National Human Trafficking Hotline'],
    es: ['Línea Directa Nacional contra la Trata de Personas'],
    enMatch: /\bNational Human Trafficking Hotline\b/i,
    esMatch: /\bLínea Directa Nacional contra la Trata de Personas\b/,
    avoid: [
      /\blínea (directa )?nacional (de|sobre) (la )?trata de personas\b/i,
      /\blínea nacional contra la trata de personas\b/i,
    ],
    note: 'The hotline’s Spanish name; the fact sheet’s “Línea Directa Nacional de Trata de Personas” is quoted only as the fact sheet’s.',
  },
];

/** The glossary as the Markdown table docs/glossary.md shows (between its glossary markers). */
export function glossaryTable(): string {
  const rows = GLOSSARY.map((t) => `| ${t.en.join('; ')} | ${t.es.join('; ')} | ${t.note} |`);
  return ['| English | Spanish | Why |', '| --- | --- | --- |', ...rows].join('\n');
}
