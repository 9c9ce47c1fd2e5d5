import { AGENCY_KINDS } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { type Agency, addAgency, listAgencies, renameAgency } from './api';
import { ScrollRegion } from './scroll-region';

type Outcome = { kind: 'saved' } | { kind: 'conflict' } | { kind: 'problem'; problem: Problem };

/** Agencies: list, add, rename (administrators). */
export function AdminAgenciesPage() {
  const { t, locale } = useMessages();
  usePageTitle('admin.agencies.title');
  const _info = useSignedIn();
  const [agencies, setAgencies] = useState<Agency[] | null>(null);
  const [outcome, setOutcome] = useState<{ value: Outcome; attempt: number } | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>(AGENCY_KINDS[0]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const tell = useCallback((value: Outcome) => setOutcome((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })), []);

  const load = useCallback(async () => {
    const result = await listAgencies();
    if (result.ok) setAgencies(result.data);
    else tell({ kind: 'problem', problem: problemOf(result) });
  }, [tell]);
  useEffect(() => {
    void load();
  }, [load]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await addAgency(name, kind);
    if (result.ok) {
      setName('');
      tell({ kind: 'saved' });
    } else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  const rename = async (event: FormEvent, agency: Agency) => {
    event.preventDefault();
    const result = await renameAgency(agency, newName);
    if (result.ok) {
      setRenaming(null);
      tell({ kind: 'saved' });
    } else if (result.kind === 'api' && result.status === 409) tell({ kind: 'conflict' });
    else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  const kindName = (k: string) => t(`admin.agencies.kind.${k}` as AppMessageKey);

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('admin.agencies.title')}</h1>
      {outcome?.value.kind === 'saved' && (
        <FocusAlert type="success" heading={t('admin.saved')} focusKey={outcome.attempt} testId="admin-saved" />
      )}
      {outcome?.value.kind === 'conflict' && (
        <FocusAlert
          type="warning"
          heading={t('admin.error.heading')}
          focusKey={outcome.attempt}
          testId="admin-conflict"
        >
          <p className="usa-alert__text">{t('admin.conflict')}</p>
        </FocusAlert>
      )}
      {outcome?.value.kind === 'problem' && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={outcome.attempt} testId="admin-problem">
          <p className="usa-alert__text">{problemText(outcome.value.problem, t, locale)}</p>
        </FocusAlert>
      )}

      {agencies === null ? (
        !outcome && <p role="status">{t('admin.loading')}</p>
      ) : (
        <ScrollRegion label={t('admin.agencies.caption')}>
          <table className="usa-table usa-table--borderless" data-testid="agencies-table">
            <caption>{t('admin.agencies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.agencies.name')}</th>
                <th scope="col">{t('admin.agencies.kind')}</th>
                <th scope="col">{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {agencies.map((agency) => (
                <tr key={agency.id}>
                  <th scope="row">{agency.name}</th>
                  <td>{kindName(agency.kind)}</td>
                  <td>
                    {renaming === agency.id ? (
                      <form className="usa-form" onSubmit={(event) => void rename(event, agency)}>
                        <label className="usa-label" htmlFor={`rename-${agency.id}`}>
                          {t('admin.agencies.newName', { name: agency.name })}
                        </label>
                        <input
                          className="usa-input"
                          id={`rename-${agency.id}`}
                          value={newName}
                          onChange={(event) => setNewName(event.target.value)}
                          required
                          minLength={2}
                          maxLength={200}
                        />
                        <button type="submit" className="usa-button">
                          {t('admin.agencies.save')}
                        </button>
                      </form>
                    ) : (
                      <button
                        type="button"
                        className="usa-button usa-button--outline"
                        onClick={() => {
                          setRenaming(agency.id);
                          setNewName(agency.name);
                        }}
                      >
                        {t('admin.agencies.rename')}
                        <span className="usa-sr-only"> {agency.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <h2>{t('admin.agencies.add')}</h2>
      <form className="usa-form" onSubmit={(event) => void add(event)} data-testid="add-agency">
        <label className="usa-label" htmlFor="agency-name">
          {t('admin.agencies.name')}
        </label>
        <input
          className="usa-input"
          id="agency-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          minLength={2}
          maxLength={200}
        />
        <label className="usa-label" htmlFor="agency-kind">
          {t('admin.agencies.kind')}
        </label>
        <select className="usa-select" id="agency-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          {AGENCY_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindName(k)}
            </option>
          ))}
        </select>
        <button type="submit" className="usa-button">
          {t('admin.agencies.addSubmit')}
        </button>
      </form>
    </div>
  );
}
