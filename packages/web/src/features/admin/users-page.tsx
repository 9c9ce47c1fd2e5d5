import { FocusAlert } from '../../components/focus-alert';
import { formatDateTime } from '../../format';
import { useMessages } from '../../i18n';
import { problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { InviteForm } from './invite-form';
import { useUsers } from './use-users';
import { UsersTable } from './users-table';

/** Users: the table, an invitation form, and per user role, status, unlock and end sessions. */
export function AdminUsersPage() {
  const { t, locale } = useMessages();
  usePageTitle('admin.users.title');
  const model = useUsers();
  const { outcome } = model;

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

      {model.users === null ? (
        !outcome && <p role="status">{t('admin.loading')}</p>
      ) : (
        <UsersTable model={model} users={model.users} />
      )}

      <InviteForm model={model} />
    </div>
  );
}
