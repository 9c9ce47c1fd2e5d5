import { ROLES, type Role } from '@harbor/core';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { UserSummary } from './api';
import { ScrollRegion } from './scroll-region';
import type { UsersModel } from './use-users';

/** Every user with role, agency and status; for an administrator the actions on each row (never on their own). */
export function UsersTable({ model, users }: { model: UsersModel; users: UserSummary[] }) {
  const { t } = useMessages();
  const roleName = (role: Role) => t(`roleName.${role}` as AppMessageKey);
  return (
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
            {model.manage && <th scope="col">{t('admin.users.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === model.me.id;
            return (
              <tr key={user.id} data-testid="user-row" data-email={user.email}>
                <th scope="row">{user.displayName}</th>
                <td>{user.email}</td>
                <td>
                  {model.manage && !self ? (
                    <select
                      className="usa-select"
                      aria-label={t('admin.users.changeRole', { name: user.displayName })}
                      value={user.role}
                      disabled={model.busy}
                      onChange={(event) => void model.change(user, { role: event.target.value as Role })}
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
                <td>{model.agencyName(user.agencyId)}</td>
                <td>
                  {user.status === 'active' ? t('admin.users.active') : t('admin.users.disabled')}
                  {user.locked && <span className="usa-tag margin-left-1">{t('admin.users.locked')}</span>}
                </td>
                {model.manage && (
                  <td>
                    {!self && (
                      <ul className="usa-button-group">
                        <RowAction
                          label={user.status === 'active' ? t('admin.users.disable') : t('admin.users.enable')}
                          user={user}
                          disabled={model.busy}
                          onClick={() =>
                            void model.change(user, { status: user.status === 'active' ? 'disabled' : 'active' })
                          }
                        />
                        {user.locked && (
                          <RowAction
                            label={t('admin.users.unlock')}
                            user={user}
                            disabled={model.busy}
                            onClick={() => void model.unlock(user)}
                          />
                        )}
                        <RowAction
                          label={t('admin.users.endSessions')}
                          user={user}
                          disabled={model.busy}
                          onClick={() => void model.endSessions(user)}
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
