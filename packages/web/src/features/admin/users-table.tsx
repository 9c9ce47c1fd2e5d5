import type { Role } from '@harbor/core';
import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { UserSummary } from './api';
import { EmailText } from './email-text';
import { ScrollRegion } from './scroll-region';
import type { UsersModel } from './use-users';

/**
 * The people with an account: name, e-mail, role and agency (one column, as in the invitations), and status with its
 * marks one under another, so that the table reads whole at 1280 px; on a phone each person is a block of labelled
 * lines (USWDS stacked table), and in between it scrolls in its own region if it must. For an administrator each name
 * leads to the person's page, where their account is managed.
 */
export function UsersTable({ model, users }: { model: UsersModel; users: UserSummary[] }) {
  const { t } = useMessages();
  const roleName = (role: Role) => t(`roleName.${role}` as AppMessageKey);
  return (
    <ScrollRegion label={t('admin.users.caption')}>
      <table
        className="usa-table usa-table--borderless usa-table--stacked-header harbor-table width-full"
        data-testid="users-table"
      >
        <caption>{t('admin.users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.name')}</th>
            <th scope="col">{t('admin.users.email')}</th>
            <th scope="col">{t('admin.invitations.for')}</th>
            <th scope="col">{t('admin.users.status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid="user-row" data-email={user.email}>
              <th scope="row" data-label={t('admin.users.name')}>
                {model.manage ? (
                  <Link className="usa-link" to={`/app/admin/users/${encodeURIComponent(user.id)}`}>
                    {user.displayName}
                  </Link>
                ) : (
                  user.displayName
                )}
              </th>
              <td data-label={t('admin.users.email')}>
                <EmailText email={user.email} />
              </td>
              <td data-label={t('admin.invitations.for')}>
                {roleName(user.role)}
                <span className="display-block harbor-table__secondary">{model.agencyName(user.agencyId)}</span>
              </td>
              <td data-label={t('admin.users.status')}>
                <span className="display-block">
                  {user.status === 'active' ? t('admin.users.active') : t('admin.users.disabled')}
                </span>
                {user.locked && <span className="usa-tag harbor-tag">{t('admin.users.locked')}</span>}
                {!user.mfaEnrolled && user.status === 'active' && (
                  <span className="usa-tag harbor-tag harbor-tag--quiet">{t('admin.users.noMfa')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
