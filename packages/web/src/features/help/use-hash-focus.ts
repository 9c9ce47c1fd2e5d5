import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A link to a part of a help page (/help#account, /help/glossary#sb1322) moves focus to that part's heading, so that
 * the page opens there for the keyboard and screen readers too. It waits a frame: after a navigation the page frame
 * first focuses the new page's h1 (shell/layout.tsx), and the part's heading must win.
 */
export function useHashFocus(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [hash]);
}
