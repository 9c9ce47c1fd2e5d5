import type { Locale } from '@harbor/core';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useMessages } from '../../i18n';
import { usePageTitle } from '../../use-page-title';
import { type AppLink, AppLinks } from './app-links';
import { type GlossaryId, glossaryHref } from './glossary';
import { HELP_PAGE_LIST, HELP_PAGES, type HelpPageId } from './pages';
import { DEFAULT_LINES, linesOf } from './phones';
import { useHashFocus } from './use-hash-focus';
import './help.css';

/** "1 December 2026" as people read it in their language; the date is a calendar day, whatever the device's zone. */
function reviewedOn(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/**
 * Every help page: its heading, lead and "Last reviewed" date, its content, the app's pages it is about (for a
 * signed-in person), the glossary's entries it uses, the phone lines (core's HOTLINES, as tel: links) and its sources,
 * with the help menu beside it (below it on a phone).
 */
export function HelpFrame({
  page,
  children,
  appLinks,
  terms,
  lines = DEFAULT_LINES,
}: {
  page: HelpPageId;
  children: ReactNode;
  appLinks?: readonly AppLink[];
  terms?: readonly GlossaryId[];
  lines?: readonly string[];
}) {
  const { t, locale } = useMessages();
  const info = HELP_PAGES[page];
  usePageTitle(info.title);
  useHashFocus();
  return (
    <div className="grid-container usa-section harbor-help">
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-8">
          <div className="usa-prose harbor-help__content">
            <h1>{t(info.title)}</h1>
            <p className="usa-intro">{t(info.lead)}</p>
            <p className="harbor-help__reviewed">
              {t('help.lastReviewed')} <time dateTime={info.lastReviewed}>{reviewedOn(info.lastReviewed, locale)}</time>
            </p>
            {children}
            {appLinks && <AppLinks links={appLinks} />}
            {terms && (
              <section aria-labelledby="help-terms">
                <h2 id="help-terms">{t('help.terms.heading')}</h2>
                <ul className="usa-list harbor-help__terms">
                  {terms.map((id) => (
                    <li key={id}>
                      <Link className="usa-link" to={glossaryHref(id)}>
                        {t(`help.glossary.${id}.term`)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section aria-labelledby="help-phones" data-testid="help-phones">
              <h2 id="help-phones">{t('help.phones.heading')}</h2>
              <p>{t('help.phones.intro')}</p>
              <ul className="usa-list">
                {linesOf(lines).map((line) => (
                  <li key={line.id}>
                    <a className="usa-link" href={`tel:${line.tel}`}>
                      {line.name[locale]}: {line.number}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="help-sources">
              <h2 id="help-sources">{t('help.sources.heading')}</h2>
              <p>{t(info.sources)}</p>
            </section>
          </div>
        </div>
        <div className="desktop:grid-col-4">
          <nav aria-label={t('help.nav.label')} className="harbor-help__nav">
            <ul className="usa-sidenav">
              {HELP_PAGE_LIST.map((entry) => (
                <li key={entry.id} className="usa-sidenav__item">
                  <NavLink to={entry.path} end className={({ isActive }) => (isActive ? 'usa-current' : undefined)}>
                    {t(entry.title)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
