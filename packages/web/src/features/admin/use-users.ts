import { ROLES } from '@harbor/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { roleMay } from '../../permissions';
import { type Problem, problemOf } from '../../problems';
import { useSignedIn } from '../../session';
import {
  type Agency,
  type InvitationMade,
  listAgencies,
  listInvitations,
  listUsers,
  type PendingInvitation,
  resendInvitation,
  revokeInvitation,
  invite as sendInvitation,
  type UserSummary,
} from './api';
import type { InviteRequest } from './invite-checks';
import { matchesSearch } from './user-search';

/** What an action on the users page came to (focus moves to it; `attempt` makes a repeat count). */
export type UsersOutcome =
  | { kind: 'invited'; email: string; made: InvitationMade }
  | { kind: 'resent'; email: string; made: InvitationMade }
  | { kind: 'revoked'; email: string }
  | { kind: 'problem'; problem: Problem };

/**
 * The users page: the people with an account (searched by name or e-mail), the invitations not accepted yet (sent
 * again or withdrawn), and inviting someone. An administrator sees everyone; a supervisor their own agency. What is
 * done to one person's account is on that person's page (use-user.ts). One action at a time.
 */
export function useUsers() {
  const info = useSignedIn();
  const manage = roleMay(info.user.role, 'users.manage');
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [invitations, setInvitations] = useState<PendingInvitation[] | null>(null);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<{ value: UsersOutcome; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const tell = useCallback(
    (value: UsersOutcome) => setOutcome((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })),
    [],
  );

  const load = useCallback(async () => {
    const [u, i, a] = await Promise.all([listUsers(), listInvitations(), listAgencies()]);
    if (u.ok) setUsers(u.data);
    else tell({ kind: 'problem', problem: problemOf(u) });
    if (i.ok) setInvitations(i.data);
    if (a.ok) setAgencies(a.data);
  }, [tell]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Resolves true when the invitation was made (the form then empties). */
  const invite = async (body: InviteRequest) => {
    setBusy(true);
    const result = await sendInvitation(body);
    setBusy(false);
    if (result.ok) tell({ kind: 'invited', email: body.email, made: result.data });
    else tell({ kind: 'problem', problem: problemOf(result) });
    // The form empties at once; the lists follow.
    void load();
    return result.ok;
  };

  const resend = async (invitation: PendingInvitation) => {
    setBusy(true);
    const result = await resendInvitation(invitation);
    setBusy(false);
    if (result.ok) tell({ kind: 'resent', email: invitation.email, made: result.data });
    else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  const revoke = async (invitation: PendingInvitation) => {
    setBusy(true);
    const result = await revokeInvitation(invitation);
    setBusy(false);
    if (result.ok) tell({ kind: 'revoked', email: invitation.email });
    else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  const shown = useMemo(() => users?.filter((u) => matchesSearch(u, query)) ?? null, [users, query]);

  return {
    me: info.user,
    manage,
    /** The roles this person may give in an invitation (only an administrator invites administrators). */
    invitable: ROLES.filter((r) => manage || r !== 'admin'),
    users,
    shown,
    query,
    setQuery,
    invitations,
    agencies,
    outcome,
    busy,
    agencyName: (id: string) => agencies.find((a) => a.id === id)?.name ?? id,
    invite,
    resend,
    revoke,
  };
}

export type UsersModel = ReturnType<typeof useUsers>;
