import { EXIT_REASONS } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { advance, type Enrollment, endEnrollment, type Program } from './api';
import { SubmitProblem } from './submit-problem';
import { useCountyToday, useSubmit } from './use-submit';

/**
 * What the team may do with an active enrollment: advance the youth to the next phase on its decision (the phase's
 * rules met, or the court ordering it), and graduation from the last phase or an exit with its reason.
 */
export function EnrollmentActions(props: { enrollment: Enrollment; program: Program; onChanged: () => Promise<void> }) {
  const { t } = useMessages();
  const { enrollment: e, program } = props;
  const last = program.phases.at(-1)?.id === e.phaseId;
  const [decision, setDecision] = useState('');
  const [ordered, setOrdered] = useState(false);
  const [graduated, setGraduated] = useState(last ? 'graduated' : 'exited');
  const [reason, setReason] = useState('');
  const [endedOn, setEndedOn] = useState(useCountyToday());
  const [note, setNote] = useState('');
  const advancing = useSubmit();
  const ending = useSubmit();
  const id = e.id;
  const onAdvance = (event: FormEvent) => {
    event.preventDefault();
    void advancing.run(
      () => advance(id, { version: e.version, teamDecision: decision, courtOrdered: ordered }),
      async () => {
        setDecision('');
        await props.onChanged();
      },
    );
  };
  const onEnd = (event: FormEvent) => {
    event.preventDefault();
    const done = graduated === 'graduated';
    void ending.run(
      () =>
        endEnrollment(id, {
          version: e.version,
          endedOn,
          graduated: done,
          ...(done || !reason ? {} : { reason: reason as (typeof EXIT_REASONS)[number] }),
          ...(note.trim() ? { note } : {}),
        }),
      props.onChanged,
    );
  };
  return (
    <div className="harbor-no-print">
      {!last && (
        <form className="usa-form" onSubmit={onAdvance} noValidate data-testid="court-advance">
          <h4>{t('courtsWeb.advance.heading')}</h4>
          <SubmitProblem submit={advancing} />
          <TextAreaField
            id={`court-decision-${id}`}
            label={t('courtsWeb.advance.decision')}
            hint={t('courtsWeb.advance.decisionHint')}
            value={decision}
            error={advancing.fields.teamDecision}
            onChange={(ev) => setDecision(ev.target.value)}
          />
          <CheckboxField
            id={`court-ordered-${id}`}
            label={t('courtsWeb.advance.ordered')}
            checked={ordered}
            onChange={setOrdered}
          />
          <button type="submit" className="usa-button margin-top-2" disabled={advancing.busy}>
            {t('courtsWeb.advance.submit')}
          </button>
        </form>
      )}
      <form className="usa-form" onSubmit={onEnd} noValidate data-testid="court-end">
        <h4>{t('courtsWeb.end.heading')}</h4>
        <SubmitProblem submit={ending} />
        <SelectField
          id={`court-end-kind-${id}`}
          label={t('courtsWeb.end.kind')}
          choose={t('youthPage.choose')}
          options={[
            ...(last ? [{ value: 'graduated', label: t('courtsWeb.end.graduated') }] : []),
            { value: 'exited', label: t('courtsWeb.end.exited') },
          ]}
          value={graduated}
          onChange={(ev) => setGraduated(ev.target.value)}
        />
        {graduated === 'exited' && (
          <SelectField
            id={`court-end-reason-${id}`}
            label={t('courtsWeb.end.reason')}
            choose={t('youthPage.choose')}
            options={EXIT_REASONS.map((r) => ({ value: r, label: t(`court.exit.${r}` as AppMessageKey) }))}
            value={reason}
            error={ending.fields.reason}
            onChange={(ev) => setReason(ev.target.value)}
          />
        )}
        <TextField
          id={`court-ended-on-${id}`}
          type="date"
          label={t('courtsWeb.end.on')}
          value={endedOn}
          error={ending.fields.endedOn}
          onChange={(ev) => setEndedOn(ev.target.value)}
        />
        <TextAreaField
          id={`court-end-note-${id}`}
          label={t('courtsWeb.end.note')}
          value={note}
          error={ending.fields.note}
          onChange={(ev) => setNote(ev.target.value)}
        />
        <button type="submit" className="usa-button usa-button--outline margin-top-2" disabled={ending.busy}>
          {t('courtsWeb.end.submit')}
        </button>
      </form>
    </div>
  );
}
