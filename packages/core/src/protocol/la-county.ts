import type { AgencyKind } from '../access/agencies.js';
import type { ProtocolDefinition, ProtocolStep } from './definition.js';

/**
 * The Los Angeles County first-responder protocol for commercially sexually exploited children, as Harbor runs it by
 * default. Written from ../shared/domain/FACTS.md: the LA CSEC First Responder Protocol (2014), Penal Code 11166 and
 * 11166(k), Welfare and Institutions Code 16524.6 and following. A county changes it by importing a new version of this
 * file (`harbor protocols import`), never by changing code.
 */

const HOUR = 60;
const onScene = (
  id: string,
  role: ProtocolStep['owner']['role'],
  agencyKind: AgencyKind,
  who: { en: string; es: string },
  extra: Partial<ProtocolStep> = {},
): ProtocolStep => ({
  id,
  title: { en: `${who.en} on scene`, es: `${who.es} en el lugar` },
  description: {
    en: `${who.en} arrives where the youth was recovered within 90 minutes of the recovery (LA CSEC First Responder Protocol).`,
    es: `${who.es} llega al lugar donde se recuperó al joven dentro de los 90 minutos posteriores a la recuperación (Protocolo de Primera Respuesta CSEC de Los Ángeles).`,
  },
  owner: { role, agencyKind },
  start: { on: 'recovery' },
  due: { minutes: 90 },
  completion: 'manual',
  appliesWhen: [{ fact: 'opened_by', in: ['recovery'] }],
  escalation: [
    { afterMinutesOverdue: 15, notify: 'owner' },
    { afterMinutesOverdue: 30, notify: 'owner_supervisor' },
  ],
  ...extra,
});

const usual: ProtocolStep['escalation'] = [
  { afterMinutesOverdue: 0, notify: 'owner' },
  { afterMinutesOverdue: 60, notify: 'owner_supervisor' },
];

/**
 * Version 1, as Harbor first shipped it: the written report's 36 hours from the telephone call, the 72 hours and 90 days
 * from the opening. Kept so responses opened under it still read; new responses run version 2.
 */
export const LA_COUNTY_FIRST_RESPONDER_V1: ProtocolDefinition = {
  id: 'la-county-first-responder',
  version: 1,
  title: {
    en: 'Los Angeles County first-responder protocol for commercially sexually exploited children',
    es: 'Protocolo de primera respuesta del Condado de Los Ángeles para niños explotados sexualmente con fines comerciales',
  },
  description: {
    en: 'What happens, who does it and by when, once a child or youth is identified or recovered: the report to the child abuse hotline at once, partners on scene within 90 minutes, the written report within 36 hours, health and services within 72 hours, an advocate for at least 90 days, and a multidisciplinary team meeting.',
    es: 'Qué ocurre, quién lo hace y en qué plazo una vez que se identifica o recupera a un niño, niña o joven: el reporte inmediato a la línea de abuso infantil, los socios en el lugar dentro de 90 minutos, el reporte escrito dentro de 36 horas, salud y servicios dentro de 72 horas, una persona de apoyo durante al menos 90 días y una reunión del equipo multidisciplinario.',
  },
  source: {
    en: 'LA CSEC First Responder Protocol (2014); Penal Code 11166(a) and 11166(k); Welfare and Institutions Code 16524.6 and following.',
    es: 'Protocolo de Primera Respuesta CSEC de Los Ángeles (2014); Código Penal 11166(a) y 11166(k); Código de Bienestar e Instituciones 16524.6 y siguientes.',
  },
  steps: [
    {
      id: 'telephone-report',
      title: {
        en: 'Telephone report to the child abuse hotline',
        es: 'Reporte telefónico a la línea de abuso infantil',
      },
      description: {
        en: 'Call the DCFS Child Protection Hotline, (800) 540-4000, at once, and record the 19-digit referral number it gives (Penal Code 11166(a)).',
        es: 'Llame de inmediato a la Línea Directa de Protección Infantil de DCFS, (800) 540-4000, y registre el número de referencia de 19 dígitos que le den (Código Penal 11166(a)).',
      },
      owner: { role: 'opener' },
      start: { on: 'response_opened' },
      due: { minutes: 0 },
      completion: 'telephone_report',
      escalation: [
        { afterMinutesOverdue: 15, notify: 'owner' },
        { afterMinutesOverdue: 60, notify: 'owner_supervisor' },
      ],
    },
    onScene('advocate-on-scene', 'advocate', 'advocacy', { en: 'The advocate', es: 'La persona de apoyo' }),
    onScene('child-welfare-on-scene', 'social_worker', 'child_welfare', {
      en: 'The child welfare social worker',
      es: 'El trabajador social de bienestar infantil',
    }),
    onScene(
      'probation-on-scene',
      'probation_officer',
      'probation',
      { en: 'The probation officer', es: 'El oficial de libertad condicional' },
      {
        appliesWhen: [
          { fact: 'opened_by', in: ['recovery'] },
          { fact: 'on_probation', equals: true },
        ],
      },
    ),
    onScene('mental-health-on-scene', 'clinician', 'mental_health', {
      en: 'The mental health clinician',
      es: 'El profesional de salud mental',
    }),
    onScene('health-on-scene', 'health_provider', 'health', { en: 'The health partner', es: 'El socio de salud' }),
    {
      id: 'written-report',
      title: { en: 'Written follow-up report (SS 8572)', es: 'Reporte escrito de seguimiento (SS 8572)' },
      description: {
        en: 'Send the written report to the agency that took the telephone report within 36 hours of the call (Penal Code 11166(a)). Harbor prepares it from the records for you to review and complete.',
        es: 'Envíe el reporte escrito a la agencia que recibió el reporte telefónico dentro de las 36 horas siguientes a la llamada (Código Penal 11166(a)). Harbor lo prepara a partir de los registros para que usted lo revise y complete.',
      },
      owner: { role: 'opener' },
      start: { on: 'step_completed', step: 'telephone-report' },
      due: { minutes: 36 * HOUR },
      completion: 'written_report',
      escalation: usual,
    },
    {
      id: 'cross-report-child-welfare',
      title: { en: 'Cross-report to child welfare', es: 'Reporte cruzado a bienestar infantil' },
      description: {
        en: 'Law enforcement reports in writing to the child welfare agency within 36 hours (Penal Code 11166(k)).',
        es: 'Las fuerzas del orden reportan por escrito a la agencia de bienestar infantil dentro de 36 horas (Código Penal 11166(k)).',
      },
      owner: { role: 'law_enforcement' },
      start: { on: 'response_opened' },
      due: { minutes: 36 * HOUR },
      completion: 'cross_report',
      appliesWhen: [{ fact: 'reporter_is_law_enforcement', equals: true }],
      escalation: usual,
    },
    {
      id: 'cross-report-district-attorney',
      title: { en: 'Cross-report to the district attorney', es: 'Reporte cruzado a la fiscalía' },
      description: {
        en: 'Law enforcement reports in writing to the district attorney’s office within 36 hours (Penal Code 11166(k)).',
        es: 'Las fuerzas del orden reportan por escrito a la oficina de la fiscalía dentro de 36 horas (Código Penal 11166(k)).',
      },
      owner: { role: 'law_enforcement' },
      start: { on: 'response_opened' },
      due: { minutes: 36 * HOUR },
      completion: 'cross_report',
      appliesWhen: [{ fact: 'reporter_is_law_enforcement', equals: true }],
      escalation: usual,
    },
    {
      id: 'health-evaluation',
      title: { en: 'Health evaluation', es: 'Evaluación de salud' },
      description: {
        en: 'A health evaluation within 72 hours, at a medical hub or with the youth’s provider (LA CSEC First Responder Protocol).',
        es: 'Una evaluación de salud dentro de 72 horas, en un centro médico o con el proveedor del joven (Protocolo de Primera Respuesta CSEC de Los Ángeles).',
      },
      owner: { role: 'health_provider' },
      start: { on: 'response_opened' },
      due: { minutes: 72 * HOUR },
      completion: 'manual',
      escalation: usual,
    },
    {
      id: 'specialized-services',
      title: { en: 'Specialized services', es: 'Servicios especializados' },
      description: {
        en: 'Referrals to specialized services for commercially sexually exploited youth within 72 hours: placement, mental health, advocacy.',
        es: 'Referencias a servicios especializados para jóvenes explotados sexualmente con fines comerciales dentro de 72 horas: colocación, salud mental, apoyo.',
      },
      owner: { role: 'social_worker' },
      start: { on: 'response_opened' },
      due: { minutes: 72 * HOUR },
      completion: 'manual',
      escalation: usual,
    },
    {
      id: 'advocate-engagement',
      title: {
        en: 'Advocate engagement (at least 90 days)',
        es: 'Acompañamiento de la persona de apoyo (al menos 90 días)',
      },
      description: {
        en: 'The advocate stays engaged with the youth for at least 90 days. Complete this step when the 90 days are done.',
        es: 'La persona de apoyo acompaña al joven durante al menos 90 días. Complete este paso cuando se cumplan los 90 días.',
      },
      owner: { role: 'advocate' },
      start: { on: 'response_opened' },
      due: { minutes: 90 * 24 * HOUR },
      completion: 'manual',
      minimumDays: 90,
      escalation: usual,
    },
    {
      id: 'mdt-meeting',
      title: { en: 'Multidisciplinary team meeting', es: 'Reunión del equipo multidisciplinario' },
      description: {
        en: 'The multidisciplinary team (MDT) meets about the youth. The county sets the period: 30 days here; change it by importing a new version of this protocol.',
        es: 'El equipo multidisciplinario (MDT) se reúne sobre el joven. El condado fija el plazo: aquí 30 días; cámbielo importando una nueva versión de este protocolo.',
      },
      owner: { role: 'social_worker' },
      start: { on: 'response_opened' },
      due: { minutes: 30 * 24 * HOUR },
      completion: 'manual',
      escalation: usual,
    },
  ],
};

/** What version 2 changes in a step of version 1. */
const V2_CHANGES: Record<string, Partial<ProtocolStep>> = {
  'written-report': {
    description: {
      en: 'Send the written report to the agency that took the telephone report within 36 hours of receiving the information (Penal Code 11166(a)): the 36 hours run from when you learned of it, not from the call. Harbor prepares it from the records for you to review and complete.',
      es: 'Envíe el reporte escrito a la agencia que recibió el reporte telefónico dentro de las 36 horas siguientes a recibir la información (Código Penal 11166(a)): las 36 horas cuentan desde que usted lo supo, no desde la llamada. Harbor lo prepara a partir de los expedientes para que usted lo revise y complete.',
    },
    // PC 11166(a): "within 36 hours of receiving the information concerning the incident". It runs whether or not
    // this reporter made the call (a colleague's call or the county's online system still leaves a written report due).
    start: { on: 'information_received' },
  },
  // LA CSEC First Responder Protocol: the 72 hours and the 90 days count from the recovery where there is one.
  'health-evaluation': { start: { on: 'recovery_or_opening' } },
  'specialized-services': { start: { on: 'recovery_or_opening' } },
  // A youth may decline the advocate: recorded as declined by the youth, not left overdue.
  'advocate-engagement': { start: { on: 'recovery_or_opening' }, declinable: true },
};

/**
 * Version 2 (issue 12): the written report's 36 hours run from receiving the information (PC 11166(a)), and the
 * 72-hour and 90-day steps from the recovery where there is one.
 */
/** Version 2's Spanish keeps to the glossary (docs/glossary.md): "persona defensora" for the advocate. */
const glossarySpanish = (text: { en: string; es: string }) => ({
  ...text,
  es: text.es.replaceAll('persona de apoyo', 'persona defensora'),
});

export const LA_COUNTY_FIRST_RESPONDER_V2: ProtocolDefinition = {
  ...LA_COUNTY_FIRST_RESPONDER_V1,
  version: 2,
  description: glossarySpanish(LA_COUNTY_FIRST_RESPONDER_V1.description),
  steps: LA_COUNTY_FIRST_RESPONDER_V1.steps.map((step) => ({
    ...step,
    title: glossarySpanish(step.title),
    description: glossarySpanish(step.description),
    ...V2_CHANGES[step.id],
  })),
};

/** The openings that start from suspected exploitation (every one but a youth missing from placement). */
const SUSPECTED_EXPLOITATION: ProtocolStep['appliesWhen'] = [
  { fact: 'opened_by', in: ['screening', 'recovery', 'disclosure', 'hotline_call'] },
];

/** What version 3 changes in a step of version 2. */
const V3_CHANGES: Record<string, Partial<ProtocolStep>> = {
  // PC 11166(k): law enforcement's written cross-reports are due "within 36 hours of receiving the information".
  'cross-report-child-welfare': {
    start: { on: 'information_received' },
    description: {
      en: 'Law enforcement then reports in writing to the child welfare agency within 36 hours of receiving the information (Penal Code 11166(k)).',
      es: 'Después, las fuerzas del orden reportan por escrito a la agencia de bienestar infantil dentro de las 36 horas siguientes a recibir la información (Código Penal 11166(k)).',
    },
  },
  'cross-report-district-attorney': {
    start: { on: 'information_received' },
    description: {
      en: 'Law enforcement then reports in writing to the district attorney’s office within 36 hours of receiving the information (Penal Code 11166(k)).',
      es: 'Después, las fuerzas del orden reportan por escrito a la oficina de la fiscalía dentro de las 36 horas siguientes a recibir la información (Código Penal 11166(k)).',
    },
  },
};

/**
 * The reports of a youth missing from placement, made by whoever supervises the placement: the child welfare social
 * worker, or the probation officer for a youth placed by probation (PC 11166(j); 42 USC 671(a)(35)(B)).
 */
function missingReport(
  id: string,
  to: { en: string; es: string },
  description: { en: string; es: string },
): ProtocolStep[] {
  const step = (owner: ProtocolStep['owner'], onProbation: boolean, suffix: string): ProtocolStep => ({
    id: `${id}${suffix}`,
    title: { en: `Report the missing youth ${to.en}`, es: `Reportar a la persona joven desaparecida ${to.es}` },
    description,
    owner,
    // "No later than 24 hours after receiving information on missing or abducted children or youth".
    start: { on: 'information_received' },
    due: { minutes: 24 * HOUR },
    completion: 'cross_report',
    appliesWhen: [
      { fact: 'opened_by', in: ['ran_from_placement'] },
      { fact: 'on_probation', equals: onProbation },
    ],
    escalation: [
      { afterMinutesOverdue: 0, notify: 'owner' },
      { afterMinutesOverdue: 30, notify: 'owner_supervisor' },
    ],
  });
  return [
    step({ role: 'social_worker', agencyKind: 'child_welfare' }, false, ''),
    step({ role: 'probation_officer', agencyKind: 'probation' }, true, '-probation'),
  ];
}

/** The steps version 3 adds: the cross-reports of PC 11166(j) and (k), and the reports of a youth missing from care. */
const V3_NEW_STEPS: ProtocolStep[] = [
  {
    id: 'cross-report-immediate',
    title: {
      en: 'Immediate cross-report to child welfare and the district attorney',
      es: 'Reporte cruzado inmediato a bienestar infantil y a la fiscalía',
    },
    description: {
      en: 'Law enforcement tells the child welfare agency and the district attorney’s office at once, or as soon as practicably possible, by telephone, fax or electronic means; the written cross-reports follow within 36 hours (Penal Code 11166(k)).',
      es: 'Las fuerzas del orden informan de inmediato, o tan pronto como sea posible, a la agencia de bienestar infantil y a la oficina de la fiscalía, por teléfono, fax o medio electrónico; los reportes cruzados por escrito siguen dentro de 36 horas (Código Penal 11166(k)).',
    },
    owner: { role: 'law_enforcement' },
    // "Immediately": from the opening, as the telephone report (a clock that starts already late helps no one).
    start: { on: 'response_opened' },
    due: { minutes: 0 },
    completion: 'cross_report',
    appliesWhen: [...(SUSPECTED_EXPLOITATION ?? []), { fact: 'reporter_is_law_enforcement', equals: true }],
    escalation: [
      { afterMinutesOverdue: 15, notify: 'owner' },
      { afterMinutesOverdue: 60, notify: 'owner_supervisor' },
    ],
  },
  {
    id: 'cross-report-law-enforcement',
    title: {
      en: 'Cross-report to law enforcement and the district attorney',
      es: 'Reporte cruzado a las fuerzas del orden y a la fiscalía',
    },
    description: {
      en: 'The county welfare department, once it has the report, tells the law-enforcement agency with jurisdiction and the district attorney’s office at once, or as soon as practicably possible, by telephone, fax or electronic means (Penal Code 11166(j)). Record who made it, or that the hotline made it.',
      es: 'El departamento de bienestar del condado, una vez que tiene el reporte, informa de inmediato, o tan pronto como sea posible, a la agencia de las fuerzas del orden con jurisdicción y a la oficina de la fiscalía, por teléfono, fax o medio electrónico (Código Penal 11166(j)). Registre quién lo hizo, o que lo hizo la línea directa.',
    },
    owner: { role: 'social_worker', agencyKind: 'child_welfare' },
    // "Immediately": from the opening, as the telephone report (a clock that starts already late helps no one).
    start: { on: 'response_opened' },
    due: { minutes: 0 },
    completion: 'cross_report',
    appliesWhen: [...(SUSPECTED_EXPLOITATION ?? []), { fact: 'reporter_is_law_enforcement', equals: false }],
    escalation: usual,
  },
  {
    id: 'child-welfare-exploitation-report',
    title: {
      en: 'Report to law enforcement: a youth in child welfare services identified as exploited',
      es: 'Reporte a las fuerzas del orden: una persona joven en servicios de bienestar infantil identificada como explotada',
    },
    description: {
      en: 'When a youth receiving child welfare services is identified as a victim of commercial sexual exploitation, the county welfare or probation department reports it to the law-enforcement agency with jurisdiction at once, and in no case later than 24 hours after receiving the information (Penal Code 11166(j)).',
      es: 'Cuando se identifica como víctima de explotación sexual comercial a una persona joven que recibe servicios de bienestar infantil, el departamento de bienestar o de libertad condicional del condado lo reporta a la agencia de las fuerzas del orden con jurisdicción de inmediato, y nunca más de 24 horas después de recibir la información (Código Penal 11166(j)).',
    },
    owner: { role: 'social_worker', agencyKind: 'child_welfare' },
    start: { on: 'information_received' },
    due: { minutes: 24 * HOUR },
    completion: 'cross_report',
    appliesWhen: [...(SUSPECTED_EXPLOITATION ?? []), { fact: 'in_child_welfare', equals: true }],
    escalation: usual,
  },
  ...missingReport(
    'missing-report-law-enforcement',
    { en: 'to law enforcement', es: 'a las fuerzas del orden' },
    {
      en: 'A youth missing from placement is reported to the law-enforcement agency with jurisdiction, for entry in the FBI’s National Crime Information Center, at once and no later than 24 hours after learning of it (42 U.S.C. 671(a)(35)(B); Penal Code 11166(j)). Record the report number.',
      es: 'Se reporta a la persona joven desaparecida de su colocación a la agencia de las fuerzas del orden con jurisdicción, para su registro en el Centro Nacional de Información Criminal del FBI, de inmediato y nunca más de 24 horas después de saberlo (42 U.S.C. 671(a)(35)(B); Código Penal 11166(j)). Registre el número del reporte.',
    },
  ),
  ...missingReport(
    'missing-report-ncmec',
    { en: 'to NCMEC', es: 'al NCMEC' },
    {
      en: 'A youth missing from placement is reported to the National Center for Missing & Exploited Children, 1-800-843-5678 (1-800-THE-LOST), no later than 24 hours after learning of it (42 U.S.C. 671(a)(35)(B); Penal Code 11166(j)).',
      es: 'Se reporta a la persona joven desaparecida de su colocación al Centro Nacional para Niños Desaparecidos y Explotados (NCMEC), 1-800-843-5678 (1-800-THE-LOST), nunca más de 24 horas después de saberlo (42 U.S.C. 671(a)(35)(B); Código Penal 11166(j)).',
    },
  ),
];

/** Where the new steps go: the immediate cross-report before the written ones, the others after them. */
function withV3Steps(steps: ProtocolStep[]): ProtocolStep[] {
  const at = steps.findIndex((step) => step.id === 'cross-report-child-welfare');
  const [immediate, ...rest] = V3_NEW_STEPS;
  const written = steps.filter((step) => step.id.startsWith('cross-report-'));
  const before = steps.slice(0, at);
  const after = steps.slice(at + written.length);
  return [...before, immediate!, ...written, ...rest, ...after];
}

/**
 * Version 3 (issue 12): law enforcement's immediate cross-report (PC 11166(k)) and its written ones 36 hours from
 * receiving the information; the county welfare department's cross-report and its 24-hour report for a youth in child
 * welfare services (PC 11166(j)); and a response for a youth missing from placement, with the reports to law
 * enforcement and NCMEC within 24 hours (42 U.S.C. 671(a)(35)(B)). Every step of version 2 that starts from suspected
 * exploitation keeps to those openings; a youth missing from placement who is found opens a response for the recovery.
 */
export const LA_COUNTY_FIRST_RESPONDER: ProtocolDefinition = {
  ...LA_COUNTY_FIRST_RESPONDER_V2,
  version: 3,
  source: {
    en: 'LA CSEC First Responder Protocol (2014); Penal Code 11166(a), 11166(j) and 11166(k); 42 U.S.C. 671(a)(35); Welfare and Institutions Code 16501.35 and 16524.6 and following.',
    es: 'Protocolo de Primera Respuesta CSEC de Los Ángeles (2014); Código Penal 11166(a), 11166(j) y 11166(k); 42 U.S.C. 671(a)(35); Código de Bienestar e Instituciones 16501.35 y 16524.6 y siguientes.',
  },
  steps: withV3Steps(
    LA_COUNTY_FIRST_RESPONDER_V2.steps.map((step) => ({
      ...step,
      ...V3_CHANGES[step.id],
      appliesWhen: step.appliesWhen?.some((c) => 'in' in c)
        ? step.appliesWhen
        : [...(SUSPECTED_EXPLOITATION ?? []), ...(step.appliesWhen ?? [])],
    })),
  ),
};

export const DEFAULT_PROTOCOL_ID = LA_COUNTY_FIRST_RESPONDER.id;
export const SHIPPED_PROTOCOLS: readonly ProtocolDefinition[] = [
  LA_COUNTY_FIRST_RESPONDER_V1,
  LA_COUNTY_FIRST_RESPONDER_V2,
  LA_COUNTY_FIRST_RESPONDER,
];
