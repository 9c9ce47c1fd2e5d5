import { describe, expect, it } from 'vitest';
import {
  FIELD_CLASSES,
  type FieldClass,
  pickVisibleFields,
  visibleFieldClasses,
  YOUTH_FIELD_CLASSES,
  YOUTH_FIELDS,
} from './fields.js';
import { DEFAULT_ROLE_PERMISSIONS, type Permission, ROLES } from './roles.js';

const classesOf = (role: (typeof ROLES)[number]) =>
  [...visibleFieldClasses(role, new Set<Permission>(DEFAULT_ROLE_PERMISSIONS[role]))].sort();

describe('field-level rules', () => {
  it('shows clinical content only to clinicians and health providers', () => {
    for (const role of ROLES) {
      const sees = classesOf(role).includes('clinical');
      expect(sees, role).toBe(role === 'clinician' || role === 'health_provider');
    }
  });

  it('shows law enforcement what the protocol needs, not contact or clinical content', () => {
    expect(classesOf('law_enforcement')).toEqual(['identity', 'protocol']);
  });

  it('shows nothing of a youth to roles that may not read youth records', () => {
    for (const role of ['admin', 'analyst', 'trainer'] as const) expect(classesOf(role), role).toEqual([]);
  });

  it('keeps only visible, classified fields', () => {
    const record = { name: 'A', phone: '1', note: 'n', unknown: 'x' };
    const classes = { name: 'identity', phone: 'contact', note: 'clinical' } as const;
    expect(pickVisibleFields(record, classes, new Set<FieldClass>(['identity', 'protocol']))).toEqual({ name: 'A' });
    expect(pickVisibleFields(record, classes, new Set<FieldClass>(['identity', 'contact', 'clinical']))).toEqual({
      name: 'A',
      phone: '1',
      note: 'n',
    });
  });

  it("classifies every field of a youth's record, names as identity and placement and contacts as contact", () => {
    for (const field of YOUTH_FIELDS) expect(FIELD_CLASSES, field).toContain(YOUTH_FIELD_CLASSES[field]);
    expect(YOUTH_FIELD_CLASSES).toMatchObject({
      legalName: 'identity',
      namesUsed: 'identity',
      dateOfBirth: 'identity',
      identifiers: 'identity',
      placement: 'contact',
      contacts: 'contact',
    });
    const record = Object.fromEntries(YOUTH_FIELDS.map((f) => [f, f]));
    const officer = visibleFieldClasses('law_enforcement', new Set(DEFAULT_ROLE_PERMISSIONS.law_enforcement));
    const shown = Object.keys(pickVisibleFields(record, YOUTH_FIELD_CLASSES, officer));
    expect(shown).toContain('legalName');
    expect(shown).toContain('preferredLanguage');
    expect(shown).not.toContain('contacts');
    expect(shown).not.toContain('placement');
  });
});
