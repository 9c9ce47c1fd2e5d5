import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import type { InvitationMade } from './api';
import { CopyLink } from './copy-link';
import { InvitationsTable } from './invitations-table';
import { InviteForm } from './invite-form';
import { useUsers } from './use-users';
import { UsersTable } from './users-table';

/** Users: search, the people with an account, the invitations waiting, and inviting someone. */
export function AdminUsersPage() {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  usePageTitle('admin.users.title');
  const model = useUsers();
  const { outcome } = model;

  const linkMade = (heading: string, email: string, made: InvitationMade) => (
    <FocusAlert type="success" heading={heading} focusKey={outcome?.attempt} testId="admin-invited">
      <p className="usa-alert__text">
        {made.emailed
          ? t('admin.invite.emailed', { email, expires: countyTime(made.expiresAt) })
          : t('admin.invite.link', { expires: countyTime(made.expiresAt) })}
      </p>
      <CopyLink label={t('admin.invite.linkLabel')} link={made.link} testId="invitation-link" />
    </FocusAlert>
  );

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('admin.users.title')}</h1>
      {outcome?.value.kind === 'invited' && linkMade(t('admin.invite.done'), outcome.value.email, outcome.value.made)}
      {outcome?.value.kind === 'resent' &&
        linkMade(t('admin.invitations.resent'), outcome.value.email, outcome.value.made)}
      {outcome?.value.kind === 'revoked' && (
        <FocusAlert
          type="success"
          heading={t('admin.invitations.revoked')}
          focusKey={outcome.attempt}
          testId="admin-saved"
        >
          <p className="usa-alert__text">{t('admin.invitations.revokedBody', { email: outcome.value.email })}</p>
        </FocusAlert>
      )}
      {outcome?.value.kind === 'problem' && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={outcome.attempt} testId="admin-problem">
          <p className="usa-alert__text">{problemText(outcome.value.problem, t, locale)}</p>
        </FocusAlert>
      )}

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t('admin.users.people')}</h2>
        <search className="harbor-search">
          <label className="usa-label" htmlFor="user-search">
            {t('admin.users.search')}
          </label>
          <input
            className="usa-input"
            id="user-search"
            type="text"
            enterKeyHint="search"
            autoComplete="off"
            spellCheck={false}
            value={model.query}
            onChange={(event) => model.setQuery(event.target.value)}
          />
        </search>
        {model.shown === null ? (
          !outcome && <p role="status">{t('admin.loading')}</p>
        ) : (
          <>
            <p role="status" data-testid="users-count">
              {model.query.trim()
                ? t('admin.users.found', { count: model.shown.length, total: model.users?.length ?? 0 })
                : t('admin.users.count', { count: model.shown.length })}
            </p>
            {model.shown.length > 0 && <UsersTable model={model} users={model.shown} />}
          </>
        )}
      </section>

      <section aria-labelledby="invitations-heading" className="harbor-section--tight">
        <h2 id="invitations-heading">{t('admin.invitations.heading')}</h2>
        {model.invitations && <InvitationsTable model={model} invitations={model.invitations} />}
      </section>

      <InviteForm model={model} />
    </div>
  );
}
