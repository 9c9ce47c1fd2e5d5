/**
 * Harbor's own list of evidence-based practices (EBPs) a service may offer, with the clinicians certified in them.
 * From FACTS.md "Evidence-based practices": TF-CBT adapted for youth who experienced trafficking or commercial sexual
 * exploitation (CEBC listing, ages 8-17; Cohen, Mannarino & Kinnish 2017), and the promising practices named there.
 * The fact sheet counts 75+ LACDMH provider agencies trained in EBPs.
 */
export const EVIDENCE_BASED_PRACTICES = [
  {
    id: 'tf_cbt',
    label: {
      en: 'Trauma-Focused Cognitive Behavioral Therapy (TF-CBT)',
      es: 'Terapia Cognitivo-Conductual Centrada en el Trauma (TF-CBT)',
    },
    level: 'evidence_based',
    source:
      'CEBC listing of TF-CBT adapted for youth who experienced trafficking or CSE (ages 8-17); Cohen, Mannarino & Kinnish 2017',
  },
  {
    id: 'mentoring',
    label: { en: 'Mentoring', es: 'Mentoría' },
    level: 'promising',
    source: 'FACTS.md, Evidence-based practices (promising)',
  },
  {
    id: 'multisystemic_therapy',
    label: { en: 'Multisystemic Therapy (MST)', es: 'Terapia Multisistémica (MST)' },
    level: 'promising',
    source: 'FACTS.md, Evidence-based practices (promising)',
  },
  {
    id: 'family_therapy',
    label: { en: 'Family therapy', es: 'Terapia familiar' },
    level: 'promising',
    source: 'FACTS.md, Evidence-based practices (promising)',
  },
] as const;

export type EvidenceBasedPractice = (typeof EVIDENCE_BASED_PRACTICES)[number]['id'];
export const PRACTICE_IDS = EVIDENCE_BASED_PRACTICES.map((p) => p.id) as unknown as readonly [
  EvidenceBasedPractice,
  ...EvidenceBasedPractice[],
];
