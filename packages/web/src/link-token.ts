import { useEffect, useState } from 'react';

/**
 * The one-time token of a link Harbor makes (`/setup#TOKEN`, `/invitation#TOKEN`, `/reset-password#TOKEN`): it sits
 * after `#`, so it never reaches a server, a log or a Referer header.
 */
export function tokenFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/**
 * The token of the link this page was opened with. It is a secret: the hook takes it out of the address bar (and so
 * out of the history and any screenshot). The link may also be pasted while the page is open, which changes only the
 * fragment.
 */
export function useLinkToken(): string {
  const [token, setToken] = useState(() => tokenFromHash(window.location.hash));
  useEffect(() => {
    const take = () => {
      if (!window.location.hash) return;
      const fresh = tokenFromHash(window.location.hash);
      if (fresh) setToken(fresh);
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, []);
  return token;
}
