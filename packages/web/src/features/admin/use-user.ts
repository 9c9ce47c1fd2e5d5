import type { Role } from '@harbor/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../../api';
import { type Problem, problemOf } from '../../problems';
import { useSignedIn } from '../../session';
import {
  type Agency,
  changeUser,
  endUserSessions,
  listAgencies,
  makePasswordResetLink,
  type PasswordResetLink,
  readUser,
  resetSecondFactor,
  type UserSummary,
  unlockUser,
} from './api';

/** What an action on a person's page came to (focus moves to it; `attempt` makes a repeat count). */
export type UserOutcome =
  | { kind: 'saved' }
  | { kind: 'ended'; count: number }
  | { kind: 'resetLink'; made: PasswordResetLink }
  | { kind: 'mfaReset' }
  | { kind: 'conflict' }
  | { kind: 'problem'; problem: Problem };

/**
 * One person's account, as an administrator manages it: role and status (at the version read), unlock, end sessions,
 * a password reset link to hand over, a reset of two-step verification. Never on one's own account (the server
 * refuses it too). One action at a time; the person is read again after each.
 */
export function useUser(id: string) {
  const info = useSignedIn();
  const [user, setUser] = useState<UserSummary | null>(null);
  const [missing, setMissing] = useState<Problem | null>(null);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [outcome, setOutcome] = useState<{ value: UserOutcome; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const tell = useCallback(
    (value: UserOutcome) => setOutcome((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })),
    [],
  );

  const load = useCallback(async () => {
    const [u, a] = await Promise.all([readUser(id), listAgencies()]);
    if (u.ok) setUser(u.data);
    else setMissing(problemOf(u));
    if (a.ok) setAgencies(a.data);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Runs one action, tells its outcome, reads the person again. */
  const act = async <T>(run: () => Promise<ApiResult<T>>, done: (data: T) => UserOutcome) => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    if (result.ok) tell(done(result.data));
    else if (result.kind === 'api' && result.status === 409) tell({ kind: 'conflict' });
    else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  return {
    user,
    missing,
    self: user?.id === info.user.id,
    outcome,
    busy,
    agencyName: (agencyId: string) => agencies.find((a) => a.id === agencyId)?.name ?? agencyId,
    changeRole: (u: UserSummary, role: Role) =>
      act(
        () => changeUser(u, { role }),
        () => ({ kind: 'saved' }),
      ),
    setStatus: (u: UserSummary, status: 'active' | 'disabled') =>
      act(
        () => changeUser(u, { status }),
        () => ({ kind: 'saved' }),
      ),
    unlock: (u: UserSummary) =>
      act(
        () => unlockUser(u),
        () => ({ kind: 'saved' }),
      ),
    endSessions: (u: UserSummary) =>
      act<{ ended: number }>(
        () => endUserSessions(u),
        (data) => ({ kind: 'ended', count: data.ended }),
      ),
    makeResetLink: (u: UserSummary) =>
      act<PasswordResetLink>(
        () => makePasswordResetLink(u),
        (made) => ({ kind: 'resetLink', made }),
      ),
    resetMfa: (u: UserSummary) =>
      act(
        () => resetSecondFactor(u),
        () => ({ kind: 'mfaReset' }),
      ),
  };
}

export type UserModel = ReturnType<typeof useUser>;
