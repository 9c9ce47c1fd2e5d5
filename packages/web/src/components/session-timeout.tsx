import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { lastApiActivity } from '../api';
import { durationInWords } from '../format';
import { useMessages } from '../i18n';
import { useSession } from '../session';
import type { SessionInfo } from '../session-types';
import { ButtonGroup } from './button-group';

/** How long before the end the warning appears. */
export const WARNING_MS = 2 * 60_000;

interface Warning {
  /** Milliseconds until Harbor signs the user out. */
  left: number;
  /** The 12-hour limit comes first: staying signed in cannot push it back. */
  absolute: boolean;
}

/** What a screen reader hears while the dialog is open: not every second, only at these marks. */
function announcementMark(left: number): number | null {
  const seconds = Math.ceil(left / 1000);
  if (seconds <= 10) return 10;
  if (seconds <= 30) return 30;
  if (seconds <= 60) return 60;
  return null;
}

/**
 * The idle-timeout warning. Counts from the app's last API call (in any tab: the server restarts its idle timer at
 * every request of the session); two minutes before the end a modal dialog offers to stay signed in, which asks the
 * server for the session (that restarts its timer). At zero the app signs out and says why on the sign-in page.
 * Time comes from Date.now() and setInterval only, so tests can move it with Playwright's clock.
 */
export function SessionTimeout({ info }: { info: SessionInfo }) {
  const { t } = useMessages();
  const { refresh, signOut } = useSession();
  const [warning, setWarning] = useState<Warning | null>(null);
  const [absoluteDismissed, setAbsoluteDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const ending = useRef(false);
  // Escape can reach both the cancel and the close handler: one call to the server is enough.
  const staying = useRef(false);
  const idleMs = info.idleTimeoutSeconds * 1000;
  const expiresAt = Date.parse(info.expiresAt);

  const tick = useCallback(() => {
    const idleEnd = lastApiActivity() + idleMs;
    const end = Number.isNaN(expiresAt) ? idleEnd : Math.min(idleEnd, expiresAt);
    const left = end - Date.now();
    if (left <= 0) {
      if (!ending.current) {
        ending.current = true;
        void signOut(end === idleEnd ? 'timedOut' : 'ended');
      }
      return;
    }
    setWarning((was) => {
      if (left > WARNING_MS) return null;
      const absolute = end !== idleEnd;
      // Re-render only when the shown second changes.
      if (was && was.absolute === absolute && Math.ceil(was.left / 1000) === Math.ceil(left / 1000)) return was;
      return { left, absolute };
    });
  }, [idleMs, expiresAt, signOut]);

  useEffect(() => {
    tick();
    const timer = window.setInterval(tick, 1000);
    // A tab in the background gets its timers slowed down; look again as soon as it is back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    // Another tab's API call restarts the shared timer.
    window.addEventListener('storage', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('storage', tick);
    };
  }, [tick]);

  const open = warning !== null && !(warning.absolute && absoluteDismissed);

  // Whether the app wants the dialog open, and whether the app itself closed it: a close event arrives in a later
  // task, when the dialog may already be open again (the warning came back), and only a close the browser made (a
  // second Escape) means "stay signed in".
  const wantOpen = useRef(false);
  const closedByApp = useRef(false);

  // A layout effect: the dialog opens in the same frame as its content renders, not after a later paint.
  useLayoutEffect(() => {
    wantOpen.current = open;
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) {
      closedByApp.current = true;
      element.close();
    }
  }, [open]);

  const stay = async () => {
    if (staying.current) return;
    if (warning?.absolute) {
      setAbsoluteDismissed(true);
      return;
    }
    staying.current = true;
    setBusy(true);
    // Any answer from the server restarts its idle timer; a 401 means the session is gone (the provider handles it).
    await refresh();
    staying.current = false;
    setBusy(false);
    tick();
  };

  const signOutNow = () => {
    ending.current = true;
    void signOut('signedOut');
  };

  const mark = warning ? announcementMark(warning.left) : null;
  const time = warning ? durationInWords(warning.left, t) : '';
  return (
    <dialog
      ref={dialog}
      className="harbor-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="session-timeout-heading"
      aria-describedby="session-timeout-body session-timeout-countdown"
      onCancel={(event) => {
        // Escape means "stay signed in".
        event.preventDefault();
        void stay();
      }}
      onClose={() => {
        if (closedByApp.current) {
          closedByApp.current = false;
          return;
        }
        // The browser may close the dialog itself (a second Escape): that too means "stay signed in". A late event
        // for a dialog shown again, or one the app no longer shows, means nothing.
        if (wantOpen.current && !dialog.current?.open) void stay();
      }}
      data-testid="session-timeout"
    >
      {warning && (
        <div className="usa-modal harbor-dialog__panel">
          <div className="usa-modal__content">
            <div className="usa-modal__main">
              <h2 className="usa-modal__heading" id="session-timeout-heading">
                {warning.absolute ? t('sessionTimeout.absolute.heading') : t('sessionTimeout.heading')}
              </h2>
              <div className="usa-prose">
                <p id="session-timeout-body">
                  {warning.absolute ? t('sessionTimeout.absolute.body') : t('sessionTimeout.body')}
                </p>
                <p id="session-timeout-countdown" className="harbor-countdown">
                  {t('sessionTimeout.countdown', { time })}
                </p>
                <p className="usa-sr-only" aria-live="assertive" aria-atomic="true">
                  {mark ? t('sessionTimeout.countdown', { time: durationInWords(mark * 1000, t) }) : ''}
                </p>
              </div>
              <div className="usa-modal__footer">
                <ButtonGroup>
                  <button type="button" className="usa-button" onClick={() => void stay()} disabled={busy}>
                    {warning.absolute ? t('sessionTimeout.absolute.ok') : t('sessionTimeout.stay')}
                  </button>
                  <button type="button" className="usa-button usa-button--unstyled" onClick={signOutNow}>
                    {t('sessionTimeout.signOut')}
                  </button>
                </ButtonGroup>
              </div>
            </div>
          </div>
        </div>
      )}
    </dialog>
  );
}
