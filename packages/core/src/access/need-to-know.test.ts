import { describe, expect, it } from 'vitest';
import { decideOwnedAccess, decideYouthAccess, mayWrite, referralSections } from './need-to-know.js';

const now = new Date('2026-12-01T12:00:00.000Z');
const reader = (role = 'clinician') => ({ userId: 'u1', role, agencyId: 'a1' });

describe('need-to-know', () => {
  it('lets care-team members read, and supervisors of an agency on the team', () => {
    const facts = { members: [{ userId: 'u1', agencyId: 'a9' }], grants: [] };
    expect(decideYouthAccess(reader(), facts, now)).toBe('care_team');
    const agencyOnTeam = { members: [{ userId: 'u2', agencyId: 'a1' }], grants: [] };
    expect(decideYouthAccess(reader('supervisor'), agencyOnTeam, now)).toBe('agency_supervisor');
    // A colleague of a member is not on the team.
    expect(decideYouthAccess(reader('clinician'), agencyOnTeam, now)).toBeNull();
    expect(
      decideYouthAccess(reader('supervisor'), { members: [{ userId: 'u2', agencyId: 'a2' }], grants: [] }, now),
    ).toBeNull();
  });

  it('opens a record during a live break-glass grant only, and never for writing', () => {
    const live = { members: [], grants: [{ expiresAt: '2026-12-01T12:30:00.000Z' }] };
    const past = { members: [], grants: [{ expiresAt: '2026-12-01T11:59:59.999Z' }] };
    const exact = { members: [], grants: [{ expiresAt: now.toISOString() }] };
    expect(decideYouthAccess(reader(), live, now)).toBe('break_glass');
    expect(decideYouthAccess(reader(), past, now)).toBeNull();
    expect(decideYouthAccess(reader(), exact, now)).toBeNull();
    expect(mayWrite('break_glass')).toBe(false);
    expect(mayWrite('care_team')).toBe(true);
    expect(mayWrite('agency_supervisor')).toBe(true);
    expect(mayWrite('creator')).toBe(true);
    expect(mayWrite(null)).toBe(false);
    // Membership wins over a grant: the reader writes as a member.
    expect(decideYouthAccess(reader(), { members: [{ userId: 'u1', agencyId: 'a1' }], grants: live.grants }, now)).toBe(
      'care_team',
    );
  });

  it('keeps a record not linked to a youth for its maker (and their agency supervisors, when the record allows)', () => {
    const owner = { userId: 'u1', agencyId: 'a1' };
    expect(decideOwnedAccess(reader(), owner, false)).toBe('creator');
    expect(decideOwnedAccess({ ...reader('supervisor'), userId: 'u3' }, owner, true)).toBe('agency_supervisor');
    expect(decideOwnedAccess({ ...reader('supervisor'), userId: 'u3' }, owner, false)).toBeNull();
    expect(decideOwnedAccess({ ...reader('supervisor'), userId: 'u3', agencyId: 'a2' }, owner, true)).toBeNull();
    expect(decideOwnedAccess({ ...reader(), userId: 'u3' }, owner, true)).toBeNull();
  });

  it('lets the agency of an open referral read what it shares, after every other reason, and write only the referral', () => {
    const referred = {
      members: [],
      grants: [],
      referrals: [{ sections: ['identity', 'contact'] }, { sections: ['identity', 'screenings'] }],
    };
    expect(decideYouthAccess(reader(), referred, now)).toBe('referral');
    expect(referralSections(referred).sort()).toEqual(['contact', 'identity', 'screenings']);
    expect(decideYouthAccess(reader(), { members: [], grants: [], referrals: [] }, now)).toBeNull();
    // A member of the team reads as a member even when the agency also receives a referral.
    expect(decideYouthAccess(reader(), { ...referred, members: [{ userId: 'u1', agencyId: 'a1' }] }, now)).toBe(
      'care_team',
    );
    expect(mayWrite('referral', 'referral')).toBe(true);
    expect(mayWrite('referral', 'youth')).toBe(false);
    expect(mayWrite('referral')).toBe(false);
  });
});
