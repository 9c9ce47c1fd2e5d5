import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_PERMISSIONS, isRole, PERMISSIONS, ROLES, roleHas } from './roles.js';

describe('roles and permissions', () => {
  it('gives every role a known, duplicate-free set of permissions', () => {
    expect(Object.keys(DEFAULT_ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) {
      const list = DEFAULT_ROLE_PERMISSIONS[role];
      expect(new Set(list).size, role).toBe(list.length);
      for (const permission of list) expect(PERMISSIONS).toContain(permission);
    }
  });

  it('keeps analysts and administrators away from youth records', () => {
    for (const role of ['analyst', 'admin', 'trainer'] as const) {
      expect(roleHas(DEFAULT_ROLE_PERMISSIONS, role, 'youth.read'), role).toBe(false);
      expect(roleHas(DEFAULT_ROLE_PERMISSIONS, role, 'break_glass.use'), role).toBe(false);
    }
  });

  it('limits clinical notes to clinicians and health providers', () => {
    const readers = ROLES.filter((role) => roleHas(DEFAULT_ROLE_PERMISSIONS, role, 'clinical_notes.read'));
    expect(readers.sort()).toEqual(['clinician', 'health_provider']);
  });

  it('recognises roles', () => {
    expect(isRole('clinician')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
