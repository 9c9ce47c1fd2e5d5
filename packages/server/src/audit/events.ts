import { AUDIT_EVENTS, type AuditEventName } from '@harbor/core';
import { z } from 'zod';

export { AUDIT_EVENTS, type AuditEventName };

/** Events about one youth's data: they must name the youth. */
export const YOUTH_EVENTS: readonly AuditEventName[] = [
  'youth.read',
  'youth.created',
  'youth.updated',
  'care_team.member_added',
  'care_team.member_removed',
  'access.break_glass',
  'access.break_glass_reviewed',
];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** A column, table or key name: lower-case words joined by `_` or `.`, such as `date_of_birth` or `youth`. */
const NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const name = z.string().max(64).regex(NAME, 'a name in lower_snake_case, never a value');

/** Text a caller cannot control the length of (User-Agent, forwarded address): cut, never refused. */
const clipped = (max: number) => z.string().transform((value) => value.slice(0, max));

/**
 * One audit event as the application describes it. Who (actor), what (event, youth, record), which
 * fields (names only), outcome and from where (address, browser). `at` and the chain are added when
 * it is appended.
 *
 * The audit trail outlives every other record and is exported to spreadsheets, so it holds no personal
 * data about youth: `fields` lists field NAMES (never values) and `details` holds a few short, plain
 * facts (a role name, a count, a reason code), never free text typed by a person. Unknown keys are
 * refused, so a value cannot be smuggled in under another name.
 */
export const AuditEventInput = z
  .strictObject({
    event: z.enum(AUDIT_EVENTS),
    actorUserId: z.uuid().optional(),
    actorAgencyId: z.uuid().optional(),
    youthId: z.uuid().optional(),
    /** The kind of record acted on, e.g. `youth`, `app_user`, `agency`, `care_team_member`. */
    recordType: name.optional(),
    recordId: z.uuid().optional(),
    /** Names of the fields read or written, e.g. ['first_name', 'date_of_birth']. */
    fields: z.array(name).max(200).optional(),
    outcome: z.enum(AUDIT_OUTCOMES),
    ip: clipped(64).optional(),
    userAgent: clipped(512).optional(),
    details: z
      .record(name, z.union([z.string().max(200), z.number(), z.boolean(), z.null()]))
      .refine((value) => Object.keys(value).length <= 20, 'at most 20 details')
      .optional(),
  })
  .refine((input) => !YOUTH_EVENTS.includes(input.event) || input.youthId !== undefined, {
    message: 'this event is about a youth and must name the youth (youthId)',
    path: ['youthId'],
  });
export type AuditEventInput = z.input<typeof AuditEventInput>;
