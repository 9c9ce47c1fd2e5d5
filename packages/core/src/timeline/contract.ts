import { z } from 'zod';
import { MEETING_STATUSES } from '../mdt/constants.js';
import { OPENED_BY } from '../protocol/opened-by.js';
import { CLOSURE_REASONS, REFERRAL_STATUSES } from '../referral/status.js';

/**
 * A youth's timeline: what happened on the record, newest first, built on the server through the records gate.
 * Every kind of entry says when (`at`) and who (`by`); the rest depends on its kind. A later feature (notes,
 * referrals, meetings) adds a kind here and a source on the server (features/timeline/sources.ts).
 */
export const TIMELINE_KINDS = [
  'record_opened',
  'screening',
  'response_opened',
  'step_closed',
  'telephone_report',
  'safety_step',
  'care_team_joined',
  'care_team_left',
  'break_glass',
  'referral',
  'mdt_meeting',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TimelineEntry = z.object({
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  by: z.string().nullable().describe('Who did it (a staff member’s name)'),
  screeningId: z.string().optional(),
  instrumentId: z.string().optional(),
  level: z.enum(['none', 'possible', 'clear']).nullable().optional(),
  notEnoughInformation: z.boolean().optional().describe('At no concern, answered mostly “don’t know”'),
  correction: z.boolean().optional(),
  responseId: z.string().optional(),
  openedBy: z.enum(OPENED_BY).optional(),
  protocolId: z.string().optional(),
  protocolVersion: z.number().int().optional(),
  stepId: z.string().optional(),
  stepStatus: z.enum(['completed', 'not_applicable', 'declined']).optional(),
  note: z.string().nullable().optional().describe('A step’s note, when its class is the reader’s'),
  member: z.object({ name: z.string(), role: z.string(), agencyName: z.string() }).optional(),
  basis: z.string().optional(),
  reason: z.string().optional().describe('Why a break-glass access was opened'),
  until: z.string().optional(),
  referralId: z.string().optional(),
  referralStatus: z.enum(REFERRAL_STATUSES).optional().describe('The status a referral moved to'),
  serviceName: z.string().optional().describe('The service of the directory a referral is to'),
  closureReason: z.enum(CLOSURE_REASONS).nullable().optional(),
  meetingId: z.string().optional().describe('An MDT meeting the youth was on the roster of'),
  meetingTypeId: z.string().optional().describe('Its type (GET /api/v1/mdt/meeting-types names it)'),
  meetingStatus: z.enum(MEETING_STATUSES).optional(),
});

export const Timeline = z.object({ entries: z.array(TimelineEntry) });
