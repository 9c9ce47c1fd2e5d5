import type { BreakGlassDisposition } from '@harbor/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { type BreakGlassGrant, type BreakGlassReview, recordBreakGlassReview } from './api';

/** What saving a review came to, for the page: saved (the new review), or someone changed it meanwhile. */
export type ReviewSaved = { kind: 'saved'; review: BreakGlassReview } | { kind: 'conflict' };

/**
 * The supervisor's review of one emergency access: justified, or follow-up needed with a note saying what. It starts
 * from the agency's current review; saving names the version it started from, so a change made meanwhile by someone
 * else at the agency is not overwritten (the page reloads the list and this form says so, keeping what was typed).
 */
export function BreakGlassReviewForm({
  grant,
  conflict,
  onSaved,
  onCancel,
}: {
  grant: BreakGlassGrant;
  /** Someone changed the review meanwhile (a count, so the warning takes focus again on each conflict). */
  conflict: number;
  onSaved: (outcome: ReviewSaved) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useMessages();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [disposition, setDisposition] = useState<BreakGlassDisposition | null>(grant.review?.disposition ?? null);
  const [note, setNote] = useState(grant.review?.note ?? '');
  const [errors, setErrors] = useState<{ disposition?: boolean; note?: boolean }>({});
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = { disposition: disposition === null, note: disposition === 'follow_up' && note.trim() === '' };
    setErrors(missing);
    if (missing.disposition || missing.note || disposition === null) {
      document.getElementById(missing.disposition ? `${id}-justified` : `${id}-note`)?.focus();
      return;
    }
    setBusy(true);
    const result = await recordBreakGlassReview(grant, { disposition, note: note.trim() });
    setBusy(false);
    if (result.ok) onSaved({ kind: 'saved', review: result.data });
    else if (result.kind === 'api' && result.status === 409) onSaved({ kind: 'conflict' });
    else setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
  };

  const choice = (
    value: BreakGlassDisposition,
    key: 'admin.breakGlass.form.justified' | 'admin.breakGlass.form.followUp',
  ) => (
    <div className="usa-radio">
      <input
        className="usa-radio__input"
        type="radio"
        id={`${id}-${value === 'justified' ? 'justified' : 'follow-up'}`}
        name={`${id}-disposition`}
        value={value}
        checked={disposition === value}
        onChange={() => setDisposition(value)}
        aria-describedby={errors.disposition ? `${id}-disposition-error` : undefined}
      />
      <label className="usa-radio__label" htmlFor={`${id}-${value === 'justified' ? 'justified' : 'follow-up'}`}>
        {t(key)}
      </label>
    </div>
  );

  return (
    <form className="usa-form harbor-review-form" onSubmit={submit} noValidate data-testid="break-glass-review-form">
      <h2 className="font-heading-md margin-top-0" ref={heading} tabIndex={-1}>
        {t('admin.breakGlass.form.heading', { name: grant.userName })}
      </h2>
      {conflict > 0 && (
        <FocusAlert type="warning" heading={t('admin.error.heading')} focusKey={conflict} testId="break-glass-conflict">
          <p className="usa-alert__text">{t('admin.breakGlass.conflict')}</p>
        </FocusAlert>
      )}
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt} testId="admin-problem">
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <fieldset className={errors.disposition ? 'usa-fieldset usa-form-group usa-form-group--error' : 'usa-fieldset'}>
        <legend className="usa-legend">{t('admin.breakGlass.form.disposition')}</legend>
        {errors.disposition && (
          <span className="usa-error-message" id={`${id}-disposition-error`}>
            {t('admin.breakGlass.form.chooseOne')}
          </span>
        )}
        {choice('justified', 'admin.breakGlass.form.justified')}
        {choice('follow_up', 'admin.breakGlass.form.followUp')}
      </fieldset>
      <div className={errors.note ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
        <label className={errors.note ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={`${id}-note`}>
          {t('admin.breakGlass.form.note')}
        </label>
        <div className="usa-hint" id={`${id}-note-hint`}>
          {t('admin.breakGlass.form.noteHint')}
        </div>
        {errors.note && (
          <span className="usa-error-message" id={`${id}-note-error`}>
            {t('admin.breakGlass.form.noteRequired')}
          </span>
        )}
        <textarea
          className={errors.note ? 'usa-textarea usa-input--error' : 'usa-textarea'}
          id={`${id}-note`}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${id}-note-hint ${id}-note-error` : `${id}-note-hint`}
        />
      </div>
      <ButtonGroup className="margin-top-2">
        <button type="submit" className="usa-button" disabled={busy}>
          {t('admin.breakGlass.form.save')}
        </button>
        <button type="button" className="usa-button usa-button--outline" onClick={onCancel}>
          {t('admin.breakGlass.form.cancel')}
        </button>
      </ButtonGroup>
    </form>
  );
}
