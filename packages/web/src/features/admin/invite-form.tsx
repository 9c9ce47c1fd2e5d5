import type { Role } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { message, type Problem, problemText } from '../../problems';
import { checkInvite, EMPTY_INVITE, type InviteField, type InviteValues, inviteRequest } from './invite-checks';
import type { UsersModel } from './use-users';

/**
 * Inviting a person: e-mail, role and agency, none chosen in advance. A supervisor invites into their own agency only
 * (shown, not chosen). After each invitation the form starts empty again.
 */
export function InviteForm({ model }: { model: UsersModel }) {
  const { t, locale } = useMessages();
  const ownAgencyOnly = !model.manage;
  const fresh = (): InviteValues => ({ ...EMPTY_INVITE, agencyId: ownAgencyOnly ? model.me.agencyId : '' });
  const [values, setValues] = useState<InviteValues>(fresh);
  const [problems, setProblems] = useState<Partial<Record<InviteField, Problem>>>({});
  const [summary, setSummary] = useState<{ count: number; attempt: number } | null>(null);
  const roleName = (role: Role) => t(`roleName.${role}` as AppMessageKey);
  const agencies = ownAgencyOnly ? model.agencies.filter((a) => a.id === model.me.agencyId) : model.agencies;
  const set = (field: InviteField) => (event: { target: { value: string } }) =>
    setValues((was) => ({ ...was, [field]: event.target.value }));
  const error = (field: InviteField) => {
    const problem = problems[field];
    return problem ? problemText(problem, t, locale) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkInvite(values, { roles: model.invitable, agencies: agencies.map((a) => a.id) });
    setProblems(found);
    const count = Object.keys(found).length;
    setSummary(count > 0 ? { count, attempt: (summary?.attempt ?? 0) + 1 } : null);
    if (count > 0) return;
    if (await model.invite(inviteRequest(values))) {
      setValues(fresh());
      setProblems({});
    }
  };

  const selectGroup = (field: 'role' | 'agencyId', label: string, options: { value: string; name: string }[]) => (
    <div className={problems[field] ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
      <label className={problems[field] ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={`invite-${field}`}>
        {label}
      </label>
      {problems[field] && (
        <span className="usa-error-message" id={`invite-${field}-error`}>
          {error(field)}
        </span>
      )}
      <select
        className={problems[field] ? 'usa-select usa-input--error' : 'usa-select'}
        id={`invite-${field}`}
        name={field}
        value={values[field]}
        onChange={set(field)}
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={problems[field] ? `invite-${field}-error` : undefined}
      >
        <option value="">{t('admin.invite.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="invite-heading" className="harbor-section--tight">
      <h2 id="invite-heading">{t('admin.invite.heading')}</h2>
      <p className="harbor-measure">{t(model.manage ? 'admin.invite.intro' : 'admin.invite.introSupervisor')}</p>
      {summary && (
        <FocusAlert type="error" heading={t('admin.invite.problem')} focusKey={summary.attempt} testId="invite-problem">
          <p className="usa-alert__text">
            {problemText(message('signIn.error.fields', { count: summary.count }), t, locale)}
          </p>
        </FocusAlert>
      )}
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)} data-testid="invite-form">
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={t('admin.invite.email')}
          error={error('email')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={254}
          value={values.email}
          onChange={set('email')}
        />
        {selectGroup(
          'role',
          t('admin.invite.role'),
          model.invitable.map((r) => ({ value: r, name: roleName(r) })),
        )}
        {ownAgencyOnly ? (
          <p className="usa-form-group" data-testid="invite-agency">
            {t('admin.invite.ownAgency', { agency: model.me.agencyName })}
          </p>
        ) : (
          selectGroup(
            'agencyId',
            t('admin.invite.agency'),
            agencies.map((a) => ({ value: a.id, name: a.name })),
          )
        )}
        <button type="submit" className="usa-button" disabled={model.busy}>
          {t('admin.invite.submit')}
        </button>
      </form>
    </section>
  );
}
