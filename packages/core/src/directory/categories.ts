/**
 * Harbor's own category list for the directory: what a youth who has been commercially sexually exploited may need,
 * from the services the fact sheet and the First Responder Protocol name (mental health, advocacy, emergency housing,
 * the medical hub, crisis lines; csecy-fact-sheet.txt, FACTS.md). It is not the 211 taxonomy (licensed): a county that
 * holds a licence attaches those codes as another HSDS taxonomy.
 */
export const HARBOR_CATEGORIES = [
  {
    id: 'crisis_line',
    label: { en: 'Crisis and reporting lines', es: 'Líneas de crisis y de reporte' },
  },
  {
    id: 'emergency_shelter',
    label: { en: 'Shelter and emergency beds', es: 'Albergue y camas de emergencia' },
  },
  { id: 'housing', label: { en: 'Housing', es: 'Vivienda' } },
  { id: 'mental_health', label: { en: 'Mental health', es: 'Salud mental' } },
  { id: 'medical', label: { en: 'Medical care', es: 'Atención médica' } },
  { id: 'advocacy', label: { en: 'Advocacy and survivor support', es: 'Defensoría y apoyo a sobrevivientes' } },
  { id: 'legal', label: { en: 'Legal help', es: 'Ayuda legal' } },
  { id: 'education', label: { en: 'Education and school', es: 'Educación y escuela' } },
  { id: 'substance_use', label: { en: 'Substance use treatment', es: 'Tratamiento por consumo de sustancias' } },
  { id: 'mentoring', label: { en: 'Mentoring', es: 'Mentoría' } },
  { id: 'family_support', label: { en: 'Family support', es: 'Apoyo familiar' } },
  { id: 'employment', label: { en: 'Jobs and job training', es: 'Empleo y capacitación laboral' } },
  { id: 'basic_needs', label: { en: 'Food, clothing and basic needs', es: 'Comida, ropa y necesidades básicas' } },
] as const;

export type HarborCategory = (typeof HARBOR_CATEGORIES)[number]['id'];
export const HARBOR_CATEGORY_IDS = HARBOR_CATEGORIES.map((c) => c.id) as unknown as readonly [
  HarborCategory,
  ...HarborCategory[],
];
