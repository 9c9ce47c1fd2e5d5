// The public information site's only script. Without it every page still works; with it:
// - Quick exit (the button, or Escape pressed twice) blanks the page and replaces it with a neutral site, so the
//   back button does not lead back here;
// - links between the site's pages replace the current history entry instead of adding one, so a whole visit
//   stays one entry, which the quick exit then replaces.
(() => {
  const exit = document.getElementById('quick-exit');
  if (!exit) return;
  const ESCAPE_WINDOW_MS = 2000;
  let lastEscape = 0;

  let leaving = false;
  // Once: a further press or click while the neutral site loads must not start its navigation again.
  const leave = () => {
    if (leaving) return;
    leaving = true;
    document.title = '';
    document.body.replaceChildren();
    window.location.replace(exit.href);
  };

  exit.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) leave();
    else lastEscape = now;
  });

  const SITE_PAGE = /^\/(en|es)(\/|$)/;
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link === exit || link.hasAttribute('download') || link.target) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin || !SITE_PAGE.test(url.pathname) || url.pathname.endsWith('.pdf')) return;
    event.preventDefault();
    window.location.replace(url.href);
  });
})();
