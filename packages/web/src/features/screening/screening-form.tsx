import type { InstrumentDefinition } from '@harbor/core';
import { ButtonGroup } from '../../components/button-group';
import { ErrorSummary } from '../../components/error-summary';
import { useMessages } from '../../i18n';
import { useOnline } from '../../offline/online';
import type { LocalScreening } from '../../offline/records';
import { ConflictPanel } from './conflict-panel';
import { CorrectionReason } from './correction-reason';
import { CrisisAlert } from './crisis-alert';
import { FormNotice } from './form-notice';
import { REASON_ID } from './form-problems';
import { ItemField } from './item-field';
import { RecordFacts } from './record-facts';
import { StepIndicator } from './step-indicator';
import { inLocale } from './text';
import { useScreeningForm } from './use-screening-form';

/** The form of one record kept on this device: step by step, or the conflict to settle first. */
export function ScreeningForm({ initial, instrument }: { initial: LocalScreening; instrument: InstrumentDefinition }) {
  const { t, locale } = useMessages();
  const online = useOnline();
  const form = useScreeningForm(initial, instrument);
  const { record, busy, errors, stepIndex } = form;

  return (
    <div className="grid-container usa-section harbor-page harbor-screening">
      <h1>{inLocale(instrument.title, locale)}</h1>
      <RecordFacts record={record} online={online} />
      <FormNotice notice={form.notice.value} attempt={form.notice.attempt} />

      {record.conflict ? (
        <ConflictPanel
          instrument={instrument}
          mine={form.answers}
          conflict={record.conflict}
          busy={busy}
          onKeepMine={form.keepMine}
          onTakeServer={form.takeServer}
        />
      ) : (
        <>
          {form.summary && (
            <ErrorSummary
              heading={t('screeningForm.errors.heading')}
              entries={form.summary.entries}
              focusKey={form.summary.attempt}
              onFollow={form.follow}
            />
          )}
          <StepIndicator
            steps={form.steps.map((d) => inLocale(d.title, locale))}
            current={stepIndex}
            headingRef={form.heading}
          />
          {form.crisis && !form.crisisInThisStep && <CrisisAlert id="crisis-step-top" />}
          <form className="usa-form usa-form--large harbor-screening__form" noValidate onSubmit={form.onSubmit}>
            {form.domain.items
              .filter((item) => form.visible.has(item.id))
              .map((item) => (
                <ItemField
                  key={item.id}
                  item={item}
                  value={form.answers[item.id]}
                  onChange={(value) => form.answer(item.id, value)}
                  error={errors[item.id]}
                  t={t}
                  locale={locale}
                  after={form.positiveSafety(item.id) ? <CrisisAlert id={`crisis-${item.id}`} /> : null}
                />
              ))}
            {form.last && record.kind === 'correction' && (
              <CorrectionReason value={form.reason} error={errors[REASON_ID]} onChange={form.setReason} />
            )}
            <ButtonGroup className="harbor-screening__actions">
              {stepIndex > 0 && (
                <button type="button" className="usa-button usa-button--outline" onClick={form.back} disabled={busy}>
                  {t('screeningForm.action.back')}
                </button>
              )}
              <button type="submit" className="usa-button" disabled={busy}>
                {form.last ? t('screeningForm.action.complete') : t('screeningForm.action.next')}
              </button>
              <button
                type="button"
                className="usa-button usa-button--unstyled"
                onClick={form.saveDraft}
                disabled={busy}
              >
                {t('screeningForm.action.saveDraft')}
              </button>
            </ButtonGroup>
            {busy && (
              <p role="status" className="harbor-screening__busy">
                {t('screeningForm.action.sending')}
              </p>
            )}
          </form>
        </>
      )}
    </div>
  );
}
