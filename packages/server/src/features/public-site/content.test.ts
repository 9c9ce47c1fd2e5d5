import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { HOTLINES, LOCALES } from '@harbor/core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR, loadPublicContent, PublicContentError } from './content.js';
import { factSheetPdf } from './fact-sheet-pdf.js';

/** Every number the how-to-report page must let a phone dial: 911 and every line of core's HOTLINES (the one list). */
const REQUIRED_TEL = ['tel:911', ...HOTLINES.map((line) => `tel:${line.tel}`)];

const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch copy of the shipped content to break on purpose. */
function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-content-'));
  copies.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadPublicContent(dir);
  } catch (error) {
    if (error instanceof PublicContentError) return error.problems;
    throw error;
  }
  return [];
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; title: unknown; language: unknown }> {
  const doc = await getDocument({ data: bytes, standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: unknown; Language?: unknown };
  const result = { text: parts.join('\n'), pages: doc.numPages, title: info.Title, language: info.Language };
  await doc.destroy();
  return result;
}

describe('the public site content', () => {
  const content = loadPublicContent();

  it('has every page in English and in Spanish, in the same order', () => {
    const ids = LOCALES.map((locale) => content.pages[locale].map((p) => p.id));
    expect(ids[0]).toEqual(ids[1]);
    expect(ids[0]).toEqual(
      expect.arrayContaining([
        'home',
        'what-is-csecy',
        'how-it-happens',
        'warning-signs',
        'impact-and-help',
        'language-matters',
        'california-law',
        'how-to-report',
        'county-response',
        'safe-browsing',
        'sources',
      ]),
    );
    const files = readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(files.length).toBe(ids[0]?.length ? ids[0].length * LOCALES.length : -1);
  });

  it('gives every page a review date that is a real day and not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const page of content.byPath.values()) {
      expect(page.lastReviewed <= today, page.path).toBe(true);
      expect(new Date(`${page.lastReviewed}T00:00:00Z`).toISOString().slice(0, 10)).toBe(page.lastReviewed);
    }
  });

  it('lets a phone dial every hotline from the how-to-report page, and the main ones from the home page', () => {
    for (const locale of LOCALES) {
      const report = content.pages[locale].find((p) => p.id === 'how-to-report');
      for (const tel of REQUIRED_TEL) expect(report?.html, `${locale} ${tel}`).toContain(`href="${tel}"`);
      const home = content.pages[locale][0];
      for (const tel of ['tel:911', 'tel:+18005404000', 'tel:988']) expect(home?.html).toContain(`href="${tel}"`);
    }
  });

  it('dials no number that is not 911 or a line of core HOTLINES, and shows each as the list writes it', () => {
    const listed = new Map(HOTLINES.map((line) => [`tel:${line.tel}`, line.number]));
    listed.set('tel:911', '911');
    for (const page of content.byPath.values()) {
      for (const [, href, text] of page.html.matchAll(/<a[^>]*href="(tel:[^"]*)"[^>]*>([^<]*)<\/a>/g)) {
        expect(listed.has(href as string), `${page.path}: ${href} is not in HOTLINES`).toBe(true);
        expect(text?.includes(listed.get(href as string) as string), `${page.path}: ${href} shown as "${text}"`).toBe(
          true,
        );
      }
    }
  });

  it('makes links between pages absolute, so they work from any address of the page', () => {
    const home = content.pages.es[0];
    expect(home?.html).toContain('href="/es/senales-de-alerta"');
    expect(home?.html).not.toMatch(/href="(?!\/|https?:|tel:|mailto:)/);
    expect(content.byPath.get('/en/sources')?.html).toContain('rel="noreferrer"');
  });

  it('renders no raw HTML an author writes: it shows as text', () => {
    const dir = copyContent();
    const file = join(dir, 'sources.en.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n<script>alert(1)</script>\n`);
    const page = loadPublicContent(dir).byPath.get('/en/sources');
    expect(page?.html).not.toContain('<script>');
    expect(page?.html).toContain('&lt;script&gt;');
  });

  it('refuses a page that exists in one language only, naming the missing file', () => {
    const dir = copyContent();
    rmSync(join(dir, 'warning-signs.es.md'));
    expect(problemsOf(dir)).toEqual([
      'warning-signs.es.md is missing: every page exists in English and Spanish (beside warning-signs.en.md)',
    ]);
  });

  it('refuses a page file that site.yaml does not list, and a file in an unknown language', () => {
    const dir = copyContent();
    cpSync(join(dir, 'sources.en.md'), join(dir, 'extra.en.md'));
    cpSync(join(dir, 'sources.en.md'), join(dir, 'sources.fr.md'));
    expect(problemsOf(dir)).toEqual([
      expect.stringContaining('extra.en.md: page "extra" is not listed'),
      'sources.fr.md: unknown language',
    ]);
  });

  it('names each broken piece: a missing title, a level-1 heading, an emoji, front matter that is not name: value', () => {
    const dir = copyContent();
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
    edit('warning-signs.en.md', (t) => t.replace(/^slug: .*$/m, 'slug warning-signs'));
    edit('warning-signs.es.md', (t) => t.replace(/^title: .*$/m, ''));
    edit('sources.en.md', (t) => `${t}\n# A second title\n`);
    edit('sources.es.md', (t) => `${t}\nGracias \u{1F600}\n`);
    const problems = problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning-signs\.en\.md: front matter: line \d+ is not "name: value"$/),
        expect.stringMatching(/^warning-signs\.es\.md: title: /),
        expect.stringContaining('sources.en.md: uses a level-1 heading'),
        expect.stringContaining('sources.es.md: holds a character the printable fact sheet cannot show'),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('refuses a link to no page, to a page of the other language, and to a scheme other than http(s), tel, mailto', () => {
    const dir = copyContent();
    const file = join(dir, 'warning-signs.en.md');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\n[nothing](no-such-page) [Spanish](/es/senales-de-alerta) [run](javascript:alert(1))\n`,
    );
    expect(problemsOf(dir)).toEqual([
      'warning-signs.en.md: link "no-such-page" leads to no page of this language',
      'warning-signs.en.md: link "/es/senales-de-alerta" leads to no page of this language',
    ]);
  });
});

describe('the printable fact sheet', () => {
  const content = loadPublicContent();

  it.each(LOCALES)(
    'in %s is a real PDF holding every fact-sheet page, its language and page numbers',
    async (locale) => {
      const bytes = await factSheetPdf(content, locale, `https://harbor.example/${locale}/`);
      const pdf = await pdfText(bytes);
      const flat = pdf.text.replace(/\s+/g, ' ');
      expect(pdf.pages).toBeGreaterThan(2);
      expect(pdf.title).toBe(
        locale === 'en'
          ? 'Commercial sexual exploitation of children and youth: fact sheet'
          : 'Explotación sexual comercial de niños, niñas y jóvenes: hoja informativa',
      );
      expect(pdf.language).toBe(locale === 'en' ? 'en-US' : 'es-US');
      const pages = content.pages[locale].filter((p) => p.factSheet);
      expect(pages.length).toBe(9);
      for (const page of pages) expect(flat, page.title).toContain(page.title.replace(/\s+/g, ' '));
      expect(flat).toContain(locale === 'en' ? `Page 1 of ${pdf.pages}` : `Página 1 de ${pdf.pages}`);
      expect(flat).toContain('(800) 540-4000');
      expect(flat).toContain('https://harbor.example/');
      // Outside links keep their address on paper.
      expect(flat).toContain('(https://oag.ca.gov/human-trafficking/legislation)');
      // The pages that are not part of it are not in it.
      const browse = content.pages[locale].find((p) => p.id === 'safe-browsing');
      expect(flat).not.toContain(browse?.title);
    },
  );

  it('is the same bytes for the same content', async () => {
    const a = await factSheetPdf(content, 'es', 'https://harbor.example/es/');
    const b = await factSheetPdf(content, 'es', 'https://harbor.example/es/');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
