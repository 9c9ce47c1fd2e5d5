// The keys of an audit entry's details, shared by the server (which writes them) and the web app (which labels them).

/**
 * Every key the features and the records gate write into an audit entry's `details` (small plain facts, never a
 * youth's data). The audit viewer labels each in both languages; a server test checks that every key written in the
 * sources is listed here, and a web test that every key listed has a label. New keys are appended.
 */
export const AUDIT_DETAIL_KEYS = [
  // The records gate.
  'access',
  'via',
  'action',
  // Searches and lists.
  'view',
  'count',
  'rows',
  'purpose',
  'criteria',
  // harbor demo seed.
  'seed_version',
  // Account recovery.
  'was_enrolled',
  'other_sessions_ended',
  'visible',
  'elsewhere',
  'elsewhere_agencies',
  // Accounts and administration.
  'role',
  'from',
  'to',
  'agency_id',
  'sessions',
  'step',
  'as_supervisor',
  'method',
  'reason',
  'oidc',
  'remaining',
  // Youth records and care teams.
  'version',
  'possible_duplicates',
  'confirmed_not_duplicate',
  'basis',
  'member_agency_id',
  'minutes',
  // Screenings.
  'instrument',
  'level',
  'corrects',
  'versions',
  // Responses and escalations.
  'opened_by',
  'protocol',
  'kind',
  'code',
  'opened',
  'notified',
  'notify',
  'recipients',
  // An MDT meeting moved: whether its start changed.
  'moved',
  'unlawful',
  // Key rotation.
  'reencrypted',
  'already_current',
  'skipped',
  'indexes_rewritten',
  // Break-glass review.
  'disposition',
  'previous',
  // Staff contact: who changed a work phone (the person, or an administrator).
  'by',
  // Sign-in: the kind of device a failed password came from (issue 13: known devices are locked apart).
  'device',
  // An entry whose details could not be read (damaged outside Harbor; `harbor audit verify` reports it).
  'unreadable',
  // harbor directory import: how many entries it added.
  'organizations',
  'services',
  'locations',
  // Referrals: how urgent, why it closed, which clock ran out, the eligibility reasons found, which queue was listed.
  'urgency',
  'closure_reason',
  'clock',
  'eligibility',
  'list',
  // MDT meetings: the meeting a roster entry was read or disclosed at, the field classes a disclosure opened.
  'meeting_id',
  'classes',
] as const;
export type AuditDetailKey = (typeof AUDIT_DETAIL_KEYS)[number];

/** Detail keys whose value is an agency's id (the viewer shows the agency's name). */
export const AUDIT_AGENCY_DETAIL_KEYS: readonly AuditDetailKey[] = ['agency_id', 'member_agency_id'];
