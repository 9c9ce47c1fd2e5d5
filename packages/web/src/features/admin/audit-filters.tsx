import { parseYouthRecordReference, youthRecordReference } from '@harbor/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n';
import type { Filters } from './api';
import { EVENTS_BY_GROUP, eventGroupKey, eventKey } from './audit-words';
import type { AuditLogModel } from './use-audit-log';
import { YouthPicker } from './youth-picker';

/**
 * The audit log's filters: a person (from the people the reader may list), a youth (by name for readers who may search
 * youth, by the record's reference for everyone), an event in words, and dates. They wrap into columns on wide screens.
 */
export function AuditFilters({ model }: { model: AuditLogModel }) {
  const { t } = useMessages();
  const [draft, setDraft] = useState<Filters>(model.filters);
  const [refError, setRefError] = useState(false);
  // After picking a youth the list of matches goes away: focus moves to what was chosen.
  const chosenRef = useRef<HTMLParagraphElement>(null);
  const [picked, setPicked] = useState(0);
  useEffect(() => {
    if (picked > 0) chosenRef.current?.focus();
  }, [picked]);
  // After "any youth", the first field of the youth filter takes focus (the button that had it went away).
  const youthRef = useRef<HTMLFieldSetElement>(null);
  const [cleared, setCleared] = useState(0);
  useEffect(() => {
    if (cleared > 0) youthRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [cleared]);
  const [shownFor, setShownFor] = useState(model.filters);
  // A new search from elsewhere (a link in the log, Back): the form shows it.
  if (shownFor !== model.filters) {
    setShownFor(model.filters);
    setDraft(model.filters);
    setRefError(false);
  }

  const set = (key: keyof Filters, value: string) => setDraft((was) => ({ ...was, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.youthRef.trim() && !parseYouthRecordReference(draft.youthRef)) {
      setRefError(true);
      document.getElementById('audit-youth-ref')?.focus();
      return;
    }
    setRefError(false);
    model.search(draft);
  };

  const agencyName = new Map(model.agencyList.map((a) => [a.id, a.name]));
  const people = model.people.map((p) => ({
    id: p.id,
    label: agencyName.has(p.agencyId)
      ? t('admin.audit.personOption', { name: p.displayName, agency: agencyName.get(p.agencyId)! })
      : p.displayName,
  }));
  // Someone not among the people listed (another agency's visitor, reached by a link): still shown as chosen.
  if (draft.actorUserId && !people.some((p) => p.id === draft.actorUserId)) {
    const known = model.entries?.find((e) => e.actorUserId === draft.actorUserId)?.actorName;
    people.unshift({ id: draft.actorUserId, label: known ?? t('admin.audit.unknownPerson') });
  }
  const chosenYouth = draft.youthId
    ? (model.youthNames.get(draft.youthId) ?? t('admin.audit.record', { ref: youthRecordReference(draft.youthId) }))
    : null;

  return (
    <form className="usa-form harbor-audit-filters" onSubmit={submit} data-testid="audit-filters" noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend harbor-legend">{t('admin.audit.filters')}</legend>
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-6 desktop:grid-col-4">
            <label className="usa-label" htmlFor="audit-user">
              {t('admin.audit.user')}
            </label>
            <select
              className="usa-select"
              id="audit-user"
              value={draft.actorUserId}
              onChange={(event) => set('actorUserId', event.target.value)}
            >
              <option value="">{t('admin.audit.anyone')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <div className="tablet:grid-col-6 desktop:grid-col-4">
            <label className="usa-label" htmlFor="audit-event">
              {t('admin.audit.event')}
            </label>
            <select
              className="usa-select"
              id="audit-event"
              value={draft.event}
              onChange={(event) => set('event', event.target.value)}
            >
              <option value="">{t('admin.audit.anyEvent')}</option>
              {EVENTS_BY_GROUP.map(({ group, events }) => (
                <optgroup key={group} label={t(eventGroupKey(group))}>
                  {events.map((e) => (
                    <option key={e} value={e}>
                      {t(eventKey(e))}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="tablet:grid-col-6 desktop:grid-col-2">
            <label className="usa-label" htmlFor="audit-from">
              {t('admin.audit.from')}
            </label>
            <input
              className="usa-input"
              id="audit-from"
              type="date"
              value={draft.from}
              onChange={(event) => set('from', event.target.value)}
            />
          </div>
          <div className="tablet:grid-col-6 desktop:grid-col-2">
            <label className="usa-label" htmlFor="audit-to">
              {t('admin.audit.to')}
            </label>
            <input
              className="usa-input"
              id="audit-to"
              type="date"
              value={draft.to}
              onChange={(event) => set('to', event.target.value)}
            />
          </div>
        </div>

        <fieldset className="usa-fieldset margin-top-2" data-testid="audit-youth-filter" ref={youthRef}>
          <legend className="usa-legend">{t('admin.audit.youth')}</legend>
          {chosenYouth ? (
            <div className="harbor-audit-chosen">
              <p className="margin-y-1" data-testid="audit-youth-chosen" ref={chosenRef} tabIndex={-1}>
                {t('admin.audit.youthChosen', { name: chosenYouth })}
              </p>
              <button
                type="button"
                className="usa-button usa-button--unstyled"
                onClick={() => {
                  set('youthId', '');
                  setCleared((n) => n + 1);
                }}
              >
                {t('admin.audit.youthClear')}
              </button>
            </div>
          ) : (
            <div className="grid-row grid-gap">
              {model.mayFindYouth && (
                <div className="tablet:grid-col-6">
                  <YouthPicker
                    onPick={(id, name) => {
                      model.rememberYouth(id, name);
                      setDraft((was) => ({ ...was, youthId: id, youthRef: '' }));
                      setPicked((n) => n + 1);
                    }}
                  />
                </div>
              )}
              <div className="tablet:grid-col-6">
                <div className={refError ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
                  <label className={refError ? 'usa-label usa-label--error' : 'usa-label'} htmlFor="audit-youth-ref">
                    {t('admin.audit.reference')}
                  </label>
                  <div className="usa-hint" id="audit-youth-ref-hint">
                    {t('admin.audit.referenceHint')}
                  </div>
                  {refError && (
                    <span className="usa-error-message" id="audit-youth-ref-error">
                      {t('admin.audit.referenceInvalid')}
                    </span>
                  )}
                  <input
                    className={refError ? 'usa-input usa-input--error' : 'usa-input'}
                    id="audit-youth-ref"
                    autoComplete="off"
                    spellCheck={false}
                    value={draft.youthRef}
                    onChange={(event) => set('youthRef', event.target.value)}
                    aria-invalid={refError ? true : undefined}
                    aria-describedby={refError ? 'audit-youth-ref-hint audit-youth-ref-error' : 'audit-youth-ref-hint'}
                  />
                </div>
              </div>
            </div>
          )}
        </fieldset>
      </fieldset>
      <button type="submit" className="usa-button margin-top-2">
        {t('admin.audit.search')}
      </button>
    </form>
  );
}
