import { type KeyboardEvent, useId, useState } from 'react';
import { useMessages } from '../../i18n';
import { type Problem, problemOf, problemText } from '../../problems';
import { findYouthByName, type YouthSearchResult } from './api';

type Found = YouthSearchResult['results'][number];

/** How a youth found is named (the legal name, else the first name used). */
function foundName(youth: Found): string {
  const legal = youth.legalName ? `${youth.legalName.given} ${youth.legalName.family}`.trim() : '';
  return legal || youth.namesUsed?.[0] || '';
}

/** How a youth found by name is told apart from another of the same name: the name and the date of birth. */
function foundLabel(youth: Found, t: ReturnType<typeof useMessages>['t'], locale: string): string {
  const name = foundName(youth);
  if (!youth.dateOfBirth) return name;
  const date = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${youth.dateOfBirth}T00:00:00Z`));
  return t('admin.audit.youthBorn', { name, date });
}

/**
 * Finds a youth by name through Harbor's youth search (blind indexes; audited; only youth the reader may see) and
 * lets the reader pick one. Lives inside the audit filters' form: its button does not submit that form, and Enter in
 * its field finds rather than submits.
 */
export function YouthPicker({ onPick }: { onPick: (id: string, name: string) => void }) {
  const { t, locale } = useMessages();
  const id = useId();
  const [name, setName] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (!name.trim()) {
      setProblem({ kind: 'message', key: 'admin.audit.youthFindEmpty' });
      setFound(null);
      return;
    }
    setBusy(true);
    const result = await findYouthByName(name);
    setBusy(false);
    if (result.ok) {
      setProblem(null);
      setFound(result.data.results);
    } else {
      setFound(null);
      setProblem(problemOf(result));
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void find();
    }
  };

  return (
    <div className="harbor-youth-picker">
      <div className={problem ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
        <label className={problem ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={`${id}-name`}>
          {t('admin.audit.youthFind')}
        </label>
        <div className="usa-hint" id={`${id}-hint`}>
          {t('admin.audit.youthFindHint')}
        </div>
        {problem && (
          <span className="usa-error-message" id={`${id}-error`} role="alert">
            {problemText(problem, t, locale)}
          </span>
        )}
        <input
          className={problem ? 'usa-input usa-input--error' : 'usa-input'}
          id={`${id}-name`}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
          data-testid="audit-youth-name"
        />
      </div>
      <button
        type="button"
        className="usa-button usa-button--outline margin-top-1"
        disabled={busy}
        onClick={() => void find()}
      >
        {t('admin.audit.youthFindButton')}
      </button>
      <div aria-live="polite">
        {found?.length === 0 && <p data-testid="audit-youth-none">{t('admin.audit.youthNone')}</p>}
        {found && found.length > 0 && (
          <div className="margin-top-2" data-testid="audit-youth-found">
            <p className="margin-bottom-1" id={`${id}-found`}>
              {t('admin.audit.youthResults')}
            </p>
            <ul className="usa-list usa-list--unstyled" aria-labelledby={`${id}-found`}>
              {found.map((youth) => {
                const label = foundLabel(youth, t, locale);
                return (
                  <li key={youth.id} className="margin-bottom-1">
                    <button
                      type="button"
                      className="usa-button usa-button--outline harbor-youth-picker__choice"
                      onClick={() => onPick(youth.id, foundName(youth))}
                    >
                      {label}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
