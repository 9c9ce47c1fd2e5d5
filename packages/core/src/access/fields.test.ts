import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS, type AgencyKind } from './agencies.js';
import {
  FIELD_CLASSES,
  type FieldClass,
  type FieldViewer,
  pickVisibleFields,
  seesMandatedReport,
  visibleFieldClasses,
  YOUTH_FIELD_CLASSES,
  YOUTH_FIELDS,
} from './fields.js';
import { DEFAULT_ROLE_PERMISSIONS, type Permission, ROLES, type Role } from './roles.js';

/** The usual agency of each role, for the role x field-class table of docs/security.md. */
const HOME: Record<Role, AgencyKind> = {
  admin: 'other',
  analyst: 'other',
  trainer: 'other',
  supervisor: 'mental_health',
  clinician: 'mental_health',
  health_provider: 'health',
  social_worker: 'child_welfare',
  probation_officer: 'probation',
  advocate: 'advocacy',
  court_liaison: 'court',
  law_enforcement: 'sheriff',
};

const viewer = (role: Role, agencyKind: AgencyKind = HOME[role], extra: Permission[] = []): FieldViewer => ({
  userId: `${role}-user`,
  role,
  agencyId: `${agencyKind}-agency`,
  agencyKind,
  permissions: new Set<Permission>([...DEFAULT_ROLE_PERMISSIONS[role], ...extra]),
});

const classesOf = (v: FieldViewer, access: Parameters<typeof visibleFieldClasses>[1] = 'care_team') =>
  [...visibleFieldClasses(v, access)].sort();

describe('field-level rules', () => {
  it('follows the role x field-class table of docs/security.md for each role in its usual agency', () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, classesOf(viewer(role))]));
    expect(table).toEqual({
      admin: [],
      analyst: [],
      trainer: [],
      supervisor: ['contact', 'identity', 'protocol', 'safety'],
      clinician: ['clinical', 'contact', 'identity', 'protocol', 'safety'],
      health_provider: ['clinical', 'contact', 'identity', 'protocol', 'safety'],
      social_worker: ['contact', 'identity', 'protocol', 'safety'],
      probation_officer: ['contact', 'identity', 'protocol', 'safety'],
      advocate: ['contact', 'identity', 'protocol', 'safety'],
      court_liaison: ['contact', 'identity', 'protocol'],
      law_enforcement: ['identity', 'protocol'],
    });
  });

  it('shows clinical content only with clinical_notes.read, in an agency that gives care', () => {
    for (const role of ROLES) {
      for (const kind of AGENCY_KINDS) {
        const sees = classesOf(viewer(role, kind)).includes('clinical');
        const expected =
          (role === 'clinician' || role === 'health_provider') && (kind === 'mental_health' || kind === 'health');
        expect(sees, `${role} at ${kind}`).toBe(expected);
      }
    }
    // A county may give its clinical supervisors the permission (role permissions are data).
    expect(classesOf(viewer('supervisor', 'mental_health', ['clinical_notes.read']))).toContain('clinical');
    expect(classesOf(viewer('supervisor', 'child_welfare', ['clinical_notes.read']))).not.toContain('clinical');
  });

  it('follows the agency as well as the role: a sheriff supervisor sees what the deputies see', () => {
    for (const kind of ['sheriff', 'police'] as const) {
      expect(classesOf(viewer('supervisor', kind))).toEqual(classesOf(viewer('law_enforcement', kind)));
      expect(classesOf(viewer('supervisor', kind))).toEqual(['identity', 'protocol']);
      // Whatever the role, nobody at a law-enforcement agency sees contacts, the crisis plan or clinical content.
      for (const role of ROLES) {
        for (const hidden of ['contact', 'safety', 'clinical'] as const) {
          expect(classesOf(viewer(role, kind, ['clinical_notes.read'])), `${role} at ${kind}`).not.toContain(hidden);
        }
      }
    }
  });

  it('shows nothing without access or without youth.read, and never the mandated report by class alone', () => {
    expect(classesOf(viewer('clinician'), null)).toEqual([]);
    for (const role of ['admin', 'analyst', 'trainer'] as const) expect(classesOf(viewer(role))).toEqual([]);
    for (const role of ROLES) expect(classesOf(viewer(role))).not.toContain('mandated_report');
    // Break-glass reads the classes of the role, read-only.
    expect(classesOf(viewer('clinician'), 'break_glass')).toEqual(classesOf(viewer('clinician')));
  });

  it('shows a mandated report to its reporter, the reporter agency supervisors and child welfare only', () => {
    const deputy = viewer('law_enforcement');
    const report = { reporterUserId: deputy.userId, reporterAgencyId: deputy.agencyId };
    expect(seesMandatedReport(deputy, 'care_team', report)).toBe(true);
    expect(classesOf(deputy, 'care_team')).not.toContain('mandated_report');
    expect([...visibleFieldClasses(deputy, 'care_team', report)]).toContain('mandated_report');
    const sheriffSupervisor = { ...viewer('supervisor', 'sheriff'), agencyId: deputy.agencyId };
    expect(seesMandatedReport(sheriffSupervisor, 'agency_supervisor', report)).toBe(true);
    const otherSupervisor = viewer('supervisor', 'mental_health');
    expect(seesMandatedReport(otherSupervisor, 'agency_supervisor', report)).toBe(false);
    expect(seesMandatedReport(viewer('social_worker'), 'care_team', report)).toBe(true);
    expect(seesMandatedReport(viewer('supervisor', 'child_welfare'), 'agency_supervisor', report)).toBe(true);
    // Child-welfare staff through break-glass, and everyone else on the team, see only that it was made.
    expect(seesMandatedReport(viewer('social_worker'), 'break_glass', report)).toBe(false);
    for (const role of ['clinician', 'advocate', 'probation_officer', 'court_liaison', 'health_provider'] as const) {
      expect(seesMandatedReport(viewer(role), 'care_team', report), role).toBe(false);
    }
    expect(seesMandatedReport({ ...viewer('law_enforcement'), userId: 'another-deputy' }, 'care_team', report)).toBe(
      false,
    );
    // A reporter reads their own report even through a break-glass visit.
    expect(seesMandatedReport(deputy, 'break_glass', report)).toBe(true);
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
    const shown = Object.keys(
      pickVisibleFields(record, YOUTH_FIELD_CLASSES, visibleFieldClasses(viewer('law_enforcement'), 'care_team')),
    );
    expect(shown).toContain('legalName');
    expect(shown).toContain('preferredLanguage');
    expect(shown).not.toContain('contacts');
    expect(shown).not.toContain('placement');
  });
});
