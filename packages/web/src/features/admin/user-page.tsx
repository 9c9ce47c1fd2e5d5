import { ROLES, type Role } from '@harbor/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import { ConfirmAction } from './confirm-action';
import { CopyLink } from './copy-link';
import { type UserModel, useUser } from './use-user';

/**
 * One person's account, for an administrator: who they are, their role and status, and help with signing in (unlock,
 * end sessions, a password reset link, a reset of two-step verification).
 */
export function AdminUserPage() {
  const { t } = useMessages();
  usePageTitle('admin.user.title');
  const { id = '' } = useParams();
  const model = useUser(id);
  const { user } = model;

  return (
    <div className="grid-container usa-section harbor-page">
      <p>
        <Link className="usa-link" to="/app/admin/users">
          {t('admin.user.back')}
        </Link>
      </p>
      {user ? (
        <UserAccount model={model} />
      ) : model.missing ? (
        <>
          <h1>{t('admin.user.title')}</h1>
          <FocusAlert type="error" heading={t('admin.user.missing')} testId="admin-problem">
            <p className="usa-alert__text">{t('admin.user.missingBody')}</p>
          </FocusAlert>
        </>
      ) : (
        <>
          <h1>{t('admin.user.title')}</h1>
          <p role="status">{t('admin.loading')}</p>
        </>
      )}
    </div>
  );
}

function UserAccount({ model }: { model: UserModel }) {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  const user = model.user!;
  const { outcome } = model;
  const [role, setRole] = useState<Role>(user.role);
  useEffect(() => setRole(user.role), [user.role]);
  const roleName = (r: Role) => t(`roleName.${r}` as AppMessageKey);
  const name = user.displayName;

  return (
    <>
      <h1>{name}</h1>
      {outcome?.value.kind === 'saved' && (
        <FocusAlert type="success" heading={t('admin.saved')} focusKey={outcome.attempt} testId="admin-saved" />
      )}
      {outcome?.value.kind === 'ended' && (
        <FocusAlert type="success" heading={t('admin.saved')} focusKey={outcome.attempt} testId="admin-saved">
          <p className="usa-alert__text">{t('admin.users.ended', { count: outcome.value.count })}</p>
        </FocusAlert>
      )}
      {outcome?.value.kind === 'mfaReset' && (
        <FocusAlert type="success" heading={t('admin.user.mfa.done')} focusKey={outcome.attempt} testId="admin-saved">
          <p className="usa-alert__text">{t('admin.user.mfa.doneBody', { name })}</p>
        </FocusAlert>
      )}
      {outcome?.value.kind === 'resetLink' && (
        <FocusAlert
          type="success"
          heading={t('admin.user.reset.done')}
          focusKey={outcome.attempt}
          testId="admin-reset-link"
        >
          <p className="usa-alert__text">
            {t('admin.user.reset.doneBody', { name, expires: countyTime(outcome.value.made.expiresAt) })}
          </p>
          <CopyLink label={t('admin.user.reset.linkLabel')} link={outcome.value.made.link} testId="reset-link" />
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

      <dl className="harbor-facts" data-testid="user-facts">
        <dt>{t('admin.users.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('admin.users.role')}</dt>
        <dd>{roleName(user.role)}</dd>
        <dt>{t('admin.users.agency')}</dt>
        <dd>{model.agencyName(user.agencyId)}</dd>
        <dt>{t('admin.users.status')}</dt>
        <dd data-testid="user-status">
          {user.status === 'active' ? t('admin.users.active') : t('admin.users.disabled')}
          {user.locked && <span className="usa-tag harbor-tag">{t('admin.users.locked')}</span>}
        </dd>
        <dt>{t('admin.user.mfa.label')}</dt>
        <dd data-testid="user-mfa">{user.mfaEnrolled ? t('admin.user.mfa.on') : t('admin.user.mfa.off')}</dd>
      </dl>

      {model.self ? (
        <div className="usa-alert usa-alert--info usa-alert--slim harbor-alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('admin.user.self')}</p>
          </div>
        </div>
      ) : (
        <>
          <section aria-labelledby="role-heading" className="harbor-panel">
            <h2 id="role-heading">{t('admin.user.role.heading')}</h2>
            <form
              className="usa-form"
              onSubmit={(event) => {
                event.preventDefault();
                void model.changeRole(user, role);
              }}
            >
              <label className="usa-label" htmlFor="user-role">
                {t('admin.user.role.label', { name })}
              </label>
              <select
                className="usa-select"
                id="user-role"
                value={role}
                onChange={(event) => setRole(event.target.value as Role)}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleName(r)}
                  </option>
                ))}
              </select>
              <button type="submit" className="usa-button" disabled={model.busy || role === user.role}>
                {t('admin.user.role.save')}
              </button>
            </form>
          </section>

          <section aria-labelledby="signin-heading" className="harbor-panel">
            <h2 id="signin-heading">{t('admin.user.signIn.heading')}</h2>
            {user.locked && (
              <>
                <h3>{t('admin.user.unlock.heading')}</h3>
                <p className="harbor-measure">{t('admin.user.unlock.body')}</p>
                <button
                  type="button"
                  className="usa-button usa-button--outline"
                  disabled={model.busy}
                  onClick={() => void model.unlock(user)}
                >
                  {t('admin.users.unlock')}
                </button>
              </>
            )}
            <h3>{t('admin.user.reset.heading')}</h3>
            <p className="harbor-measure">{t('admin.user.reset.body', { name })}</p>
            <button
              type="button"
              className="usa-button usa-button--outline"
              disabled={model.busy || user.status !== 'active'}
              onClick={() => void model.makeResetLink(user)}
              data-testid="make-reset-link"
            >
              {t('admin.user.reset.button')}
            </button>
            <h3>{t('admin.user.mfa.heading')}</h3>
            <p className="harbor-measure">{t('admin.user.mfa.body', { name })}</p>
            <ConfirmAction
              label={t('admin.user.mfa.button')}
              question={t('admin.user.mfa.question', { name })}
              confirmLabel={t('admin.user.mfa.confirm')}
              disabled={model.busy}
              onConfirm={() => model.resetMfa(user)}
              testId="reset-mfa"
            />
            <h3>{t('admin.user.sessions.heading')}</h3>
            <p className="harbor-measure">{t('admin.user.sessions.body', { name })}</p>
            <button
              type="button"
              className="usa-button usa-button--outline"
              disabled={model.busy}
              onClick={() => void model.endSessions(user)}
            >
              {t('admin.users.endSessions')}
            </button>
          </section>

          <section aria-labelledby="status-heading" className="harbor-panel">
            <h2 id="status-heading">{t('admin.user.status.heading')}</h2>
            {user.status === 'active' ? (
              <>
                <p className="harbor-measure">{t('admin.user.status.disableBody', { name })}</p>
                <ConfirmAction
                  label={t('admin.users.disable')}
                  question={t('admin.user.status.question', { name })}
                  confirmLabel={t('admin.user.status.confirm')}
                  disabled={model.busy}
                  onConfirm={() => model.setStatus(user, 'disabled')}
                  testId="disable-user"
                />
              </>
            ) : (
              <>
                <p className="harbor-measure">{t('admin.user.status.enableBody', { name })}</p>
                <button
                  type="button"
                  className="usa-button"
                  disabled={model.busy}
                  onClick={() => void model.setStatus(user, 'active')}
                >
                  {t('admin.users.enable')}
                </button>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
