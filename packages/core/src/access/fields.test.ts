import { describe, expect, it } from 'vitest';
import { type FieldClass, pickVisibleFields, visibleFieldClasses } from './fields.js';
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
});
