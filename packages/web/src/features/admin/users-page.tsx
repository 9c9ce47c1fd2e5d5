import { ROLES, type Role } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { FocusAlert } from '../../components/focus-alert';
import { formatDateTime } from '../../format';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import type { Agency } from './api';
import { ScrollRegion } from './scroll-region';

interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  agencyId: string;
  status: 'active' | 'disabled';
  locked: boolean;
  mfaEnrolled: boolean;
  version: number;
}

type Outcome =
  | { kind: 'saved' }
  | { kind: 'ended'; count: number }
  | { kind: 'conflict' }
  | { kind: 'invited'; link: string; expiresAt: string }
  | { kind: 'problem'; problem: Problem };

/** Users: the table, an invitation form, and per user role, status, unlock and end sessions. */
export function AdminUsersPage() {
  const { t, locale } = useMessages();
  usePageTitle('admin.users.title');
  const info = useSignedIn();
  const manage = roleMay(info.user.role, 'users.manage');
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [outcome, setOutcome] = useState<{ value: Outcome; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState('');
  const invitable = ROLES.filter((r) => manage || r !== 'admin');
  const [inviteRole, setInviteRole] = useState<Role>(invitable.includes('clinician') ? 'clinician' : invitable[0]!);
  const [inviteAgency, setInviteAgency] = useState(info.user.agencyId);
  const tell = useCallback((value: Outcome) => setOutcome((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })), []);

  const load = useCallback(async () => {
    const [u, a] = await Promise.all([api.get<UserSummary[]>('/api/v1/users'), api.get<Agency[]>('/api/v1/agencies')]);
    if (u.ok) setUsers(u.data);
    else tell({ kind: 'problem', problem: problemOf(u) });
    if (a.ok) setAgencies(a.data);
  }, [tell]);
  useEffect(() => {
    void load();
  }, [load]);

  const agencyName = (id: string) => agencies.find((a) => a.id === id)?.name ?? id;

  const change = async (user: UserSummary, body: { role?: Role; status?: 'active' | 'disabled' }) => {
    setBusy(true);
    const result = await api.patch<UserSummary>(`/api/v1/users/${encodeURIComponent(user.id)}`, {
      version: user.version,
      ...body,
    });
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
    const result = await api.post(`/api/v1/users/${encodeURIComponent(user.id)}/unlock`);
    setBusy(false);
    if (result.ok) tell({ kind: 'saved' });
    else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  const endSessions = async (user: UserSummary) => {
    setBusy(true);
    const result = await api.delete<{ ended: number }>(`/api/v1/users/${encodeURIComponent(user.id)}/sessions`);
    setBusy(false);
    if (result.ok) tell({ kind: 'ended', count: result.data.ended });
    else tell({ kind: 'problem', problem: problemOf(result) });
  };

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.post<{ id: string; link: string; expiresAt: string }>('/api/v1/invitations', {
      email,
      role: inviteRole,
      agencyId: inviteAgency,
    });
    setBusy(false);
    if (result.ok) {
      setEmail('');
      tell({ kind: 'invited', link: result.data.link, expiresAt: result.data.expiresAt });
    } else tell({ kind: 'problem', problem: problemOf(result) });
  };

  const roleName = (role: Role) => t(`roleName.${role}` as AppMessageKey);

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('admin.users.title')}</h1>
      {outcome?.value.kind === 'saved' && (
        <FocusAlert type="success" heading={t('admin.saved')} focusKey={outcome.attempt} testId="admin-saved" />
      )}
      {outcome?.value.kind === 'ended' && (
        <FocusAlert type="success" heading={t('admin.saved')} focusKey={outcome.attempt} testId="admin-saved">
          <p className="usa-alert__text">{t('admin.users.ended', { count: outcome.value.count })}</p>
        </FocusAlert>
      )}
      {outcome?.value.kind === 'conflict' && (
        <FocusAlert
          type="warning"
          heading={t('admin.error.heading')}
          focusKey={outcome.attempt}
          testId="admin-conflict"
        >
          <p className="usa-alert__text">{t('admin.conflict')}</p>
        </FocusAlert>
      )}
      {outcome?.value.kind === 'problem' && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={outcome.attempt} testId="admin-problem">
          <p className="usa-alert__text">{problemText(outcome.value.problem, t, locale)}</p>
        </FocusAlert>
      )}
      {outcome?.value.kind === 'invited' && (
        <FocusAlert type="success" heading={t('admin.invite.done')} focusKey={outcome.attempt} testId="admin-invited">
          <p className="usa-alert__text">
            {t('admin.invite.link', { expires: formatDateTime(outcome.value.expiresAt, locale) })}
          </p>
          <label className="usa-label" htmlFor="invitation-link">
            {t('admin.invite.linkLabel')}
          </label>
          <input
            className="usa-input"
            id="invitation-link"
            readOnly
            value={outcome.value.link}
            data-testid="invitation-link"
          />
        </FocusAlert>
      )}

      {users === null ? (
        !outcome && <p role="status">{t('admin.loading')}</p>
      ) : (
        <ScrollRegion label={t('admin.users.caption')}>
          <table className="usa-table usa-table--borderless" data-testid="users-table">
            <caption>{t('admin.users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.agency')}</th>
                <th scope="col">{t('admin.users.status')}</th>
                {manage && <th scope="col">{t('admin.users.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const self = user.id === info.user.id;
                return (
                  <tr key={user.id} data-testid="user-row" data-email={user.email}>
                    <th scope="row">{user.displayName}</th>
                    <td>{user.email}</td>
                    <td>
                      {manage && !self ? (
                        <select
                          className="usa-select"
                          aria-label={t('admin.users.changeRole', { name: user.displayName })}
                          value={user.role}
                          disabled={busy}
                          onChange={(event) => void change(user, { role: event.target.value as Role })}
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {roleName(r)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        roleName(user.role)
                      )}
                    </td>
                    <td>{agencyName(user.agencyId)}</td>
                    <td>
                      {user.status === 'active' ? t('admin.users.active') : t('admin.users.disabled')}
                      {user.locked && <span className="usa-tag margin-left-1">{t('admin.users.locked')}</span>}
                    </td>
                    {manage && (
                      <td>
                        {!self && (
                          <ul className="usa-button-group">
                            <RowAction
                              label={user.status === 'active' ? t('admin.users.disable') : t('admin.users.enable')}
                              user={user}
                              disabled={busy}
                              onClick={() =>
                                void change(user, { status: user.status === 'active' ? 'disabled' : 'active' })
                              }
                            />
                            {user.locked && (
                              <RowAction
                                label={t('admin.users.unlock')}
                                user={user}
                                disabled={busy}
                                onClick={() => void unlock(user)}
                              />
                            )}
                            <RowAction
                              label={t('admin.users.endSessions')}
                              user={user}
                              disabled={busy}
                              onClick={() => void endSessions(user)}
                            />
                          </ul>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <h2>{t('admin.invite.heading')}</h2>
      <form className="usa-form" onSubmit={(event) => void invite(event)} data-testid="invite-form">
        <label className="usa-label" htmlFor="invite-email">
          {t('admin.invite.email')}
        </label>
        <input
          className="usa-input"
          id="invite-email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
        />
        <label className="usa-label" htmlFor="invite-role">
          {t('admin.invite.role')}
        </label>
        <select
          className="usa-select"
          id="invite-role"
          value={inviteRole}
          onChange={(event) => setInviteRole(event.target.value as Role)}
        >
          {invitable.map((r) => (
            <option key={r} value={r}>
              {roleName(r)}
            </option>
          ))}
        </select>
        <label className="usa-label" htmlFor="invite-agency">
          {t('admin.invite.agency')}
        </label>
        <select
          className="usa-select"
          id="invite-agency"
          value={inviteAgency}
          disabled={!manage}
          onChange={(event) => setInviteAgency(event.target.value)}
        >
          {(manage ? agencies : agencies.filter((a) => a.id === info.user.agencyId)).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="submit" className="usa-button" disabled={busy}>
          {t('admin.invite.submit')}
        </button>
      </form>
    </div>
  );
}

/** One action on a user's row; screen readers hear which user it is for. */
function RowAction(props: { label: string; user: UserSummary; disabled: boolean; onClick: () => void }) {
  const { t } = useMessages();
  return (
    <li className="usa-button-group__item">
      <button
        type="button"
        className="usa-button usa-button--outline"
        disabled={props.disabled}
        onClick={props.onClick}
      >
        {props.label}
        <span className="usa-sr-only"> {t('admin.users.forUser', { name: props.user.displayName })}</span>
      </button>
    </li>
  );
}
