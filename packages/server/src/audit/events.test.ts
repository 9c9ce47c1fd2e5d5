import { describe, expect, it } from 'vitest';
import { newId } from '../db/ids.js';
import { AUDIT_EVENTS, AuditEventInput } from './events.js';

const base = { event: 'admin.user.updated', outcome: 'success', actorUserId: newId() } as const;

describe('the audit vocabulary', () => {
  it('is closed: every listed event is accepted, any other refused', () => {
    expect(new Set(AUDIT_EVENTS).size).toBe(AUDIT_EVENTS.length);
    for (const event of AUDIT_EVENTS) {
      expect(AuditEventInput.safeParse({ event, outcome: 'success', youthId: newId() }).success, event).toBe(true);
    }
    for (const event of ['youth.deleted', 'audit.deleted', 'YOUTH.READ', 'youth.read ', '']) {
      expect(AuditEventInput.safeParse({ ...base, event }).success, event).toBe(false);
    }
    expect(AuditEventInput.safeParse({ ...base, outcome: 'maybe' }).success).toBe(false);
  });

  it('takes field names, and refuses field values smuggled in as names', () => {
    const ok = AuditEventInput.safeParse({ ...base, fields: ['first_name', 'date_of_birth', 'address.city'] });
    expect(ok.success).toBe(true);
    for (const value of ['Maria Lopez', '2009-04-01', 'maria@example.org', '555 0100', 'First_Name', '']) {
      expect(AuditEventInput.safeParse({ ...base, fields: [value] }).success, value).toBe(false);
    }
    expect(AuditEventInput.safeParse({ ...base, fields: ['x'.repeat(65)] }).success).toBe(false);
  });

  it('refuses unknown keys, so values cannot ride along under another name', () => {
    for (const extra of [{ values: { first_name: 'Maria' } }, { before: 'a' }, { at: '2026-01-01T00:00:00Z' }]) {
      expect(AuditEventInput.safeParse({ ...base, ...extra }).success).toBe(false);
    }
  });

  it('keeps details small and flat', () => {
    expect(AuditEventInput.safeParse({ ...base, details: { from: 'clinician', to: 'supervisor' } }).success).toBe(true);
    expect(AuditEventInput.safeParse({ ...base, details: { nested: { a: 1 } } }).success).toBe(false);
    expect(AuditEventInput.safeParse({ ...base, details: { note: 'x'.repeat(201) } }).success).toBe(false);
    expect(AuditEventInput.safeParse({ ...base, details: { 'First Name': 'x' } }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i]));
    expect(AuditEventInput.safeParse({ ...base, details: many }).success).toBe(false);
  });

  it('requires events about a youth to name the youth, and ids to be ids', () => {
    expect(AuditEventInput.safeParse({ event: 'youth.read', outcome: 'success' }).success).toBe(false);
    expect(AuditEventInput.safeParse({ event: 'access.break_glass', outcome: 'success' }).success).toBe(false);
    expect(AuditEventInput.safeParse({ event: 'youth.read', outcome: 'success', youthId: 'Maria' }).success).toBe(
      false,
    );
  });

  it('cuts, rather than refuses, what a caller controls the length of', () => {
    const parsed = AuditEventInput.parse({ ...base, userAgent: 'A'.repeat(5000), ip: '1'.repeat(100) });
    expect(parsed.userAgent).toHaveLength(512);
    expect(parsed.ip).toHaveLength(64);
  });
});
