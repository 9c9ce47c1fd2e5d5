import type { Role } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { FocusAlert } from '../../components/focus-alert';
import { SelectField } from '../../components/select-field';
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
        <SelectField
          id="invite-role"
          name="role"
          label={t('admin.invite.role')}
          choose={t('admin.invite.choose')}
          options={model.invitable.map((r) => ({ value: r, label: roleName(r) }))}
          error={error('role')}
          value={values.role}
          onChange={set('role')}
        />
        {ownAgencyOnly ? (
          <p className="usa-form-group" data-testid="invite-agency">
            {t('admin.invite.ownAgency', { agency: model.me.agencyName })}
          </p>
        ) : (
          <SelectField
            id="invite-agencyId"
            name="agencyId"
            label={t('admin.invite.agency')}
            choose={t('admin.invite.choose')}
            options={agencies.map((a) => ({ value: a.id, label: a.name }))}
            error={error('agencyId')}
            value={values.agencyId}
            onChange={set('agencyId')}
          />
        )}
        <button type="submit" className="usa-button" disabled={model.busy}>
          {t('admin.invite.submit')}
        </button>
      </form>
    </section>
  );
}
