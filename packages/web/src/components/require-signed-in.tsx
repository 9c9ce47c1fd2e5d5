import { Navigate, Outlet, useLocation } from 'react-router';
import { useMessages } from '../i18n';
import { useSession } from '../session';
import type { SignInNavigationState } from '../session-types';

/**
 * Guards the signed-in part of Harbor: while the session loads it shows a short wait, without a session it sends the
 * user to the sign-in page (which brings them back here afterwards).
 */
export function RequireSignedIn() {
  const { state } = useSession();
  const location = useLocation();
  const { t } = useMessages();
  if (state.status === 'signedIn') return <Outlet />;
  if (state.status === 'loading') {
    return (
      <div className="grid-container usa-section harbor-page">
        <p className="harbor-loading" role="status">
          {t('shell.loading')}
        </p>
      </div>
    );
  }
  // After sign-out or a timeout, the sign-in page says why; otherwise it brings the user back here afterwards.
  const next: SignInNavigationState =
    state.status === 'signedOut' && state.reason
      ? {
          notice: state.reason,
          ...(state.idleTimeoutSeconds ? { minutes: Math.round(state.idleTimeoutSeconds / 60) } : {}),
        }
      : { notice: 'required', from: location.pathname + location.search };
  return <Navigate to="/sign-in" replace state={next} />;
}
