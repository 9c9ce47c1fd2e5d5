import { APPEARANCE_ROLES, HEARING_OUTCOMES } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Hearing, recordHearing } from './api';
import { SubmitProblem } from './submit-problem';
import { useSubmit } from './use-submit';

/** Records a hearing: who appeared, the outcome and the next date (a weekly program sets it a week later if left empty). */
export function HearingRecordForm(props: { hearing: Hearing; onRecorded: () => Promise<void> }) {
  const { t } = useMessages();
  const h = props.hearing;
  const [appeared, setAppeared] = useState<string[]>([]);
  const [outcome, setOutcome] = useState('');
  const [nextOn, setNextOn] = useState('');
  const submit = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(
      () =>
        recordHearing(h.id, {
          version: h.version,
          appeared: appeared as (typeof APPEARANCE_ROLES)[number][],
          outcome: outcome as (typeof HEARING_OUTCOMES)[number],
          ...(nextOn ? { nextOn } : {}),
        }),
      props.onRecorded,
    );
  };
  return (
    <form className="usa-form harbor-no-print" onSubmit={onSubmit} noValidate data-testid="court-record">
      <h5 className="font-sans-sm">{t('courtsWeb.record.heading', { day: h.hearingOn })}</h5>
      <SubmitProblem submit={submit} />
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{t('courtsWeb.hearing.appeared')}</legend>
        {APPEARANCE_ROLES.map((role) => (
          <CheckboxField
            key={role}
            id={`court-appeared-${h.id}-${role}`}
            className=""
            label={t(`court.appeared.${role}` as AppMessageKey)}
            checked={appeared.includes(role)}
            onChange={(on) => setAppeared((a) => (on ? [...a, role] : a.filter((r) => r !== role)))}
          />
        ))}
      </fieldset>
      <SelectField
        id={`court-outcome-${h.id}`}
        label={t('courtsWeb.hearing.outcome')}
        choose={t('youthPage.choose')}
        options={HEARING_OUTCOMES.map((o) => ({ value: o, label: t(`court.outcome.${o}` as AppMessageKey) }))}
        value={outcome}
        error={submit.fields.outcome}
        onChange={(e) => setOutcome(e.target.value)}
      />
      <TextField
        id={`court-next-on-${h.id}`}
        type="date"
        label={t('courtsWeb.hearing.next')}
        hint={t('courtsWeb.record.nextHint')}
        value={nextOn}
        error={submit.fields.nextOn}
        onChange={(e) => setNextOn(e.target.value)}
      />
      <button type="submit" className="usa-button margin-top-2" disabled={submit.busy}>
        {t('courtsWeb.record.submit')}
      </button>
    </form>
  );
}
