import {
  AUDIT_AGENCY_DETAIL_KEYS,
  AUDIT_DETAIL_KEYS,
  AUDIT_EVENTS,
  type AuditDetailKey,
  type AuditEventName,
  isRole,
  type Locale,
} from '@harbor/core';
import type { MessageValues } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { AuditEntry } from './api';

/**
 * The audit log in plain words: each event's message, each detail's label, and detail values that are codes
 * translated (access reasons, purposes, roles, bases...). Pure: the page renders what `describeEntry` returns, and
 * the tests check that every event and detail key of core's vocabulary has its words.
 */

type Translate = (key: AppMessageKey, values?: MessageValues) => string;

// ---- Events --------------------------------------------------------------------------------------------------------

export const EVENT_GROUPS = ['auth', 'records', 'screening', 'response', 'access', 'admin', 'audit'] as const;
export type EventGroup = (typeof EVENT_GROUPS)[number];

export function eventGroupOf(event: AuditEventName): EventGroup {
  const [head] = event.split('.');
  switch (head) {
    case 'auth':
      return 'auth';
    case 'youth':
    case 'care_team':
      return 'records';
    case 'screening':
      return 'screening';
    case 'response':
      return 'response';
    case 'admin':
      return 'admin';
    case 'audit':
      return 'audit';
    default:
      return 'access';
  }
}

/** The events by group, in the vocabulary's order within each: the event filter's option groups. */
export const EVENTS_BY_GROUP: readonly { group: EventGroup; events: AuditEventName[] }[] = EVENT_GROUPS.map(
  (group) => ({ group, events: AUDIT_EVENTS.filter((e) => eventGroupOf(e) === group) }),
);

export const isAuditEvent = (value: string): value is AuditEventName =>
  (AUDIT_EVENTS as readonly string[]).includes(value);

/** The key of an event's message (a missing message is a type error where it is used with t()). */
export const eventKey = (event: AuditEventName) => `admin.audit.event.${event}` as const;
export const eventGroupKey = (group: EventGroup) => `admin.audit.eventGroup.${group}` as const;

/** What happened, in words; an event unknown to this version of the app as it was written. */
export const eventText = (t: Translate, event: string): string => (isAuditEvent(event) ? t(eventKey(event)) : event);

// ---- Details -------------------------------------------------------------------------------------------------------

export const isDetailKey = (value: string): value is AuditDetailKey =>
  (AUDIT_DETAIL_KEYS as readonly string[]).includes(value);
export const detailKey = (key: AuditDetailKey) => `admin.audit.detail.${key}` as const;

/** The codes a detail's value may be, by the message group that words them. */
const GATE_CODES = [
  'list',
  'search',
  'duplicate_check',
  'deadlines',
  'notifications',
  'my_open_screenings',
  'invitation',
  'setup_link',
  'cli',
  'audit_search',
  'audit_export',
  'break_glass_review',
  'break_glass',
  'read',
  'create',
  'update',
  'screen',
  'correct',
  'correct_hidden_answers',
  'link',
  'link_screening',
  'add_member',
  'remove_member',
  'read_care_team',
  'read_screenings',
  'read_responses',
  'open_response',
  'complete_step',
  'step_not_applicable',
  'record_action',
  'telephone_report',
  'written_report',
  'written_report_pdf',
  'open_crisis',
  'crisis_plan',
  'review_break_glass',
  'update_fields',
  'create_fields',
] as const;

export const VALUE_CODES = {
  access: ['care_team', 'agency_supervisor', 'break_glass', 'referral', 'mdt_disclosure', 'creator'],
  view: ['break_glass'],
  code: GATE_CODES,
  criteria: ['name', 'dob', 'name_dob'],
  basis: ['creator', 'court_order', 'mdt', 'consent', 'protocol_response'],
  opened_by: ['screening', 'recovery', 'disclosure', 'hotline_call', 'ran_from_placement'],
  step: ['password', 'enrolment', 'recovery', 'totp', 'totp_replay'],
  method: ['oidc'],
  oidc: ['linked'],
  kind: ['arrest', 'citation', 'charge'],
  notify: ['owner', 'owner_supervisor'],
  level: ['none', 'possible', 'clear'],
  disposition: ['justified', 'follow_up', 'none'],
  by: ['self', 'administrator'],
  device: ['known_device', 'elsewhere'],
  reason: [
    'wrong_passwords',
    'wrong_codes',
    'address_held',
    'provider_unavailable',
    'flow_missing',
    'flow_invalid',
    'flow_expired',
    'bad_request',
    'state_mismatch',
    'idp_error',
    'token_invalid',
    'unknown_user',
    'email_unverified',
    'linked_elsewhere',
    'link_conflict',
    'disabled',
    'locked',
    'internal_error',
  ],
} as const;
type ValueGroup = keyof typeof VALUE_CODES;
export type ValueKey = { [G in ValueGroup]: `admin.audit.value.${G}.${(typeof VALUE_CODES)[G][number]}` }[ValueGroup];

/** Which words a detail key's values take (keys not listed are numbers, ids or plain text). */
const VALUE_GROUP_OF: Partial<Record<AuditDetailKey, ValueGroup>> = {
  access: 'access',
  view: 'view',
  via: 'code',
  purpose: 'code',
  action: 'code',
  criteria: 'criteria',
  basis: 'basis',
  opened_by: 'opened_by',
  step: 'step',
  method: 'method',
  oidc: 'oidc',
  kind: 'kind',
  notify: 'notify',
  level: 'level',
  disposition: 'disposition',
  previous: 'disposition',
  reason: 'reason',
  by: 'by',
  device: 'device',
};

/** The message of a code in a group; undefined when the code is not one Harbor words. */
export function valueKey(group: ValueGroup, code: string): ValueKey | undefined {
  return (VALUE_CODES[group] as readonly string[]).includes(code)
    ? (`admin.audit.value.${group}.${code}` as ValueKey)
    : undefined;
}

/** A code Harbor has no words for, made readable: `health-evaluation` → `health evaluation`. */
const readable = (code: string) => (/^[a-z][a-z0-9_-]*$/.test(code) ? code.replace(/[_-]+/g, ' ') : code);

export interface WordsContext {
  t: Translate;
  locale: Locale;
  /** Agency names by id (the page's `agencies`). */
  agencies: Readonly<Record<string, string>>;
}

const ROLE_KEYS = new Set<string>(['role', 'from', 'to']);

/** A detail's label, in words. */
export const detailLabel = (t: Translate, key: string): string =>
  isDetailKey(key) ? t(detailKey(key)) : readable(key);

/** A detail's value, in words: codes translated, roles named, agencies by name, numbers and yes/no in the language. */
export function detailValue(ctx: WordsContext, key: string, value: unknown): string {
  const { t, locale } = ctx;
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return t(value ? 'admin.audit.yes' : 'admin.audit.no');
  if (typeof value === 'number') return new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US').format(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (isDetailKey(key)) {
    if (AUDIT_AGENCY_DETAIL_KEYS.includes(key)) return ctx.agencies[value] ?? value;
    if (ROLE_KEYS.has(key) && isRole(value)) return t(`roleName.${value}`);
    const group = VALUE_GROUP_OF[key];
    const words = group ? valueKey(group, value) : undefined;
    if (words) return t(words);
  }
  return readable(value);
}

// ---- Entries -------------------------------------------------------------------------------------------------------

export interface EntryWords {
  what: string;
  /** The outcome when it is not a plain success (failed, refused). */
  outcome: string | null;
  who: string;
  whoAgency: string | null;
  /** The person the entry is about, when it names one other than who acted. */
  aboutPerson: string | null;
  /** How the youth is shown: by name when the reader may see it, else by the record's reference. */
  aboutYouth: { label: string; named: boolean } | null;
  details: { key: string; label: string; value: string }[];
  fields: string;
  address: string | null;
}

/** One entry in words, for this reader (youth names are those the page's answer gave: the reader may see them). */
export function describeEntry(
  ctx: WordsContext,
  entry: AuditEntry,
  youthNames: ReadonlyMap<string, string>,
): EntryWords {
  const { t } = ctx;
  const youthName = entry.youthId ? youthNames.get(entry.youthId) : undefined;
  return {
    what: eventText(t, entry.event),
    outcome:
      entry.outcome === 'success'
        ? null
        : entry.outcome === 'failure' || entry.outcome === 'denied'
          ? t(`admin.audit.outcome.${entry.outcome}`)
          : entry.outcome,
    who: entry.actorUserId ? (entry.actorName ?? t('admin.audit.unknownPerson')) : t('admin.audit.system'),
    whoAgency: entry.actorAgencyId ? (ctx.agencies[entry.actorAgencyId] ?? null) : null,
    aboutPerson: entry.subjectUserId ? (entry.subjectName ?? t('admin.audit.unknownPerson')) : null,
    aboutYouth: entry.youthId
      ? youthName
        ? { label: youthName, named: true }
        : { label: t('admin.audit.record', { ref: entry.youthRef ?? entry.youthId }), named: false }
      : null,
    details: Object.entries(entry.details).map(([key, value]) => ({
      key,
      label: detailLabel(t, key),
      value: detailValue(ctx, key, value),
    })),
    fields: entry.fields.join(', '),
    address: entry.ip,
  };
}
