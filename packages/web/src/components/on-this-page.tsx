import { type RefObject, useEffect, useState } from 'react';

interface Target {
  id: string;
  text: string;
}

/** The visible section headings (h2 with an id) inside `root`, in page order. */
function headingsIn(root: HTMLElement): Target[] {
  return [...root.querySelectorAll<HTMLHeadingElement>('h2[id]')]
    .filter((h) => !h.classList.contains('usa-sr-only') && !h.closest('[hidden]'))
    .map((h) => ({ id: h.id, text: h.textContent?.trim() ?? '' }))
    .filter((h) => h.text);
}

/**
 * "On this page": links to the page's sections, for a long page (a youth's record on a phone). It lists the h2s it
 * finds in `root` and follows them as sections arrive or change language (a MutationObserver), and a link moves the
 * keyboard's focus to its heading as well as the view. Not printed.
 */
export function OnThisPage({ root, label }: { root: RefObject<HTMLElement | null>; label: string }) {
  const [targets, setTargets] = useState<Target[]>([]);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const scan = () =>
      setTargets((was) => {
        const found = headingsIn(element);
        const same =
          was.length === found.length && was.every((w, i) => w.id === found[i]?.id && w.text === found[i]?.text);
        return same ? was : found;
      });
    scan();
    const observer = new MutationObserver(scan);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [root]);
  if (targets.length < 3) return null;
  const follow = (event: React.MouseEvent, id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav aria-label={label} className="harbor-on-this-page harbor-no-print" data-testid="on-this-page">
      <p className="harbor-on-this-page__label">{label}</p>
      <ul className="harbor-on-this-page__list">
        {targets.map((target) => (
          <li key={target.id}>
            <a className="usa-link" href={`#${target.id}`} onClick={(event) => follow(event, target.id)}>
              {target.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
