import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, type Locale } from '@harbor/core';
import MarkdownIt, { type Token } from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** The public site's pages: `content/public` at the top of the repository, edited without touching code. */
export const CONTENT_DIR = fileURLToPath(new URL('../../../../../content/public', import.meta.url));

/** The printable fact sheet's address in each language (generated from the pages marked `factSheet`). */
export const FACT_SHEET_PATHS: Record<Locale, string> = {
  en: '/en/fact-sheet.pdf',
  es: '/es/hoja-informativa.pdf',
};

export interface PublicPage {
  id: string;
  locale: Locale;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  lastReviewed: string;
  /** `/en/` for the home page, `/en/<slug>` for the others. */
  path: string;
  /** The page's body as HTML (the title is not part of it). */
  html: string;
  /** The parsed body, for the PDF. */
  tokens: Token[];
  factSheet: boolean;
}

export interface PublicContent {
  /** Per language, in menu order (home first). */
  pages: Record<Locale, PublicPage[]>;
  byPath: Map<string, PublicPage>;
  /** The same page in another language. */
  translation(page: PublicPage, locale: Locale): PublicPage;
}

/** A review date (YYYY-MM-DD) as people read it: "November 29, 2026", "29 de noviembre de 2026". */
export function formatReviewDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The content does not hold together; the message lists every problem with its file. */
export class PublicContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`the public site's content (content/public) has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'PublicContentError';
  }
}

const SiteIndex = z.strictObject({
  pages: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        factSheet: z.boolean().optional(),
      }),
    )
    .min(1),
});

const FrontMatter = z.strictObject({
  title: z.string().trim().min(1).max(120),
  slug: z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'lower-case letters, digits and single hyphens'),
  description: z.string().trim().min(20).max(160),
  lastReviewed: z.iso.date(),
});

// Characters the PDF's standard fonts can draw (Windows-1252): a page holding another one would break the fact sheet.
const WIN_ANSI = /^[\t\n\r\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/u;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function markdown(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // A block quote is the content's way to say "callout": a highlighted box, not a quotation.
  md.renderer.rules.blockquote_open = () => '<div class="harbor-callout">\n';
  md.renderer.rules.blockquote_close = () => '</div>\n';
  md.renderer.rules.table_open = () => '<table class="usa-table usa-table--borderless">\n';
  const defaultLink = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (token && /^https?:/.test(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noreferrer');
    return defaultLink ? defaultLink(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
  };
  return md;
}

/**
 * The front matter's `key: value` lines. Deliberately simpler than YAML: a value is the rest of its line, so a
 * description may hold a colon; surrounding quotes are dropped (`slug: ""` is empty).
 */
function frontMatterFields(block: string): Record<string, string> | string {
  const fields: Record<string, string> = {};
  for (const [index, line] of block.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z]+):[ \t]*(.*?)\s*$/.exec(line);
    if (!match) return `line ${index + 2} is not "name: value"`;
    const [, key = '', raw = ''] = match;
    if (key in fields) return `"${key}" appears twice`;
    fields[key] = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return fields;
}

function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.children) walk(token.children, visit);
  }
}

/** Reads and checks every page: both languages present, front matter complete, every link to a page that exists. */
export function loadPublicContent(dir: string = CONTENT_DIR): PublicContent {
  const problems: string[] = [];
  const md = markdown();

  let index: z.infer<typeof SiteIndex>;
  try {
    index = SiteIndex.parse(parseYaml(readFileSync(join(dir, 'site.yaml'), 'utf8')));
  } catch (error) {
    throw new PublicContentError([`site.yaml: ${error instanceof Error ? error.message : String(error)}`]);
  }

  const listed = new Set(index.pages.map((p) => p.id));
  if (listed.size !== index.pages.length) problems.push('site.yaml: a page is listed twice');
  if (index.pages[0]?.id !== 'home') problems.push('site.yaml: the first page must be `home`');
  for (const file of readdirSync(dir)) {
    if (file === 'site.yaml' || file === 'README.md') continue;
    const match = /^([a-z0-9-]+)\.([a-z]+)\.md$/.exec(file);
    if (!match) problems.push(`${file}: not a page file (pages are named <id>.en.md and <id>.es.md)`);
    else if (!(LOCALES as readonly string[]).includes(match[2] ?? '')) problems.push(`${file}: unknown language`);
    else if (!listed.has(match[1] ?? '')) problems.push(`${file}: page "${match[1]}" is not listed in site.yaml`);
  }

  type Draft = Omit<PublicPage, 'html'> & { file: string };
  const drafts: Draft[] = [];
  for (const entry of index.pages) {
    for (const locale of LOCALES) {
      const file = `${entry.id}.${locale}.md`;
      let source: string;
      try {
        source = readFileSync(join(dir, file), 'utf8');
      } catch {
        const other = LOCALES.filter((l) => l !== locale).map((l) => `${entry.id}.${l}.md`);
        problems.push(`${file} is missing: every page exists in English and Spanish (beside ${other.join(', ')})`);
        continue;
      }
      const front = FRONT_MATTER.exec(source);
      if (!front) {
        problems.push(`${file}: begins with no front matter (a block between two "---" lines)`);
        continue;
      }
      const fields = frontMatterFields(front[1] ?? '');
      if (typeof fields === 'string') {
        problems.push(`${file}: front matter: ${fields}`);
        continue;
      }
      const meta = FrontMatter.safeParse(fields);
      if (!meta.success) {
        for (const issue of meta.error.issues)
          problems.push(`${file}: ${issue.path.join('.') || 'front matter'}: ${issue.message}`);
        continue;
      }
      if ((meta.data.slug === '') !== (entry.id === 'home')) {
        problems.push(`${file}: slug: only the home page has an empty slug, and it must`);
      }
      if (!WIN_ANSI.test(source)) {
        const bad = [...source].find((c) => !WIN_ANSI.test(c));
        problems.push(
          `${file}: holds a character the printable fact sheet cannot show: "${bad}" (U+${bad?.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`,
        );
      }
      const tokens = md.parse(source.slice(front[0].length), {});
      if (tokens.some((t: Token) => t.type === 'heading_open' && t.tag === 'h1')) {
        problems.push(`${file}: uses a level-1 heading (#); the title is the page's only one, use ## and ###`);
      }
      drafts.push({
        id: entry.id,
        locale,
        title: meta.data.title,
        description: meta.data.description,
        lastReviewed: meta.data.lastReviewed,
        path: `/${locale}/${meta.data.slug}`,
        tokens,
        factSheet: entry.factSheet === true,
        file,
      });
    }
  }

  // Links are checked once every page has loaded: a missing page would otherwise also break every link to it.
  if (problems.length > 0) throw new PublicContentError(problems);
  const known = new Set([...drafts.map((d) => d.path), ...Object.values(FACT_SHEET_PATHS)]);
  if (known.size !== drafts.length + LOCALES.length) problems.push('two pages of one language share a slug');
  // Links between pages are written relative (`warning-signs`); they are checked and made absolute, so a page
  // also works at an address with a trailing slash.
  for (const draft of drafts) {
    walk(draft.tokens, (token) => {
      if (token.type !== 'link_open') return;
      const href = String(token.attrGet('href') ?? '');
      if (/^(https?|tel|mailto):/.test(href)) return;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        problems.push(`${draft.file}: link "${href}": only http(s), tel and mailto links may leave the site`);
        return;
      }
      const target = new URL(href, `http://harbor.invalid${draft.path}`);
      if (!known.has(target.pathname) || !target.pathname.startsWith(`/${draft.locale}/`)) {
        problems.push(`${draft.file}: link "${href}" leads to no page of this language`);
        return;
      }
      token.attrSet('href', target.pathname + target.hash);
    });
  }

  if (problems.length > 0) throw new PublicContentError(problems);

  const pages = Object.fromEntries(LOCALES.map((l) => [l, [] as PublicPage[]])) as Record<Locale, PublicPage[]>;
  const byPath = new Map<string, PublicPage>();
  for (const { file: _file, ...draft } of drafts) {
    const page: PublicPage = { ...draft, html: md.renderer.render(draft.tokens, md.options, {}) };
    pages[page.locale].push(page);
    byPath.set(page.path, page);
  }
  const byId = new Map(drafts.map((d) => [`${d.locale}:${d.id}`, byPath.get(d.path) as PublicPage]));
  return {
    pages,
    byPath,
    translation: (page, locale) => byId.get(`${locale}:${page.id}`) as PublicPage,
  };
}
