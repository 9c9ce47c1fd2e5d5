import { AGENCY_KINDS } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ButtonGroup } from '../../components/button-group';
import { FocusAlert } from '../../components/focus-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { type Problem, problemOf, problemText } from '../../problems';
import { usePageTitle } from '../../use-page-title';
import {
  type AgencyField,
  type AgencyProblems,
  type AgencyValues,
  agencyNameProblem,
  checkAgency,
  EMPTY_AGENCY,
} from './agency-checks';
import { type Agency, addAgency, listAgencies, renameAgency } from './api';
import { ScrollRegion } from './scroll-region';

type Outcome = { kind: 'saved' } | { kind: 'conflict' } | { kind: 'problem'; problem: Problem };

/**
 * Agencies: list, add, rename (administrators). The add form starts empty (no kind chosen in advance) and empties again
 * after each agency added; on a phone each agency is a block of labelled lines (USWDS stacked table).
 */
export function AdminAgenciesPage() {
  const { t, locale } = useMessages();
  usePageTitle('admin.agencies.title');
  const [agencies, setAgencies] = useState<Agency[] | null>(null);
  const [outcome, setOutcome] = useState<{ value: Outcome; attempt: number } | null>(null);
  const [values, setValues] = useState<AgencyValues>(EMPTY_AGENCY);
  const [problems, setProblems] = useState<AgencyProblems>({});
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [renameProblem, setRenameProblem] = useState<Problem | undefined>(undefined);
  /** After a rename is cancelled, its row's Rename button takes focus back (once saved, the alert takes it). */
  const [focusRename, setFocusRename] = useState<{ id: string } | null>(null);
  const tell = useCallback((value: Outcome) => setOutcome((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })), []);
  const text = (problem: Problem | undefined) => (problem ? problemText(problem, t, locale) : undefined);

  const load = useCallback(async () => {
    const result = await listAgencies();
    if (result.ok) setAgencies(result.data);
    else tell({ kind: 'problem', problem: problemOf(result) });
  }, [tell]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (focusRename) document.getElementById(`rename-${focusRename.id}-button`)?.focus();
  }, [focusRename]);

  const set = (field: AgencyField) => (event: { target: { value: string } }) =>
    setValues((was) => ({ ...was, [field]: event.target.value }));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkAgency(values);
    setProblems(found);
    const first = (['name', 'kind'] as const).find((field) => found[field]);
    if (first) {
      setOutcome(null);
      document.getElementById(`agency-${first}`)?.focus();
      return;
    }
    const result = await addAgency(values.name.trim(), values.kind);
    if (result.ok) {
      setValues(EMPTY_AGENCY);
      tell({ kind: 'saved' });
    } else tell({ kind: 'problem', problem: problemOf(result) });
    await load();
  };

  const startRename = (agency: Agency) => {
    setRenaming(agency.id);
    setNewName(agency.name);
    setRenameProblem(undefined);
  };
  const stopRename = (agency: Agency) => {
    setRenaming(null);
    setFocusRename({ id: agency.id });
  };
  const rename = async (event: FormEvent, agency: Agency) => {
    event.preventDefault();
    const problem = agencyNameProblem(newName);
    setRenameProblem(problem);
    if (problem) {
      setOutcome(null);
      document.getElementById(`rename-${agency.id}`)?.focus();
      return;
    }
    const result = await renameAgency(agency, newName.trim());
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
          <table
            className="usa-table usa-table--borderless usa-table--stacked-header harbor-table width-full"
            data-testid="agencies-table"
          >
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
                  <th scope="row" data-label={t('admin.agencies.name')}>
                    {agency.name}
                  </th>
                  <td data-label={t('admin.agencies.kind')}>{kindName(agency.kind)}</td>
                  <td data-label={t('admin.users.actions')}>
                    {renaming === agency.id ? (
                      <form
                        className="usa-form harbor-rename"
                        noValidate
                        onSubmit={(event) => void rename(event, agency)}
                      >
                        <TextField
                          id={`rename-${agency.id}`}
                          label={t('admin.agencies.newName', { name: agency.name })}
                          error={text(renameProblem)}
                          value={newName}
                          onChange={(event) => setNewName(event.target.value)}
                          autoComplete="off"
                          maxLength={200}
                        />
                        <ButtonGroup>
                          <button type="submit" className="usa-button">
                            {t('admin.agencies.save')}
                          </button>
                          <button
                            type="button"
                            className="usa-button usa-button--unstyled"
                            onClick={() => stopRename(agency)}
                          >
                            {t('admin.agencies.cancel')}
                          </button>
                        </ButtonGroup>
                      </form>
                    ) : (
                      <button
                        type="button"
                        id={`rename-${agency.id}-button`}
                        className="usa-button usa-button--outline"
                        onClick={() => startRename(agency)}
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
      <form className="usa-form" noValidate onSubmit={(event) => void add(event)} data-testid="add-agency">
        <TextField
          id="agency-name"
          label={t('admin.agencies.name')}
          error={text(problems.name)}
          value={values.name}
          onChange={set('name')}
          autoComplete="off"
          maxLength={200}
        />
        <SelectField
          id="agency-kind"
          label={t('admin.agencies.kind')}
          choose={t('admin.invite.choose')}
          options={AGENCY_KINDS.map((k) => ({ value: k, label: kindName(k) }))}
          error={text(problems.kind)}
          value={values.kind}
          onChange={set('kind')}
        />
        <button type="submit" className="usa-button">
          {t('admin.agencies.addSubmit')}
        </button>
      </form>
    </div>
  );
}
