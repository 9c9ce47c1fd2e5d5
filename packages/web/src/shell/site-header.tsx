import closeIcon from '@uswds/uswds/img/usa-icons/close.svg';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { useCountyZone, zoneLongName } from '../county-time';
import type { NavEntry } from '../feature-declaration';
import { type NavMenu, publicNavigation, signedInMenu } from '../features/navigation';
import { useMessages } from '../i18n';
import { roleMay } from '../permissions';
import { useSession } from '../session';
import { useUnreadCount } from '../unread-notifications';

/**
 * USWDS basic header without the federal banner (Harbor is a county system). Below the desktop breakpoint the
 * navigation collapses behind a Menu button; the open/close behaviour is done here instead of loading uswds.js.
 */
export function SiteHeader() {
  const { t, locale } = useMessages();
  const session = useSession();
  const zone = useCountyZone();
  const signedIn = session.state.status === 'signedIn' ? session.state.info : null;
  // The menu comes from the list of features (features/index.ts).
  const navItems: (NavEntry | NavMenu)[] = signedIn ? signedInMenu(signedIn.user.role) : publicNavigation();
  const [openMenu, setOpenMenu] = useState<string | null>(null);
  const [signingOut, setSigningOut] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const unread = useUnreadCount(signedIn?.user.id ?? null, location.pathname);
  const maySearch = signedIn !== null && roleMay(signedIn.user.role, 'youth.read');
  const [query, setQuery] = useState('');
  const search = (event: FormEvent) => {
    event.preventDefault();
    const name = query.trim();
    if (!name) return;
    navigate(`/app/youth?name=${encodeURIComponent(name)}`);
    setQuery('');
  };

  // A navigation closes the menu and any open group.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the path changes
  useEffect(() => {
    setMenuOpen(false);
    setOpenMenu(null);
  }, [location.pathname]);

  // An open group closes on a click elsewhere.
  useEffect(() => {
    if (!openMenu) return;
    const onClick = (event: MouseEvent) => {
      if (
        !(event.target instanceof Node) ||
        !nav.current?.querySelector(`#nav-${openMenu}`)?.parentElement?.contains(event.target)
      ) {
        setOpenMenu(null);
      }
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [openMenu]);

  useEffect(() => {
    document.body.classList.toggle('usa-js-mobile-nav--active', menuOpen);
    if (menuOpen) closeButton.current?.focus();
  }, [menuOpen]);

  const close = () => {
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  const signOut = async () => {
    if (signingOut) return;
    setSigningOut(true);
    await session.signOut('signedOut');
    setSigningOut(false);
  };

  // While open, Escape closes and Tab stays inside the panel.
  const onNavKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && openMenu) {
      // Escape closes the open group first, back on its button.
      event.preventDefault();
      nav.current?.querySelector<HTMLButtonElement>(`[aria-controls="nav-${openMenu}"]`)?.focus();
      setOpenMenu(null);
      return;
    }
    if (!menuOpen) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab' || !nav.current) return;
    const focusable = nav.current.querySelectorAll<HTMLElement>('a[href], button');
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <header className="harbor-header">
      <div className="harbor-topbar">
        <div className="grid-container harbor-topbar__inner">
          <p className="harbor-topbar__tagline">{t('shell.header.tagline')}</p>
          {signedIn && (
            <p className="harbor-topbar__zone" data-testid="time-zone">
              {t('shell.header.timeZone', { zone: zoneLongName(zone, locale) })}
            </p>
          )}
          <LanguageSwitch />
        </div>
      </div>
      <div className={menuOpen ? 'usa-overlay is-visible' : 'usa-overlay'} aria-hidden="true" onClick={close} />
      <div className="usa-header usa-header--basic">
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <div className="usa-logo">
              <em className="usa-logo__text">
                <Link to={signedIn ? '/app' : '/staff'} aria-label={t('shell.homeLink')}>
                  {t('app.name')}
                </Link>
              </em>
            </div>
            <button
              type="button"
              ref={menuButton}
              className="usa-menu-btn"
              aria-expanded={menuOpen}
              aria-controls="primary-navigation"
              onClick={() => setMenuOpen(true)}
            >
              {t('shell.menu.open')}
            </button>
          </div>
          <nav
            id="primary-navigation"
            ref={nav}
            aria-label={t('shell.nav.label')}
            className={menuOpen ? 'usa-nav is-visible' : 'usa-nav'}
            onKeyDown={onNavKeyDown}
          >
            <button type="button" ref={closeButton} className="usa-nav__close" onClick={close}>
              <img src={closeIcon} alt={t('shell.menu.close')} />
            </button>
            <ul className="usa-nav__primary usa-accordion">
              {navItems.map((item) =>
                'menu' in item ? (
                  <li key={item.menu} className="usa-nav__primary-item">
                    <button
                      type="button"
                      className={
                        item.entries.some((e) => location.pathname.startsWith(e.to))
                          ? 'usa-accordion__button usa-nav__link usa-current'
                          : 'usa-accordion__button usa-nav__link'
                      }
                      aria-expanded={openMenu === item.menu}
                      aria-controls={`nav-${item.menu}`}
                      onClick={() => setOpenMenu(openMenu === item.menu ? null : item.menu)}
                    >
                      <span>{t(item.key)}</span>
                    </button>
                    <ul id={`nav-${item.menu}`} className="usa-nav__submenu" hidden={openMenu !== item.menu}>
                      {item.entries.map((entry) => (
                        <li key={entry.to} className="usa-nav__submenu-item">
                          <NavLink to={entry.to} end={entry.end ?? false}>
                            {t(entry.key)}
                          </NavLink>
                        </li>
                      ))}
                    </ul>
                  </li>
                ) : (
                  <li key={item.to} className="usa-nav__primary-item">
                    <NavLink
                      to={item.to}
                      end={item.end ?? false}
                      className={({ isActive }) => (isActive ? 'usa-nav-link usa-current' : 'usa-nav-link')}
                    >
                      {item.counter === 'unreadNotifications' && unread !== null && unread > 0 ? (
                        <>
                          <span>{t(item.key)}</span>
                          <span className="harbor-count" data-testid="unread-count">
                            {t('shell.nav.unread', { count: unread })}
                          </span>
                        </>
                      ) : (
                        <span>{t(item.key)}</span>
                      )}
                    </NavLink>
                  </li>
                ),
              )}
            </ul>
            {signedIn && (
              <div className="harbor-account">
                <p className="harbor-account__name">
                  {t('shell.account.signedInAs', { name: signedIn.user.displayName })}
                </p>
                <button
                  type="button"
                  className="usa-button usa-button--outline harbor-account__sign-out"
                  onClick={() => void signOut()}
                  disabled={signingOut}
                >
                  {signingOut ? t('shell.account.signingOut') : t('shell.account.signOut')}
                </button>
              </div>
            )}
          </nav>
        </div>
      </div>
      {maySearch && (
        <div className="harbor-searchbar">
          <div className="grid-container">
            <search className="harbor-header-search">
              <form className="usa-search" onSubmit={search}>
                <label className="usa-sr-only" htmlFor="header-search">
                  {t('shell.search.label')}
                </label>
                <input
                  className="usa-input"
                  id="header-search"
                  type="search"
                  name="name"
                  autoComplete="off"
                  placeholder={t('shell.search.label')}
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                />
                <button className="usa-button" type="submit">
                  {t('shell.search.submit')}
                </button>
              </form>
            </search>
          </div>
        </div>
      )}
    </header>
  );
}
