import {
  type FieldError,
  type NewYouthBody,
  YOUTH_FIELD_CLASSES,
  YOUTH_FIELDS,
  type YouthField,
  type YouthPatchBody,
} from '@harbor/core';
import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { HarborError } from '../../errors.js';
import type { RecordHandle } from '../../records/gate.js';
import { auditName, type YouthData } from './youth-data.js';

/** The rules of a youth's record that more than one use case applies (create and update). */

export const today = (now: Date) => toStoredTime(now).slice(0, 10);

/** The record's fields a request body writes. Creating, an empty value writes nothing; changing, null clears. */
export function writtenFields(body: Partial<Record<YouthField, unknown>>, creating: boolean): YouthField[] {
  return YOUTH_FIELDS.filter((field) => {
    const value = body[field];
    if (value === undefined) return false;
    return !creating || !(value === null || (Array.isArray(value) && value.length === 0));
  });
}

/**
 * Field-level rules on writes: a field of a class the caller cannot see is refused (403), the refusal is audited and
 * nothing changes.
 */
export function refuseHiddenFields(
  h: Pick<RecordHandle, 'classes' | 'refuse' | 'actor'>,
  fields: readonly YouthField[],
  youthId?: string,
): void {
  const refused = fields.filter((field) => !h.classes.has(YOUTH_FIELD_CLASSES[field]));
  if (refused.length === 0) return;
  h.refuse({
    event: 'access.denied',
    ...(youthId ? { youthId, recordId: youthId } : {}),
    recordType: 'youth',
    fields: refused.map(auditName),
    outcome: 'denied',
    details: { action: youthId ? 'update_fields' : 'create_fields' },
  });
  const error = new HarborError(
    'forbidden',
    `role ${h.actor.role} may not write ${refused.join(', ')}`,
    refused.map((field) => ({ path: `body.${field}`, message: 'youth.field.forbidden' })),
  );
  error.messageKey = 'youth.fields.forbidden';
  throw error;
}

const blankToNull = (value: string | null | undefined) => (value === undefined || value === '' ? null : value);

/** The record after a request's changes, with empty optional text stored as null. */
export function applyInput(current: YouthData, body: Partial<YouthPatchBody | NewYouthBody>, now: Date): YouthData {
  const next: YouthData = { ...current };
  if (body.legalName !== undefined) next.legalName = body.legalName;
  if (body.namesUsed !== undefined) next.namesUsed = [...new Set(body.namesUsed)];
  if (body.dateOfBirth !== undefined) next.dateOfBirth = body.dateOfBirth;
  if (body.estimatedAge !== undefined) {
    next.estimatedAge = body.estimatedAge;
    // A new estimate is made today unless the request says when.
    next.ageEstimatedOn = body.estimatedAge === null ? null : (body.ageEstimatedOn ?? today(now));
  } else if (body.ageEstimatedOn !== undefined) {
    next.ageEstimatedOn = body.ageEstimatedOn;
  }
  if (next.estimatedAge === null) next.ageEstimatedOn = null;
  if (body.genderIdentity !== undefined) next.genderIdentity = body.genderIdentity;
  if (body.pronouns !== undefined) next.pronouns = blankToNull(body.pronouns);
  if (body.preferredLanguage !== undefined) next.preferredLanguage = blankToNull(body.preferredLanguage);
  if (body.identifiers !== undefined) next.identifiers = body.identifiers;
  if (body.placement !== undefined) {
    next.placement = body.placement && { kind: body.placement.kind, detail: blankToNull(body.placement.detail) };
  }
  if (body.contacts !== undefined) {
    next.contacts = body.contacts.map((contact) => ({
      name: contact.name,
      relationship: contact.relationship,
      phone: blankToNull(contact.phone),
      address: blankToNull(contact.address),
    }));
  }
  return next;
}

/** Rules across fields: a date of birth or an estimated age (one of the two), no date in the future, known agencies. */
export async function checkRecord(
  db: Kysely<Database>,
  data: YouthData,
  checkBirth: boolean,
  now: Date,
): Promise<void> {
  const problems: FieldError[] = [];
  const day = today(now);
  if (checkBirth) {
    if (data.dateOfBirth === null && data.estimatedAge === null) {
      problems.push({ path: 'body.dateOfBirth', message: 'youth.birth.required' });
    } else if (data.dateOfBirth !== null && data.estimatedAge !== null) {
      problems.push({ path: 'body.estimatedAge', message: 'youth.birth.both' });
    }
    if (data.dateOfBirth !== null && data.dateOfBirth > day) {
      problems.push({ path: 'body.dateOfBirth', message: 'youth.date.future' });
    }
    if (data.ageEstimatedOn !== null && data.ageEstimatedOn > day) {
      problems.push({ path: 'body.ageEstimatedOn', message: 'youth.date.future' });
    }
  }
  const agencyIds = [...new Set(data.identifiers.map((i) => i.agencyId))];
  if (agencyIds.length > 0) {
    const known = new Set(
      (await db.selectFrom('agency').select('id').where('id', 'in', agencyIds).execute()).map((a) => a.id),
    );
    data.identifiers.forEach((identifier, i) => {
      if (!known.has(identifier.agencyId)) {
        problems.push({ path: `body.identifiers.${i}.agencyId`, message: 'youth.agency.unknown' });
      }
    });
  }
  if (problems.length > 0) throw new HarborError('validation_failed', 'youth record rules', problems);
}
