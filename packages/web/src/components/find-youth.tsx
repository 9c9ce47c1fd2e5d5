import { ageOn, type Infer, type YouthSearchResult } from '@harbor/core';
import { type FormEvent, useState } from 'react';
import { api } from '../api';
import { useMessages } from '../i18n';
import { type Problem, problemOf, problemText } from '../problems';
import { FocusAlert } from './focus-alert';
import { TextField } from './text-field';

export type FoundYouth = Infer<typeof YouthSearchResult>['results'][number];

/** A youth as a person reads them in a search result: the name (or the first name used). */
export const youthName = (y: Pick<FoundYouth, 'legalName' | 'namesUsed'>): string =>
  y.legalName ? `${y.legalName.given} ${y.legalName.family}` : (y.namesUsed?.[0] ?? '—');

/** "2011-03-04 (15 years old)", "about 14 years old", or "" when neither is known. */
export function birthAndAge(
  y: Pick<FoundYouth, 'dateOfBirth' | 'estimatedAge' | 'ageEstimatedOn'>,
  t: ReturnType<typeof useMessages>['t'],
  now: Date = new Date(),
): string {
  const age = ageOn(y, now);
  if (y.dateOfBirth) return age === null ? y.dateOfBirth : t('findYouth.bornAge', { date: y.dateOfBirth, age });
  if (age !== null) return t('findYouth.aboutAge', { age });
  return '';
}

/**
 * "Find the youth": a search by name and date of birth through the blind index (the same need-to-know as the youth
 * list: youth the reader may see are listed to choose from, the others only counted by the agency that knows them),
 * for linking a screening, opening a response or filtering a list.
 */
export function FindYouth({
  idPrefix,
  heading,
  chooseLabel,
  onChoose,
}: {
  idPrefix: string;
  heading: string;
  chooseLabel: (name: string) => string;
  onChoose: (youth: { id: string; name: string; age: number | null }) => void;
}) {
  const { t, locale } = useMessages();
  const [name, setName] = useState('');
  const [dob, setDob] = useState('');
  const [needOne, setNeedOne] = useState(false);
  const [found, setFound] = useState<Infer<typeof YouthSearchResult> | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!name.trim() && !dob) {
      setNeedOne(true);
      return;
    }
    setNeedOne(false);
    setBusy(true);
    const query = new URLSearchParams();
    if (name.trim()) query.set('name', name.trim());
    if (dob) query.set('dob', dob);
    const result = await api.get<Infer<typeof YouthSearchResult>>(`/api/v1/youth?${query}`);
    setBusy(false);
    if (!result.ok) {
      setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
      return;
    }
    setProblem(null);
    setFound(result.data);
  };

  return (
    <div className="harbor-find-youth" data-testid={`${idPrefix}-find-youth`}>
      <h3>{heading}</h3>
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <search aria-label={heading}>
        <form className="usa-form" onSubmit={(e) => void search(e)} noValidate>
          <TextField
            id={`${idPrefix}-name`}
            label={t('findYouth.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={needOne ? t('findYouth.needOne') : undefined}
            autoComplete="off"
          />
          <TextField
            id={`${idPrefix}-dob`}
            label={t('findYouth.dob')}
            type="date"
            value={dob}
            onChange={(e) => setDob(e.target.value)}
          />
          <button type="submit" className="usa-button usa-button--outline" disabled={busy}>
            {t('findYouth.search')}
          </button>
        </form>
      </search>
      {found && (
        <div role="status" data-testid={`${idPrefix}-results`}>
          {found.results.length === 0 ? (
            <p>{t('findYouth.none')}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled harbor-choices">
              {found.results.map((y) => {
                const shown = youthName(y);
                const age = ageOn(y, new Date());
                return (
                  <li key={y.id} className="harbor-choice">
                    <span>
                      <strong>{shown}</strong>
                      {birthAndAge(y, t) && <span className="display-block">{birthAndAge(y, t)}</span>}
                      {y.namesUsed && y.namesUsed.length > 0 && (
                        <span className="display-block">
                          {t('findYouth.knownAs', { names: y.namesUsed.join(', ') })}
                        </span>
                      )}
                    </span>
                    <button
                      type="button"
                      className="usa-button usa-button--secondary"
                      onClick={() => onChoose({ id: y.id, name: shown, age })}
                    >
                      {chooseLabel(shown)}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {found.elsewhere.length > 0 && (
            <div className="usa-alert usa-alert--info usa-alert--slim">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('findYouth.elsewhere')}</p>
                <ul className="usa-list">
                  {found.elsewhere.map((e) => (
                    <li key={e.agencyName}>{t('findYouth.agencyCount', { agency: e.agencyName, count: e.count })}</li>
                  ))}
                </ul>
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
