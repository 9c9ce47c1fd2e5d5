import { RESPONSE_KINDS } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Enrollment, logResponse } from './api';
import { SubmitProblem } from './submit-problem';
import { useCountyToday, useSubmit } from './use-submit';

/**
 * The response log: incentives, sanctions and service changes, each with the behaviour, the response, the day and the
 * team's decision. An entry about treatment is clinical: the court liaison does not see it.
 */
export function CourtResponses(props: { enrollment: Enrollment; mayWrite: boolean; onChanged: () => Promise<void> }) {
  const { t } = useMessages();
  const { enrollment: e } = props;
  const entries = e.responses ?? [];
  return (
    <section aria-labelledby={`court-responses-${e.id}`} data-testid="court-responses">
      <h4 id={`court-responses-${e.id}`}>{t('courtsWeb.responses.heading')}</h4>
      {entries.length === 0 ? (
        <p>{t('courtsWeb.responses.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {entries.map((r) => (
            <li key={r.id} className="margin-bottom-2" data-testid="court-response">
              <strong>
                {[r.occurredOn, r.kind && t(`court.response.${r.kind}` as AppMessageKey)].filter(Boolean).join(': ')}
              </strong>
              {r.behaviour === undefined ? (
                <p>{t('courtsWeb.responses.hidden')}</p>
              ) : (
                <dl className="harbor-facts">
                  <dt>{t('courtsWeb.responses.behaviour')}</dt>
                  <dd>{r.behaviour}</dd>
                  <dt>{t('courtsWeb.responses.response')}</dt>
                  <dd>{r.response}</dd>
                  <dt>{t('courtsWeb.responses.decision')}</dt>
                  <dd>{r.teamDecision}</dd>
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.mayWrite && e.status === 'active' && <ResponseForm enrollmentId={e.id} onLogged={props.onChanged} />}
    </section>
  );
}

function ResponseForm(props: { enrollmentId: string; onLogged: () => Promise<void> }) {
  const { t } = useMessages();
  const today = useCountyToday();
  const [kind, setKind] = useState('');
  const [occurredOn, setOccurredOn] = useState(today);
  const [behaviour, setBehaviour] = useState('');
  const [response, setResponse] = useState('');
  const [decision, setDecision] = useState('');
  const [clinical, setClinical] = useState(false);
  const submit = useSubmit();
  const id = props.enrollmentId;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(
      () =>
        logResponse(id, {
          kind: kind as (typeof RESPONSE_KINDS)[number],
          occurredOn,
          behaviour,
          response,
          teamDecision: decision,
          fieldClass: clinical ? 'clinical' : 'protocol',
        }),
      async () => {
        setKind('');
        setBehaviour('');
        setResponse('');
        setDecision('');
        await props.onLogged();
      },
    );
  };
  return (
    <form className="usa-form harbor-no-print" onSubmit={onSubmit} noValidate data-testid="court-response-form">
      <h5 className="font-sans-sm">{t('courtsWeb.responses.add')}</h5>
      <SubmitProblem submit={submit} />
      <SelectField
        id={`court-response-kind-${id}`}
        label={t('courtsWeb.responses.kind')}
        choose={t('youthPage.choose')}
        options={RESPONSE_KINDS.map((k) => ({ value: k, label: t(`court.response.${k}` as AppMessageKey) }))}
        value={kind}
        error={submit.fields.kind}
        onChange={(e) => setKind(e.target.value)}
      />
      <TextField
        id={`court-response-on-${id}`}
        type="date"
        label={t('courtsWeb.responses.on')}
        value={occurredOn}
        max={today}
        error={submit.fields.occurredOn}
        onChange={(e) => setOccurredOn(e.target.value)}
      />
      <TextAreaField
        id={`court-behaviour-${id}`}
        label={t('courtsWeb.responses.behaviour')}
        value={behaviour}
        error={submit.fields.behaviour}
        onChange={(e) => setBehaviour(e.target.value)}
      />
      <TextAreaField
        id={`court-response-${id}`}
        label={t('courtsWeb.responses.response')}
        value={response}
        error={submit.fields.response}
        onChange={(e) => setResponse(e.target.value)}
      />
      <TextAreaField
        id={`court-response-decision-${id}`}
        label={t('courtsWeb.responses.decision')}
        value={decision}
        error={submit.fields.teamDecision}
        onChange={(e) => setDecision(e.target.value)}
      />
      <CheckboxField
        id={`court-response-clinical-${id}`}
        label={t('courtsWeb.responses.clinical')}
        checked={clinical}
        onChange={setClinical}
      />
      <button type="submit" className="usa-button usa-button--outline margin-top-2" disabled={submit.busy}>
        {t('courtsWeb.responses.submit')}
      </button>
    </form>
  );
}
