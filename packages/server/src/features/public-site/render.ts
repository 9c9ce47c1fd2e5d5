import { HOTLINES, LOCALES, type Locale, type MessageKey, type MessageValues, translate } from '@harbor/core';
import type { PublicContent, PublicPage } from './content.js';
import { FACT_SHEET_PATHS, formatReviewDate } from './content.js';

/** Text made safe for HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Markup that is already safe (rendered Markdown, or built here from escaped parts). */
class Safe {
  constructor(readonly html: string) {}
}

type Part = string | number | Safe | Part[] | null | undefined | false;

function flatten(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Safe) return part.html;
  if (Array.isArray(part)) return part.map(flatten).join('');
  return escapeHtml(String(part));
}

/** A template tag that escapes every interpolated value unless it is already Safe. */
function html(strings: TemplateStringsArray, ...parts: Part[]): Safe {
  let out = strings[0] ?? '';
  parts.forEach((part, i) => {
    out += flatten(part) + (strings[i + 1] ?? '');
  });
  return new Safe(out);
}

export interface SiteFrame {
  content: PublicContent;
  /** Absolute base for canonical and alternate addresses, e.g. https://harbor.example.org (no trailing slash). */
  siteUrl: string;
  quickExitUrl: string;
  stylesheet: string;
  script: string;
}

/** A line of the county's list (core HOTLINES), by id. */
export function hotline(id: string): { tel: string; display: string } {
  const line = HOTLINES.find((h) => h.id === id);
  if (!line) throw new Error(`no hotline "${id}"`);
  return { tel: line.tel, display: line.number };
}

/** The help box's lines: a label message and a number dialled through a tel: link. */
const HELP_LINES: { key: MessageKey; tel: string; display: string }[] = [
  { key: 'publicSite.help.emergency', tel: '911', display: '911' },
  { key: 'publicSite.help.dcfs', ...hotline('dcfs_child_protection_hotline') },
  { key: 'publicSite.help.trafficking', ...hotline('national_human_trafficking_hotline') },
  { key: 'publicSite.help.crisis', ...hotline('988') },
  { key: 'publicSite.help.access', ...hotline('lacdmh_access') },
];

interface PageView {
  locale: Locale;
  title: string;
  description: string;
  /** The page this one is, for the guide's current entry and the language switch; none on "not found". */
  page?: PublicPage;
  body: Safe;
}

function layout(frame: SiteFrame, view: PageView): string {
  const { locale } = view;
  const t = (key: MessageKey, values?: MessageValues) => translate(locale, key, values);
  const other = LOCALES.find((l) => l !== locale) as Locale;
  const home = frame.content.pages[locale][0] as PublicPage;
  const otherPage = frame.content.translation(view.page ?? home, other);
  const find = (id: string) => frame.content.pages[locale].find((p) => p.id === id);
  const safeBrowsing = find('safe-browsing');
  const sources = find('sources');
  const howToReport = find('how-to-report');
  const title = `${view.title} | ${t('publicSite.name')}`;
  return `<!doctype html>${
    html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${view.description}">
${
  view.page
    ? html`<link rel="canonical" href="${frame.siteUrl}${view.page.path}">
${LOCALES.map((l) => {
  const version = frame.content.translation(view.page as PublicPage, l);
  return html`<link rel="alternate" hreflang="${l}" href="${frame.siteUrl}${version.path}">
`;
})}<link rel="alternate" hreflang="x-default" href="${frame.siteUrl}/">`
    : html`<meta name="robots" content="noindex">`
}
<meta name="theme-color" content="#162e51">
<link rel="icon" href="/icons/favicon-32.png" sizes="32x32" type="image/png">
<link rel="stylesheet" href="${frame.stylesheet}">
<script src="${frame.script}" defer></script>
</head>
<body>
<a class="usa-skipnav" href="#main-content">${t('publicSite.skipToContent')}</a>
<div class="harbor-exitbar">
<div class="grid-container harbor-exitbar__inner">
<p class="harbor-exitbar__hint">${t('publicSite.quickExit.hint')}</p>
<a id="quick-exit" class="usa-button usa-button--secondary" href="${frame.quickExitUrl}" rel="noreferrer">${t('publicSite.quickExit')}</a>
<noscript><p class="harbor-exitbar__hint">${t('publicSite.quickExit.noScript')}</p></noscript>
</div>
</div>
<header class="harbor-site-header">
<div class="grid-container harbor-site-header__inner">
<div>
<a class="harbor-site-header__brand" href="${home.path}">${t('publicSite.name')}</a>
<p class="harbor-site-header__tagline">${t('publicSite.tagline')}</p>
</div>
<a class="harbor-site-header__language" href="${otherPage.path}" hreflang="${other}" lang="${other}" aria-label="${t('publicSite.language.otherLabel')}">${t('publicSite.language.other')}</a>
</div>
</header>
<div class="grid-container harbor-page">
<div class="grid-row grid-gap-lg">
<main id="main-content" class="desktop:grid-col-8" tabindex="-1">
<h1>${view.title}</h1>
${view.body}
</main>
<div class="desktop:grid-col-4">
<aside class="harbor-help" aria-labelledby="help-now">
<h2 id="help-now">${t('publicSite.help.heading')}</h2>
<ul>
${HELP_LINES.map(
  (line) => html`<li>${t(line.key)} <a href="tel:${line.tel}">${line.display}</a></li>
`,
)}</ul>
${howToReport ? html`<p><a href="${howToReport.path}">${t('publicSite.help.more')}</a></p>` : null}
<p><a href="${FACT_SHEET_PATHS[locale]}" type="application/pdf">${t('publicSite.factSheet')}</a></p>
</aside>
<nav class="harbor-guide-nav" aria-labelledby="guide-nav">
<h2 id="guide-nav">${t('publicSite.guide')}</h2>
<ul class="usa-sidenav">
${frame.content.pages[locale].map((p) => {
  const current = p.id === view.page?.id;
  return html`<li class="usa-sidenav__item"><a href="${p.path}"${current ? new Safe(' class="usa-current" aria-current="page"') : ''}>${p.title}</a></li>
`;
})}</ul>
</nav>
</div>
</div>
</div>
<footer class="harbor-site-footer">
<div class="grid-container">
<nav aria-label="${t('publicSite.footer.navLabel')}">
<ul>
${safeBrowsing ? html`<li><a href="${safeBrowsing.path}">${t('publicSite.footer.safeBrowsing')}</a></li>` : null}
${sources ? html`<li><a href="${sources.path}">${t('publicSite.footer.sources')}</a></li>` : null}
<li><a href="/sign-in">${t('publicSite.footer.staff')}</a></li>
</ul>
</nav>
<p>${t('publicSite.footer.privacy')}</p>
</div>
</footer>
</body>
</html>
`.html
  }`;
}

/** A content page: its title, its Markdown body, and the date it was last reviewed. */
export function renderPage(frame: SiteFrame, page: PublicPage): string {
  const reviewed = translate(page.locale, 'publicSite.lastReviewed', {
    date: formatReviewDate(page.lastReviewed, page.locale),
  });
  return layout(frame, {
    locale: page.locale,
    title: page.title,
    description: page.description,
    page,
    body: html`<div class="usa-prose">
${new Safe(page.html)}</div>
<p class="harbor-reviewed"><time datetime="${page.lastReviewed}">${reviewed}</time></p>`,
  });
}

/** The "no such page" page, in the language of the address. */
export function renderNotFound(frame: SiteFrame, locale: Locale): string {
  return layout(frame, {
    locale,
    title: translate(locale, 'publicSite.notFound.title'),
    description: translate(locale, 'publicSite.notFound.description'),
    body: html`<p class="usa-intro">${translate(locale, 'publicSite.notFound.body')}</p>`,
  });
}
