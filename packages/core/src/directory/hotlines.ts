import type { HarborCategory } from './categories.js';

/**
 * THE list of hotlines and crisis lines Harbor shows: the directory ships them as entries (at start-up), and the public
 * site and the response protocol read them from here. Numbers are the same in every language; names and who a line is
 * for are written here in English and Spanish.
 *
 * Sources: the LACDMH CSECY fact sheet (csecy-fact-sheet.txt: LA Metro Taskforce, National Human Trafficking Hotline),
 * the First Responder Protocol and DCFS (the Child Protection Hotline, 24/7, out of state and TDD; crisis lines 988 and
 * the LACDMH ACCESS Helpline), FACTS.md "Corrections and additions" (reviewed 2026-12-01: the trafficking hotline's
 * text number 233733, "BeFree"; the LA Metro Taskforce became the LA Regional Human Trafficking Task Force in 2015,
 * and its number is shown as the fact sheet gives it, attributed to the fact sheet).
 */
export interface HotlineNumber {
  /** What kind of line this number is (HSDS phone types: voice, text for SMS, textphone for TDD). */
  type: 'voice' | 'text' | 'textphone';
  /** As shown. */
  display: string;
  /** For a tel: or sms: link: E.164, or the short code. */
  tel: string;
  /** What this number is for, when the line has several. */
  label?: { en: string; es: string };
}

export interface HotlineEntry {
  id: string;
  name: { en: string; es: string };
  /** Who the line is for. */
  forWhom: { en: string; es: string };
  numbers: readonly [HotlineNumber, ...HotlineNumber[]];
  /** `24_7` where the source says so; `not_stated` where it does not (call to find out). */
  hours: '24_7' | 'not_stated';
  category: HarborCategory;
  /** Where the number and what is said of it come from. */
  source: string;
  /** A note the line's number needs (the task force's later name). */
  note?: { en: string; es: string };
}

export const HOTLINE_LIST: readonly HotlineEntry[] = [
  {
    id: 'dcfs_child_protection_hotline',
    name: { en: 'DCFS Child Protection Hotline', es: 'Línea Directa de Protección Infantil del DCFS' },
    forWhom: {
      en: 'Anyone who suspects a child is abused or neglected in Los Angeles County, including commercial sexual exploitation. Mandated reporters call it first (Penal Code 11166(a)); it gives a referral number.',
      es: 'Cualquier persona que sospeche que un niño sufre abuso o negligencia en el Condado de Los Ángeles, incluida la explotación sexual comercial. Quienes tienen obligación de reportar llaman aquí primero (Código Penal 11166(a)); la línea da un número de referencia.',
    },
    numbers: [
      { type: 'voice', display: '(800) 540-4000', tel: '+18005404000' },
      {
        type: 'voice',
        display: '(213) 639-4500',
        tel: '+12136394500',
        label: { en: 'From outside California', es: 'Desde fuera de California' },
      },
      { type: 'textphone', display: '(800) 272-6699', tel: '+18002726699', label: { en: 'TDD', es: 'TDD' } },
    ],
    hours: '24_7',
    category: 'crisis_line',
    source: 'LA County DCFS; First Responder Protocol (FACTS.md)',
  },
  {
    id: 'lifeline_988',
    name: { en: '988 Suicide & Crisis Lifeline', es: '988 Línea de Prevención del Suicidio y Crisis' },
    forWhom: {
      en: 'Anyone in emotional distress or thinking about suicide, or worried about someone who is. Call or text.',
      es: 'Cualquier persona con angustia emocional o que piensa en el suicidio, o que se preocupa por alguien así. Llame o envíe un texto.',
    },
    numbers: [
      { type: 'voice', display: '988', tel: '988' },
      { type: 'text', display: '988', tel: '988', label: { en: 'Text', es: 'Texto' } },
    ],
    hours: 'not_stated',
    category: 'crisis_line',
    source: 'First Responder Protocol crisis lines (FACTS.md)',
  },
  {
    id: 'lacdmh_access',
    name: { en: 'LACDMH ACCESS Helpline', es: 'Línea de Ayuda ACCESS del LACDMH' },
    forWhom: {
      en: 'Mental health help and crisis response from the Los Angeles County Department of Mental Health.',
      es: 'Ayuda de salud mental y respuesta a crisis del Departamento de Salud Mental del Condado de Los Ángeles.',
    },
    numbers: [{ type: 'voice', display: '(800) 854-7771', tel: '+18008547771' }],
    hours: 'not_stated',
    category: 'crisis_line',
    source: 'LACDMH; First Responder Protocol crisis lines (FACTS.md)',
  },
  {
    id: 'national_human_trafficking_hotline',
    name: {
      en: 'National Human Trafficking Hotline',
      es: 'Línea Directa Nacional contra la Trata de Personas',
    },
    forWhom: {
      en: 'Survivors of trafficking and exploitation, and anyone with a concern or a tip about trafficking anywhere in the United States.',
      es: 'Sobrevivientes de la trata y la explotación, y cualquier persona con una preocupación o información sobre la trata en cualquier parte de Estados Unidos.',
    },
    numbers: [
      { type: 'voice', display: '(888) 373-7888', tel: '+18883737888' },
      { type: 'text', display: '233733 (BeFree)', tel: '233733', label: { en: 'Text', es: 'Texto' } },
    ],
    hours: 'not_stated',
    category: 'crisis_line',
    source: 'LACDMH CSECY fact sheet; FACTS.md Corrections and additions (text 233733)',
  },
  {
    id: 'la_metro_taskforce',
    name: { en: 'LA Metro Taskforce', es: 'LA Metro Taskforce' },
    forWhom: {
      en: 'Reporting human trafficking in the Los Angeles area to the regional task force.',
      es: 'Para reportar la trata de personas en el área de Los Ángeles al grupo de trabajo regional.',
    },
    numbers: [{ type: 'voice', display: '800-655-4095', tel: '+18006554095' }],
    hours: 'not_stated',
    category: 'crisis_line',
    source: 'LACDMH CSECY fact sheet (the number as the fact sheet gives it); FACTS.md Corrections and additions',
    note: {
      en: 'The number as the LACDMH fact sheet gives it. The task force has been the LA Regional Human Trafficking Task Force since 2015.',
      es: 'El número según lo da la hoja informativa del LACDMH. Desde 2015 el grupo se llama LA Regional Human Trafficking Task Force.',
    },
  },
];
