import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import { roleMay } from '../../permissions';
import { type Problem, problemOf, problemText } from '../../problems';
import { useSignedIn } from '../../session';
import { usePageTitle } from '../../use-page-title';
import { type SearchPage, searchServices } from './api';
import { apiQuery, filtersFromParams, paramsOfFilters, type SearchFilters } from './search-filters';
import { SearchForm } from './search-form';
import { ServiceCard } from './service-card';

/**
 * /app/directory: the resource directory's search for staff. The filters live in the address (a search can be
 * reloaded, shared and gone back to). With ?pick=<youth id> (from "Refer to a service" on a youth's page, the youth's
 * age filled in) each result offers "Refer to this service", which opens the referral form.
 */
export function DirectoryPage() {
  const { t, locale } = useMessages();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const pick = params.get('pick');
  usePageTitle(pick ? 'directoryWeb.pick.title' : 'directoryWeb.title');
  const mayEdit = roleMay(useSignedIn().user.role, 'directory.edit');
  const filters = filtersFromParams(params);
  const key = paramsOfFilters(filters).toString();
  const [found, setFound] = useState<SearchPage | null>(null);
  const [problem, setProblem] = useState<{ value: Problem; attempt: number } | null>(null);

  // Only the newest search's answer is shown (an earlier one answered later must not replace it).
  const latest = useRef(0);
  const load = useCallback(async (query: SearchFilters, page: number) => {
    const asked = ++latest.current;
    const result = await searchServices(apiQuery(query, page));
    if (asked !== latest.current) return;
    if (!result.ok) return setProblem((was) => ({ value: problemOf(result), attempt: (was?.attempt ?? 0) + 1 }));
    setProblem(null);
    setFound((was) =>
      page > 1 && was ? { ...result.data, items: [...was.items, ...result.data.items] } : result.data,
    );
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address's filters (key) decide what is searched
  useEffect(() => {
    setFound(null);
    void load(filters, 1);
  }, [key, load]);

  const from = `${location.pathname}${location.search}`;
  return (
    <div className="grid-container usa-section harbor-page">
      <h1>{t(pick ? 'directoryWeb.pick.title' : 'directoryWeb.title')}</h1>
      <p className="usa-intro harbor-measure">{t(pick ? 'directoryWeb.pick.intro' : 'directoryWeb.intro')}</p>
      <p className="harbor-no-print">
        <Link className="usa-link" to="/help/directory" data-testid="directory-help">
          {t('directoryWeb.help')}
        </Link>
      </p>
      {pick && (
        <p>
          <Link className="usa-link" to={`/app/youth/${encodeURIComponent(pick)}`}>
            {t('directoryWeb.pick.cancel')}
          </Link>
        </p>
      )}
      {problem && (
        <FocusAlert type="error" heading={t('admin.error.heading')} focusKey={problem.attempt}>
          <p className="usa-alert__text">{problemText(problem.value, t, locale)}</p>
        </FocusAlert>
      )}
      <section aria-labelledby="directory-filters-heading">
        <h2 id="directory-filters-heading">{t('directoryWeb.filters')}</h2>
        <SearchForm
          key={key}
          mayEdit={mayEdit && !pick}
          initial={filters}
          onSearch={(next) => setParams(paramsOfFilters(next, pick), { replace: false })}
        />
      </section>
      <section aria-labelledby="directory-results-heading">
        <h2 id="directory-results-heading">{t('directoryWeb.results')}</h2>
        {found === null ? (
          <p role="status">{t('directoryWeb.loading')}</p>
        ) : (
          <>
            <p role="status" data-testid="directory-count">
              {t('directoryWeb.results.count', { count: found.totalItems })}
            </p>
            <ul className="usa-collection" data-testid="directory-results">
              {found.items.map((service) => (
                <ServiceCard key={service.id} service={service} pick={pick} from={from} />
              ))}
            </ul>
            {found.page < found.totalPages && (
              <button
                type="button"
                className="usa-button usa-button--outline"
                onClick={() => void load(filters, found.page + 1)}
              >
                {t('directoryWeb.results.more')}
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
