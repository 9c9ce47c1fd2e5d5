import { describe, expect, it } from 'vitest';
import { checkInvite, EMPTY_INVITE, inviteRequest } from './invite-checks';

const allowed = { roles: ['clinician', 'social_worker'], agencies: ['dcfs', 'dmh'] };

describe('the invitation form', () => {
  it('starts with nothing chosen and asks for every field', () => {
    expect(checkInvite(EMPTY_INVITE, allowed)).toEqual({
      email: { kind: 'message', key: 'signIn.email.required' },
      role: { kind: 'message', key: 'admin.invite.roleRequired' },
      agencyId: { kind: 'message', key: 'admin.invite.agencyRequired' },
    });
  });

  it('refuses a role or agency the person may not give', () => {
    const values = { email: 'a@b.org', role: 'admin', agencyId: 'probation' };
    expect(Object.keys(checkInvite(values, allowed))).toEqual(['role', 'agencyId']);
  });

  it('sends the address trimmed', () => {
    const values = { email: ' luis@dcfs.example ', role: 'social_worker', agencyId: 'dcfs' };
    expect(checkInvite(values, allowed)).toEqual({});
    expect(inviteRequest(values)).toEqual({ email: 'luis@dcfs.example', role: 'social_worker', agencyId: 'dcfs' });
  });
});
