import { ROLES, type Role } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import { roleMay } from '../../permissions';
import { type Problem, problemOf } from '../../problems';
import { useSignedIn } from '../../session';
import {
  type Agency,
  changeUser,
  endUserSessions,
  listAgencies,
  listUsers,
  invite as sendInvitation,
  type UserSummary,
  unlockUser,
} from './api';

/** What an action on the users page came to (focus moves to it; `attempt` makes a repeat count). */
export type UsersOutcome =
  | { kind: 'saved' }
  | { kind: 'ended'; count: number }
  | { kind: 'conflict' }
  | { kind: 'invited'; link: string; expiresAt: string }
  | { kind: 'problem'; problem: Problem };

/**
 * The users and agencies, and what an administrator (or, for invitations, a supervisor) does: change a role or the
 * status, unlock, end sessions, invite. One action at a time.
 */
export function useUsers() {
  const info = useSignedIn();
  const manage = roleMay(info.user.role, 'users.manage');
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [outcome, setOutcome] = useState<{ value: UsersOutcome; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const tell = useCallback(
    (value: UsersOutcome) => setOutcome((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })),
    [],
  );

  const load = useCallback(async () => {
    const [u, a] = await Promise.all([listUsers(), listAgencies()]);
    if (u.ok) setUsers(u.data);
    else tell({ kind: 'problem', problem: problemOf(u) });
    if (a.ok) setAgencies(a.data);
  }, [tell]);
  useEffect(() => {
    void load();
  }, [load]);

  const change = async (user: UserSummary, body: { role?: Role; status?: 'active' | 'disabled' }) => {
    setBusy(true);
    const result = await changeUser(user, body);
    setBusy(false);
    if (result.ok) {
      // Show the saved row at once (the select shows the new role), then refresh the whole list.
      setUsers((was) => was?.map((u) => (u.id === result.data.id ? { ...u, ...result.data } : u)) ?? was);
      tell({ kind: 'saved' });
    } else if (result.kind === 'api' && result.status === 409) tell({ kind: 'conflict' });
    else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  const unlock = async (user: UserSummary) => {
    setBusy(true);
    const result = await unlockUser(user);
    setBusy(false);
    if (result.ok) tell({ kind: 'saved' });
    else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  const endSessions = async (user: UserSummary) => {
    setBusy(true);
    const result = await endUserSessions(user);
    setBusy(false);
    if (result.ok) tell({ kind: 'ended', count: result.data.ended });
    else tell({ kind: 'problem', problem: problemOf(result) });
  };

  /** Resolves true when the invitation was created (the form then empties its e-mail field). */
  const invite = async (body: { email: string; role: Role; agencyId: string }) => {
    setBusy(true);
    const result = await sendInvitation(body);
    setBusy(false);
    if (result.ok) tell({ kind: 'invited', link: result.data.link, expiresAt: result.data.expiresAt });
    else tell({ kind: 'problem', problem: problemOf(result) });
    return result.ok;
  };

  return {
    me: info.user,
    manage,
    /** The roles this person may give in an invitation (only an administrator invites administrators). */
    invitable: ROLES.filter((r) => manage || r !== 'admin'),
    users,
    agencies,
    outcome,
    busy,
    agencyName: (id: string) => agencies.find((a) => a.id === id)?.name ?? id,
    change,
    unlock,
    endSessions,
    invite,
  };
}

export type UsersModel = ReturnType<typeof useUsers>;
