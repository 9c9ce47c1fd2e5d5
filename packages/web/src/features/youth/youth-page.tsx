import { FIELD_CLASSES } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../format';
import { useMessages } from '../../i18n';
import type { ScreeningSummary } from '../../offline/api-types';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { type CareTeamMember, displayNameOf, type YouthRecord } from './api';

type Load =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; youth: YouthRecord }
  | { state: 'failed'; problem: Problem };

const BASES = ['court_order', 'mdt', 'consent', 'protocol_response'] as const;

/** /app/youth/:id: a youth's record (the fields the caller's role may see), screenings over time and care team. */
export function YouthPage() {
  const { id = '' } = useParams();
  const { t, locale } = useMessages();
  usePageTitle('youthPage.record.title');
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const refresh = useCallback(async () => {
    const result = await api.get<YouthRecord>(`/api/v1/youth/${encodeURIComponent(id)}`);
    if (result.ok) setLoad({ state: 'ready', youth: result.data });
    else if (result.kind === 'api' && result.status === 404) setLoad({ state: 'missing' });
    else setLoad({ state: 'failed', problem: problemOf(result) });
  }, [id]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (load.state === 'loading')
    return (
      <p role="status" className="grid-container usa-section">
        {t('admin.loading')}
      </p>
    );
  if (load.state === 'missing') return <NotYours id={id} onOpened={() => void refresh()} />;
  if (load.state === 'failed') {
    return (
      <div className="grid-container usa-section harbor-page">
        <FocusAlert type="error" heading={t('admin.error.heading')}>
          <p className="usa-alert__text">{problemText(load.problem, t, locale)}</p>
        </FocusAlert>
      </div>
    );
  }
  const { youth } = load;
  const hidden = FIELD_CLASSES.filter((c) => !youth.fieldClasses.includes(c));
  return (
    <div className="grid-container usa-section harbor-page">
      <h1 data-testid="youth-name">{displayNameOf(youth)}</h1>
      {youth.access === 'break_glass' && (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('youthPage.record.breakGlass')}</p>
          </div>
        </div>
      )}
      {hidden.length > 0 && (
        <p className="harbor-measure" data-testid="youth-hidden-classes">
          {t('youthPage.record.hidden', {
            classes: hidden.map((c) => t(`youth.fieldClass.${c}` as never)).join(', '),
          })}
        </p>
      )}
      <RecordFacts youth={youth} />
      <Screenings youthId={youth.id} />
      <CareTeam youthId={youth.id} readOnly={youth.access === 'break_glass'} />
    </div>
  );
}

function RecordFacts({ youth }: { youth: YouthRecord }) {
  const { t } = useMessages();
  const rows: [string, string][] = [];
  if (youth.namesUsed?.length) rows.push([t('youthPage.field.namesUsed'), youth.namesUsed.join(', ')]);
  if (youth.dateOfBirth) rows.push([t('youthPage.field.dateOfBirth'), youth.dateOfBirth]);
  else if (youth.estimatedAge !== null && youth.estimatedAge !== undefined)
    rows.push([t('youthPage.field.estimatedAge'), String(youth.estimatedAge)]);
  if (youth.genderIdentity)
    rows.push([t('youthPage.field.gender'), t(`youth.gender.${youth.genderIdentity}` as never)]);
  if (youth.pronouns) rows.push([t('youthPage.field.pronouns'), youth.pronouns]);
  if (youth.preferredLanguage) rows.push([t('youthPage.field.language'), youth.preferredLanguage]);
  for (const identifier of youth.identifiers ?? []) {
    rows.push([t(`youth.identifier.${identifier.kind}` as never), identifier.value]);
  }
  if (youth.placement) {
    rows.push([
      t('youthPage.field.placement'),
      [t(`youth.placement.${youth.placement.kind}` as never), youth.placement.detail].filter(Boolean).join(': '),
    ]);
  }
  for (const contact of youth.contacts ?? []) {
    rows.push([
      t('youthPage.field.contact', { relationship: contact.relationship }),
      [contact.name, contact.phone, contact.address].filter(Boolean).join(', '),
    ]);
  }
  return (
    <section aria-labelledby="youth-facts-heading">
      <h2 id="youth-facts-heading">{t('youthPage.section.record')}</h2>
      <dl className="harbor-facts" data-testid="youth-facts">
        {rows.map(([label, value]) => (
          <div key={label + value}>
            <dt className="text-bold">{label}</dt>
            <dd className="margin-left-0 margin-bottom-1">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Screenings({ youthId }: { youthId: string }) {
  const { t, locale } = useMessages();
  const info = useSignedIn();
  const [rows, setRows] = useState<ScreeningSummary[] | null>(null);
  useEffect(() => {
    void api.get<ScreeningSummary[]>(`/api/v1/youth/${encodeURIComponent(youthId)}/screenings`).then((result) => {
      setRows(result.ok ? result.data.filter((s) => s.status === 'completed') : []);
    });
  }, [youthId]);
  return (
    <section aria-labelledby="youth-screenings-heading">
      <h2 id="youth-screenings-heading">{t('youthPage.section.screenings')}</h2>
      {roleMay(info.user.role, 'youth.write') && (
        <p>
          <Link
            className="usa-button usa-button--outline"
            to={`/app/screenings/new?youth=${encodeURIComponent(youthId)}`}
          >
            {t('youthPage.screenings.start')}
          </Link>
        </p>
      )}
      {rows === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('youthPage.screenings.none')}</p>
      ) : (
        <table
          className="usa-table usa-table--borderless usa-table--stacked-header width-full"
          data-testid="youth-screenings"
        >
          <caption>{t('youthPage.screenings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('youthPage.screenings.when')}</th>
              <th scope="col">{t('youthPage.screenings.level')}</th>
              <th scope="col">{t('youthPage.screenings.by')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <th scope="row" data-label={t('youthPage.screenings.when')}>
                  <Link className="usa-link" to={`/app/screenings/${s.id}`}>
                    {s.completedAt ? formatDateTime(s.completedAt, locale) : '—'}
                  </Link>
                  {s.corrects && (
                    <span className="display-block text-normal">{t('youthPage.screenings.correction')}</span>
                  )}
                </th>
                <td data-label={t('youthPage.screenings.level')}>
                  {s.level ? t(`screening.level.${s.level}`) : '—'}
                  {s.correctedBy && (
                    <span className="display-block text-normal">{t('youthPage.screenings.corrected')}</span>
                  )}
                </td>
                <td data-label={t('youthPage.screenings.by')}>{s.completedByName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface DirectoryUser {
  id: string;
  displayName: string;
  role: string;
  agencyName: string;
}

function CareTeam({ youthId, readOnly }: { youthId: string; readOnly: boolean }) {
  const { t, locale } = useMessages();
  const info = useSignedIn();
  const mayManage = !readOnly && roleMay(info.user.role, 'care_team.manage');
  const [members, setMembers] = useState<CareTeamMember[] | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<DirectoryUser[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [basis, setBasis] = useState<string>('protocol_response');
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fail = useCallback((value: Problem) => setProblem((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })), []);

  const load = useCallback(async () => {
    const result = await api.get<CareTeamMember[]>(`/api/v1/youth/${encodeURIComponent(youthId)}/care-team`);
    if (result.ok) setMembers(result.data);
    else fail(problemOf(result));
  }, [youthId, fail]);
  useEffect(() => {
    void load();
  }, [load]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (query.trim().length < 2) return;
    const result = await api.get<DirectoryUser[]>(`/api/v1/users/directory?q=${encodeURIComponent(query.trim())}`);
    if (!result.ok) return fail(problemOf(result));
    setFound(result.data);
    setChosen(result.data[0]?.id ?? '');
  };

  const add = async () => {
    if (!chosen) return;
    const result = await api.post(`/api/v1/youth/${encodeURIComponent(youthId)}/care-team`, { userId: chosen, basis });
    if (!result.ok) return fail(problemOf(result));
    const person = found?.find((u) => u.id === chosen);
    setNotice(t('youthPage.team.added', { name: person?.displayName ?? '' }));
    setFound(null);
    setQuery('');
    await load();
  };

  const remove = async (member: CareTeamMember) => {
    if (!window.confirm(t('youthPage.team.confirmRemove', { name: member.displayName }))) return;
    const result = await api.delete(`/api/v1/youth/${encodeURIComponent(youthId)}/care-team/${member.id}`);
    if (!result.ok) return fail(problemOf(result));
    setNotice(t('youthPage.team.removed', { name: member.displayName }));
    await load();
  };

  return (
    <section aria-labelledby="youth-team-heading">
      <h2 id="youth-team-heading">{t('youthPage.section.team')}</h2>
      <p className="harbor-measure">{t('youthPage.team.intro')}</p>
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <p role="status" className="usa-sr-only-focusable">
        {notice ?? ''}
      </p>
      {members && (
        <table className="usa-table usa-table--borderless usa-table--stacked-header width-full" data-testid="care-team">
          <caption>{t('youthPage.team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('youthPage.name')}</th>
              <th scope="col">{t('youthPage.team.role')}</th>
              <th scope="col">{t('youthPage.team.agency')}</th>
              <th scope="col">{t('youthPage.team.basis')}</th>
              <th scope="col">{t('youthPage.team.since')}</th>
              {mayManage && <th scope="col">{t('admin.users.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-testid="care-team-member">
                <th scope="row" data-label={t('youthPage.name')}>
                  {m.displayName}
                </th>
                <td data-label={t('youthPage.team.role')}>{t(`roleName.${m.role}` as never)}</td>
                <td data-label={t('youthPage.team.agency')}>{m.agencyName}</td>
                <td data-label={t('youthPage.team.basis')}>{t(`youthPage.basis.${m.basis}` as never)}</td>
                <td data-label={t('youthPage.team.since')}>{formatDateTime(m.addedAt, locale)}</td>
                {mayManage && (
                  <td data-label={t('admin.users.actions')}>
                    {m.userId !== info.user.id && (
                      <button type="button" className="usa-button usa-button--unstyled" onClick={() => void remove(m)}>
                        {t('youthPage.team.remove', { name: m.displayName })}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayManage && (
        <div className="margin-top-2">
          <h3>{t('youthPage.team.addHeading')}</h3>
          <form className="usa-form" onSubmit={(e) => void search(e)}>
            <TextField
              id="team-directory"
              label={t('youthPage.team.find')}
              hint={t('youthPage.team.findHint')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
            />
            <button type="submit" className="usa-button usa-button--outline">
              {t('youthPage.team.search')}
            </button>
          </form>
          {found && found.length === 0 && <p role="status">{t('youthPage.team.nobody')}</p>}
          {found && found.length > 0 && (
            <div className="usa-form">
              <div className="usa-form-group">
                <label className="usa-label" htmlFor="team-person">
                  {t('youthPage.team.person')}
                </label>
                <select
                  className="usa-select"
                  id="team-person"
                  value={chosen}
                  onChange={(e) => setChosen(e.target.value)}
                >
                  {found.map((u) => (
                    <option key={u.id} value={u.id}>
                      {`${u.displayName} · ${t(`roleName.${u.role}` as never)} · ${u.agencyName}`}
                    </option>
                  ))}
                </select>
              </div>
              <div className="usa-form-group">
                <label className="usa-label" htmlFor="team-basis">
                  {t('youthPage.team.basis')}
                </label>
                <select className="usa-select" id="team-basis" value={basis} onChange={(e) => setBasis(e.target.value)}>
                  {BASES.map((b) => (
                    <option key={b} value={b}>
                      {t(`youthPage.basis.${b}` as never)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="usa-button" onClick={() => void add()}>
                {t('youthPage.team.add')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** 404: not found, or not on the caller's care teams. Break-glass opens it for 60 minutes with a written reason. */
function NotYours({ id, onOpened }: { id: string; onOpened: () => void }) {
  const { t, locale } = useMessages();
  const info = useSignedIn();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 20) {
      setError(t('youthPage.breakGlass.tooShort'));
      return;
    }
    setError(undefined);
    const result = await api.post(`/api/v1/youth/${encodeURIComponent(id)}/break-glass`, { reason: reason.trim() });
    if (result.ok) onOpened();
    else setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
  };
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('youthPage.missing.title')}</h1>
      <p className="harbor-measure">{t('youthPage.missing.body')}</p>
      {roleMay(info.user.role, 'break_glass.use') && (
        <section aria-labelledby="break-glass-heading">
          <h2 id="break-glass-heading">{t('youthPage.breakGlass.heading')}</h2>
          <p className="harbor-measure">{t('youthPage.breakGlass.explain')}</p>
          {problem && (
            <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
              <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
            </FocusAlert>
          )}
          <form className="usa-form usa-form--large" onSubmit={(e) => void submit(e)} noValidate>
            <div className={error ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
              <label className={error ? 'usa-label usa-label--error' : 'usa-label'} htmlFor="break-glass-reason">
                {t('youthPage.breakGlass.reason')}
              </label>
              {error && (
                <span className="usa-error-message" id="break-glass-reason-error">
                  {error}
                </span>
              )}
              <textarea
                className={error ? 'usa-textarea usa-input--error' : 'usa-textarea'}
                id="break-glass-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'break-glass-reason-error' : undefined}
              />
            </div>
            <button type="submit" className="usa-button usa-button--secondary">
              {t('youthPage.breakGlass.submit')}
            </button>
          </form>
        </section>
      )}
      <p>
        <Link to="/app/youth">{t('youthPage.backToList')}</Link>
      </p>
    </div>
  );
}
