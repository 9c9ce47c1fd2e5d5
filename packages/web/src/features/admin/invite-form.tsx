import type { Role } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { UsersModel } from './use-users';

/** Inviting a person: e-mail, role and agency (a supervisor invites to their own agency only). */
export function InviteForm({ model }: { model: UsersModel }) {
  const { t } = useMessages();
  const [email, setEmail] = useState('');
  const [inviteRole, setInviteRole] = useState<Role>(
    model.invitable.includes('clinician') ? 'clinician' : model.invitable[0]!,
  );
  const [inviteAgency, setInviteAgency] = useState(model.me.agencyId);
  const roleName = (role: Role) => t(`roleName.${role}` as AppMessageKey);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await model.invite({ email, role: inviteRole, agencyId: inviteAgency })) setEmail('');
  };

  return (
    <>
      <h2>{t('admin.invite.heading')}</h2>
      <form className="usa-form" onSubmit={(event) => void submit(event)} data-testid="invite-form">
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
          {model.invitable.map((r) => (
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
          disabled={!model.manage}
          onChange={(event) => setInviteAgency(event.target.value)}
        >
          {(model.manage ? model.agencies : model.agencies.filter((a) => a.id === model.me.agencyId)).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="submit" className="usa-button" disabled={model.busy}>
          {t('admin.invite.submit')}
        </button>
      </form>
    </>
  );
}
