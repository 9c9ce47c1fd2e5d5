import type { Permission } from '@harbor/core';
import { Link } from 'react-router';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { roleMay } from '../../permissions';
import { useSession } from '../../session';

/** A page of the signed-in app that a help page is about, shown to the roles that hold its permission. */
export interface AppLink {
  to: string;
  key: AppMessageKey;
  permission?: Permission;
}

/** Links to the app's pages for a signed-in person (those the role uses); for anyone else, the way to sign in. */
export function AppLinks({ links }: { links: readonly AppLink[] }) {
  const { t } = useMessages();
  const { state } = useSession();
  if (state.status === 'loading') return null;
  const role = state.status === 'signedIn' ? state.info.user.role : undefined;
  const shown = role ? links.filter((link) => !link.permission || roleMay(role, link.permission)) : [];
  return (
    <section aria-labelledby="help-app" data-testid="help-app-links">
      <h2 id="help-app">{t('help.app.heading')}</h2>
      {!role ? (
        <>
          <p>{t('help.app.signedOut')}</p>
          <p>
            <Link className="usa-link" to="/sign-in">
              {t('help.app.signIn')}
            </Link>
          </p>
        </>
      ) : shown.length === 0 ? (
        <p>{t('help.app.none')}</p>
      ) : (
        <ul className="usa-list">
          {shown.map((link) => (
            <li key={link.to}>
              <Link className="usa-link" to={link.to}>
                {t(link.key)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
