import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { birthAndAge } from '../../components/find-youth';
import { FocusAlert } from '../../components/focus-alert';
import { TextField } from '../../components/text-field';
import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { displayNameOf, listMyYouth, searchYouth, type YouthSearchResult, type YouthSummary } from './api';

function YouthTable({ rows, caption }: { rows: YouthSummary[]; caption: string }) {
  const { t } = useMessages();
  const countyTime = useCountyTime();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked-header width-full">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('youthPage.name')}</th>
          <th scope="col">{t('youthPage.birth')}</th>
          <th scope="col">{t('youthPage.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((y) => (
          <tr key={y.id} data-testid="youth-row">
            <th scope="row" data-label={t('youthPage.name')}>
              <Link className="usa-link" to={`/app/youth/${y.id}`}>
                {displayNameOf(y)}
              </Link>
              {y.namesUsed && y.namesUsed.length > 0 && (
                <span className="display-block text-normal">
                  {t('youthPage.knownAs', { names: y.namesUsed.join(', ') })}
                </span>
              )}
            </th>
            <td data-label={t('youthPage.birth')}>{birthAndAge(y, t) || '—'}</td>
            <td data-label={t('youthPage.updated')}>{countyTime(y.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /app/youth: the youth on my care teams, and a search by name and date of birth (need-to-know applies). */
export function YouthListPage() {
  const { t, locale } = useMessages();
  usePageTitle('youthPage.list.title');
  const info = useSignedIn();
  const mayCreate = roleMay(info.user.role, 'youth.write');
  const [mine, setMine] = useState<YouthSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);
  // The header's search comes here with ?name=: the same search, the same need-to-know.
  const [params] = useSearchParams();
  const named = params.get('name') ?? '';
  const [name, setName] = useState(named);
  const [dob, setDob] = useState('');
  const [searchError, setSearchError] = useState<string | undefined>();
  const [found, setFound] = useState<YouthSearchResult | null>(null);

  const fail = useCallback((value: Problem) => setProblem((was) => ({ value, attempt: (was?.attempt ?? 0) + 1 })), []);

  const loadMine = useCallback(
    async (after: string | null) => {
      const result = await listMyYouth(after);
      if (!result.ok) return fail(problemOf(result));
      setMine((was) => [...(after ? (was ?? []) : []), ...result.data.items]);
      setCursor(result.data.nextCursor);
    },
    [fail],
  );
  useEffect(() => {
    void loadMine(null);
  }, [loadMine]);

  const run = useCallback(
    async (byName: string, byDob: string) => {
      const result = await searchYouth(byName, byDob);
      if (!result.ok) return fail(problemOf(result));
      setFound(result.data);
    },
    [fail],
  );
  useEffect(() => {
    if (!named.trim()) return;
    setName(named);
    void run(named.trim(), '');
  }, [named, run]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() && !dob) {
      setSearchError(t('youthPage.search.needOne'));
      return;
    }
    setSearchError(undefined);
    await run(name.trim(), dob);
  };

  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t('youthPage.list.title')}</h1>
      {mayCreate && (
        <p>
          <Link className="usa-button" to="/app/youth/new">
            {t('youthPage.new.button')}
          </Link>
        </p>
      )}
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}

      <section aria-labelledby="youth-search-heading">
        <h2 id="youth-search-heading">{t('youthPage.search.heading')}</h2>
        <p className="harbor-measure">{t('youthPage.search.intro')}</p>
        <form className="usa-form" onSubmit={(e) => void search(e)} noValidate>
          <TextField
            id="youth-search-name"
            label={t('youthPage.search.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={searchError}
            autoComplete="off"
          />
          <TextField
            id="youth-search-dob"
            label={t('youthPage.search.dob')}
            type="date"
            value={dob}
            onChange={(e) => setDob(e.target.value)}
          />
          <button type="submit" className="usa-button">
            {t('youthPage.search.submit')}
          </button>
        </form>
        {found && (
          <div role="status" data-testid="youth-search-results">
            {found.results.length === 0 ? (
              <p>{t('youthPage.search.none')}</p>
            ) : (
              <YouthTable rows={found.results} caption={t('youthPage.search.caption')} />
            )}
            {found.elsewhere.length > 0 && (
              <div className="usa-alert usa-alert--info usa-alert--slim" data-testid="youth-elsewhere">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{t('youthPage.search.elsewhere')}</p>
                  <ul className="usa-list">
                    {found.elsewhere.map((e) => (
                      <li key={e.agencyName}>
                        {t('youthPage.search.agencyCount', { agency: e.agencyName, count: e.count })}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="youth-mine-heading">
        <h2 id="youth-mine-heading">{t('youthPage.mine.heading')}</h2>
        {mine === null ? (
          <p role="status">{t('admin.loading')}</p>
        ) : mine.length === 0 ? (
          <p>{t('youthPage.mine.empty')}</p>
        ) : (
          <YouthTable rows={mine} caption={t('youthPage.mine.caption')} />
        )}
        {cursor && (
          <button type="button" className="usa-button usa-button--outline" onClick={() => void loadMine(cursor)}>
            {t('youthPage.mine.more')}
          </button>
        )}
      </section>
    </div>
  );
}
