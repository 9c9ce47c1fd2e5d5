import { describe, expect, it } from 'vitest';
import { decideYouthAccess, mayWrite } from '../access/need-to-know.js';
import {
  checkDisclosureBasis,
  disclosedFieldClasses,
  MDT_ENTRY_RECORD_TYPE,
  meetingPowers,
  meetingRoleOf,
  minutesOpen,
} from './rules.js';

const now = new Date('2026-12-10T12:00:00Z');
const DAY = 24 * 3600_000;
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe('the legal basis of a disclosure at an MDT meeting', () => {
  it('shares under W&I 18961.7 for 30 days after the report, longer only with good cause', () => {
    expect(checkDisclosureBasis({ basis: 'mdt_18961_7', reportedAt: ago(29) }, now)).toBeNull();
    expect(checkDisclosureBasis({ basis: 'mdt_18961_7', reportedAt: ago(30) }, now)).toBeNull();
    expect(checkDisclosureBasis({ basis: 'mdt_18961_7', reportedAt: ago(31) }, now)).toBe(
      'mdt.disclosure.outsideWindow',
    );
    const extended = { basis: 'mdt_18961_7' as const, reportedAt: ago(40), goodCauseUntil: ago(-5) };
    expect(checkDisclosureBasis(extended, now)).toBe('referral.basis.mdtGoodCauseRequired');
    expect(checkDisclosureBasis({ ...extended, goodCauseReason: 'Trial set for next week' }, now)).toBeNull();
    expect(checkDisclosureBasis({ basis: 'mdt_18961_7' }, now)).toBe('referral.basis.mdtReportRequired');
    expect(checkDisclosureBasis({ basis: 'mdt_18961_7', reportedAt: ago(-1) }, now)).toBe(
      'referral.basis.mdtReportInFuture',
    );
  });

  it('never takes an override; a court order needs its number and date; consent ends at its end', () => {
    expect(checkDisclosureBasis({ basis: 'override' }, now)).toBe('mdt.disclosure.overrideNotAllowed');
    expect(checkDisclosureBasis({ basis: 'court_order', orderNumber: 'JV-570 #12' }, now)).toBe(
      'mdt.disclosure.courtOrderRequired',
    );
    expect(
      checkDisclosureBasis({ basis: 'court_order', orderNumber: 'JV-570 #12', orderDate: '2026-12-01' }, now),
    ).toBeNull();
    const consent = { basis: 'youth_consent' as const, consentBy: 'The youth', purpose: 'School support' };
    expect(checkDisclosureBasis(consent, now)).toBe('mdt.disclosure.consentRequired');
    expect(checkDisclosureBasis({ ...consent, until: ago(-1) }, now)).toBeNull();
    expect(checkDisclosureBasis({ ...consent, until: ago(1) }, now)).toBe('mdt.disclosure.consentExpired');
    expect(checkDisclosureBasis({ basis: 'wic_827' }, now)).toBeNull();
  });
});

describe('what a disclosure opens', () => {
  const reader = { userId: 'u', role: 'probation_officer', agencyId: 'p' };
  const facts = { members: [], grants: [], disclosures: [{ classes: ['identity', 'protocol'] }] };

  it('is read-only access to the meeting’s roster entry, in the classes disclosed, and nothing else', () => {
    expect(decideYouthAccess(reader, facts, now)).toBe('mdt_disclosure');
    expect(mayWrite('mdt_disclosure', MDT_ENTRY_RECORD_TYPE)).toBe(false);
    expect([...disclosedFieldClasses(facts.disclosures, MDT_ENTRY_RECORD_TYPE)].sort()).toEqual([
      'identity',
      'protocol',
    ]);
    expect(disclosedFieldClasses(facts.disclosures, 'youth').size).toBe(0);
    expect(decideYouthAccess(reader, { members: [], grants: [] }, now)).toBeNull();
    // A member of the care team reads as such whatever was disclosed.
    expect(decideYouthAccess(reader, { ...facts, members: [{ userId: 'u', agencyId: 'p' }] }, now)).toBe('care_team');
  });
});

describe('minutes and powers at a meeting', () => {
  it('lets the chair sign, members write, guests watch; signed or cancelled minutes take no change', () => {
    expect(minutesOpen('scheduled')).toBeNull();
    expect(minutesOpen('signed')).toBe('mdt.minutes.signed');
    expect(minutesOpen('cancelled')).toBe('mdt.meeting.cancelled');
    expect(meetingPowers('chair', 'scheduled')).toEqual({ edit: true, sign: true, addYouth: true, disclose: true });
    expect(meetingPowers('member', 'scheduled')).toEqual({ edit: true, sign: false, addYouth: true, disclose: true });
    expect(meetingPowers('guest', 'scheduled')).toEqual({ edit: false, sign: false, addYouth: false, disclose: false });
    expect(meetingPowers('chair', 'signed')).toEqual({ edit: false, sign: false, addYouth: false, disclose: false });
    const attendees = [{ userId: 'b', meetingRole: 'member' as const }];
    expect(meetingRoleOf('a', 'a', attendees)).toBe('chair');
    expect(meetingRoleOf('b', 'a', attendees)).toBe('member');
    expect(meetingRoleOf('c', 'a', attendees)).toBeNull();
  });
});
