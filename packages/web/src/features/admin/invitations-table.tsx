import type { Role } from '@harbor/core';
import { ButtonGroup } from '../../components/button-group';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { PendingInvitation } from './api';
import { EmailText } from './email-text';
import { ScrollRegion } from './scroll-region';
import type { UsersModel } from './use-users';

/**
 * Invitations not accepted yet, newest first: who, for which role and agency, until when; send again or withdraw. On a
 * phone each invitation is a block of labelled lines (USWDS stacked table).
 */
export function InvitationsTable({ model, invitations }: { model: UsersModel; invitations: PendingInvitation[] }) {
  const { t } = useMessages();
  const countyTime = useCountyTime();
  const roleName = (role: Role) => t(`roleName.${role}` as AppMessageKey);
  /** Send again or withdraw, its name saying whose invitation (the e-mail, read by a screen reader). */
  const rowAction = (
    invitation: PendingInvitation,
    label: 'admin.invitations.resend' | 'admin.invitations.revoke',
    run: (invitation: PendingInvitation) => Promise<void>,
  ) => (
    <button
      type="button"
      className="usa-button usa-button--unstyled"
      disabled={model.busy}
      onClick={() => void run(invitation)}
    >
      {t(label)}
      <span className="usa-sr-only"> {t('admin.invitations.forEmail', { email: invitation.email })}</span>
    </button>
  );
  if (invitations.length === 0) return <p data-testid="invitations-empty">{t('admin.invitations.empty')}</p>;
  return (
    <ScrollRegion label={t('admin.invitations.caption')}>
      <table
        className="usa-table usa-table--borderless usa-table--stacked-header harbor-table width-full"
        data-testid="invitations-table"
      >
        <caption>{t('admin.invitations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.email')}</th>
            <th scope="col">{t('admin.invitations.for')}</th>
            <th scope="col">{t('admin.invitations.invitedBy')}</th>
            <th scope="col">{t('admin.invitations.until')}</th>
            <th scope="col">{t('admin.users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
              <th scope="row" data-label={t('admin.users.email')}>
                <EmailText email={invitation.email} />
              </th>
              <td data-label={t('admin.invitations.for')}>
                {roleName(invitation.role)}
                <span className="display-block harbor-table__secondary">{model.agencyName(invitation.agencyId)}</span>
              </td>
              <td data-label={t('admin.invitations.invitedBy')}>{invitation.invitedBy ?? '—'}</td>
              <td data-label={t('admin.invitations.until')}>
                {invitation.expired ? (
                  <span className="usa-tag harbor-tag">{t('admin.invitations.expired')}</span>
                ) : (
                  countyTime(invitation.expiresAt)
                )}
              </td>
              <td data-label={t('admin.users.actions')}>
                <ButtonGroup className="harbor-row-actions">
                  {rowAction(invitation, 'admin.invitations.resend', model.resend)}
                  {rowAction(invitation, 'admin.invitations.revoke', model.revoke)}
                </ButtonGroup>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
