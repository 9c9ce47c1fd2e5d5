import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { SessionTimeout } from '../components/session-timeout';
import { SiteFooter } from '../components/site-footer';
import { useMessages } from '../i18n';
import { SessionProvider, useSession } from '../session';
import { DemoBanner } from './demo-banner';
import { SiteHeader } from './site-header';

/** The root of every page: the session (loaded once at start) around the page frame. */
export function Layout() {
  return (
    <SessionProvider>
      <Frame />
    </SessionProvider>
  );
}

/** Warns before the idle timeout while someone is signed in. */
function TimeoutWatch() {
  const { state } = useSession();
  if (state.status !== 'signedIn') return null;
  return <SessionTimeout key={state.info.user.id} info={state.info} />;
}

/**
 * The page frame: skip link, the demonstration banner (on demonstration data only), header with navigation and
 * language switch, main landmark, footer.
 */
function Frame() {
  const { t } = useMessages();
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  const shownPath = useRef(location.pathname);

  // After a client-side navigation, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (shownPath.current === location.pathname) return; // first load: focus stays at the top of the document
    shownPath.current = location.pathname;
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      main.current?.focus();
    }
  }, [location.pathname]);

  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {t('shell.skipToContent')}
      </a>
      <DemoBanner />
      <SiteHeader />
      <main id="main-content" ref={main} tabIndex={-1} className="harbor-main">
        <Outlet />
      </main>
      <SiteFooter />
      <TimeoutWatch />
      <ScrollRestoration />
    </>
  );
}
