/**
 * Kinds of agency that share Harbor (LA County CSEC First Responder Protocol partners and the
 * county's collaborators named in the LACDMH CSECY fact sheet).
 */
export const AGENCY_KINDS = [
  'mental_health',
  'child_welfare',
  'probation',
  'sheriff',
  'police',
  'advocacy',
  'court',
  'health',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
