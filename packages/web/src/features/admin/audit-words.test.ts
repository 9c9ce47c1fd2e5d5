import { AUDIT_DETAIL_KEYS, AUDIT_EVENTS, LOCALES } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { type AppMessageKey, translate } from '../../messages';
import type { AuditEntry } from './api';
import {
  describeEntry,
  detailKey,
  detailValue,
  EVENTS_BY_GROUP,
  eventGroupKey,
  eventKey,
  VALUE_CODES,
  valueKey,
} from './audit-words';
import { adminCopy } from './copy';

const copy: Record<string, { en: string; es: string }> = adminCopy;
const t = (key: AppMessageKey, values?: Record<string, string | number>) => translate('en', key, values);
const ctx = { t, locale: 'en' as const, agencies: { 'a-1': 'Children and Family Services' } };

describe('the audit log in plain words', () => {
  it('has a message in both languages for every event of the vocabulary', () => {
    const missing = AUDIT_EVENTS.filter((e) => !copy[eventKey(e)]?.en || !copy[eventKey(e)]?.es);
    expect(missing).toEqual([]);
    // And no message for an event that does not exist.
    const extra = Object.keys(copy)
      .filter((k) => k.startsWith('admin.audit.event.'))
      .filter((k) => !(AUDIT_EVENTS as readonly string[]).includes(k.slice('admin.audit.event.'.length)));
    expect(extra).toEqual([]);
    // Every message reads differently: no two events are worded alike.
    for (const locale of LOCALES) {
      const words = AUDIT_EVENTS.map((e) => copy[eventKey(e)]![locale]);
      expect(new Set(words).size, locale).toBe(words.length);
    }
  });

  it('groups every event once, each group named', () => {
    const grouped = EVENTS_BY_GROUP.flatMap((g) => g.events);
    expect([...grouped].sort()).toEqual([...AUDIT_EVENTS].sort());
    for (const { group, events } of EVENTS_BY_GROUP) {
      expect(events.length, group).toBeGreaterThan(0);
      expect(copy[eventGroupKey(group)], group).toBeDefined();
    }
  });

  it('labels every detail key the features write, and words every code it knows', () => {
    expect(AUDIT_DETAIL_KEYS.filter((k) => !copy[detailKey(k)])).toEqual([]);
    for (const [group, codes] of Object.entries(VALUE_CODES)) {
      for (const code of codes)
        expect(copy[valueKey(group as keyof typeof VALUE_CODES, code)!], `${group}.${code}`).toBeDefined();
    }
  });

  it('translates values that are codes, names roles and agencies, formats numbers and yes or no', () => {
    expect(detailValue(ctx, 'access', 'agency_supervisor')).toBe('Supervisor of an agency on the care team');
    expect(detailValue(ctx, 'via', 'search')).toBe('A search');
    expect(detailValue(ctx, 'purpose', 'duplicate_check')).toBe('The check for duplicates');
    expect(detailValue(ctx, 'from', 'social_worker')).toBe(translate('en', 'roleName.social_worker'));
    expect(detailValue(ctx, 'role', 'supervisor')).toBe(translate('en', 'roleName.supervisor'));
    expect(detailValue(ctx, 'member_agency_id', 'a-1')).toBe('Children and Family Services');
    expect(detailValue(ctx, 'agency_id', 'a-2')).toBe('a-2');
    expect(detailValue(ctx, 'rows', 12345)).toBe('12,345');
    expect(detailValue({ ...ctx, locale: 'es', t: (k, v) => translate('es', k, v) }, 'rows', 12345)).toBe('12,345');
    expect(detailValue(ctx, 'confirmed_not_duplicate', true)).toBe('Yes');
    expect(detailValue(ctx, 'disposition', 'follow_up')).toBe('Follow-up needed');
    expect(detailValue(ctx, 'previous', 'none')).toBe('None yet');
    // Codes Harbor has no words for stay readable; text that is not a code stays as it is.
    expect(detailValue(ctx, 'step', 'health-evaluation')).toBe('health evaluation');
    expect(detailValue(ctx, 'instrument', 'harbor-cse-indicators.v1')).toBe('harbor-cse-indicators.v1');
    expect(detailValue(ctx, 'some_new_key', 'x_y')).toBe('x y');
  });

  it('describes an entry: who, about whom, the youth by name only when given one, the details labelled', () => {
    const entry: AuditEntry = {
      seq: 9,
      id: 'e-9',
      at: '2026-12-01T18:00:00.000Z',
      event: 'care_team.member_added',
      outcome: 'success',
      actorUserId: 'u-1',
      actorName: 'Ana Ruiz',
      actorAgencyId: 'a-1',
      subjectUserId: 'u-2',
      subjectName: 'Luis Ortega',
      youthId: '0193d2a4-7b10-7c3e-9a41-4c2e9f3a27c1',
      youthRef: '9F3A-27C1',
      recordType: 'care_team_member',
      recordId: 'm-1',
      fields: [],
      details: { basis: 'mdt', member_agency_id: 'a-1' },
      ip: '192.0.2.1',
      userAgent: null,
      prevHash: '0',
      hash: '1',
    };
    const words = describeEntry(ctx, entry, new Map());
    expect(words).toMatchObject({
      what: 'Added someone to a care team',
      outcome: null,
      who: 'Ana Ruiz',
      whoAgency: 'Children and Family Services',
      aboutPerson: 'Luis Ortega',
      aboutYouth: { label: 'Youth record 9F3A-27C1', named: false },
      details: [
        { key: 'basis', label: 'Basis', value: 'Multidisciplinary team' },
        { key: 'member_agency_id', label: 'Member’s agency', value: 'Children and Family Services' },
      ],
    });
    expect(describeEntry(ctx, entry, new Map([[entry.youthId!, 'Ximena Quintero']])).aboutYouth).toEqual({
      label: 'Ximena Quintero',
      named: true,
    });
    const system = describeEntry(ctx, { ...entry, actorUserId: null, actorName: null, outcome: 'denied' }, new Map());
    expect(system).toMatchObject({ who: 'Harbor itself (no one signed in)', outcome: 'Refused' });
  });
});
