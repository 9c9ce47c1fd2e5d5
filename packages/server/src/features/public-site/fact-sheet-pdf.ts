import { type Locale, translate } from '@harbor/core';
import type { Token } from 'markdown-it';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { formatReviewDate, type PublicContent } from './content.js';
import { hotline } from './render.js';

const PAGE = { width: 612, height: 792 }; // US Letter, in points
const MARGIN = 54;
const FOOTER_SPACE = 40;
const INK = rgb(0.11, 0.11, 0.11);
const ACCENT = rgb(0.09, 0.18, 0.32); // primary-darker, as on the site

interface Run {
  text: string;
  bold: boolean;
}

/** The inline content of a paragraph or list item as runs of plain and bold text; links keep their text, outside
 * addresses follow in brackets so a printed page still says where to look. */
function inlineRuns(inline: Token): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let pendingHref: string | null = null;
  for (const token of inline.children ?? []) {
    switch (token.type) {
      case 'text':
      case 'code_inline':
        runs.push({ text: token.content, bold });
        break;
      case 'strong_open':
        bold = true;
        break;
      case 'strong_close':
        bold = false;
        break;
      case 'softbreak':
      case 'hardbreak':
        runs.push({ text: ' ', bold });
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        pendingHref = /^https?:/.test(href) ? href : null;
        break;
      }
      case 'link_close':
        if (pendingHref) runs.push({ text: ` (${pendingHref})`, bold: false });
        pendingHref = null;
        break;
      default:
        break;
    }
  }
  return runs;
}

class Writer {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly pdf: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  ensure(space: number): void {
    if (this.y - space < MARGIN + FOOTER_SPACE) this.newPage();
  }

  /** Writes runs as wrapped lines starting at x, with an optional marker (bullet or number) in the left gutter. */
  paragraph(runs: Run[], options: { size?: number; indent?: number; marker?: string; after?: number } = {}): void {
    const size = options.size ?? 10.5;
    const leading = size * 1.4;
    const x0 = MARGIN + (options.indent ?? 0);
    const maxWidth = PAGE.width - MARGIN - x0;
    const words: { text: string; font: PDFFont; space: boolean }[] = [];
    for (const run of runs) {
      const font = run.bold ? this.bold : this.font;
      const parts = run.text.split(/(\s+)/);
      for (const part of parts) {
        if (part === '') continue;
        if (/^\s+$/.test(part)) {
          const last = words.at(-1);
          if (last) last.space = true;
          continue;
        }
        words.push({ text: part, font, space: false });
      }
    }
    let line: typeof words = [];
    let width = 0;
    let first = true;
    const flush = () => {
      this.ensure(leading);
      if (first && options.marker) {
        const markerWidth = this.font.widthOfTextAtSize(options.marker, size);
        this.page.drawText(options.marker, {
          x: x0 - markerWidth - 4,
          y: this.y - size,
          size,
          font: this.font,
          color: INK,
        });
      }
      let x = x0;
      for (const word of line) {
        this.page.drawText(word.text, { x, y: this.y - size, size, font: word.font, color: INK });
        x += word.font.widthOfTextAtSize(word.text, size) + (word.space ? word.font.widthOfTextAtSize(' ', size) : 0);
      }
      this.y -= leading;
      line = [];
      width = 0;
      first = false;
    };
    for (const word of words) {
      const w = word.font.widthOfTextAtSize(word.text, size);
      const spaceBefore = line.length > 0 && line.at(-1)?.space ? word.font.widthOfTextAtSize(' ', size) : 0;
      if (line.length > 0 && width + spaceBefore + w > maxWidth) flush();
      width += (line.length > 0 ? spaceBefore : 0) + w;
      line.push(word);
    }
    if (line.length > 0) flush();
    this.y -= options.after ?? size * 0.6;
  }

  heading(text: string, size: number): void {
    this.ensure(size * 3);
    this.y -= size * 0.4;
    this.paragraph([{ text, bold: true }], { size, after: size * 0.3 });
  }
}

/** Draws one page's Markdown body: headings, paragraphs, bullet and numbered lists, callouts and tables. */
function writeBody(writer: Writer, tokens: Token[]): void {
  const lists: { ordered: boolean; next: number }[] = [];
  let quoteDepth = 0;
  let row: string[] = [];
  let pendingMarker: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1] as Token;
        writer.heading(
          inlineRuns(inline)
            .map((r) => r.text)
            .join(''),
          token.tag === 'h2' ? 13 : 11.5,
        );
        i += 2;
        break;
      }
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) writer.y -= 4;
        break;
      case 'list_item_open': {
        const list = lists.at(-1);
        if (list) pendingMarker = list.ordered ? `${list.next++}.` : '•';
        break;
      }
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'th_open':
      case 'td_open':
        row.push(
          inlineRuns(tokens[i + 1] as Token)
            .map((r) => r.text)
            .join(''),
        );
        break;
      case 'tr_close':
        writer.paragraph([{ text: row.join('  |  '), bold: tokens[i - 2]?.type === 'th_close' }], {
          indent: 12,
          after: 2,
        });
        break;
      case 'inline': {
        if (tokens[i - 1]?.type !== 'paragraph_open') break;
        const indent = lists.length * 16 + quoteDepth * 14;
        const runs = inlineRuns(token);
        const options = {
          indent,
          after: lists.length > 0 ? 3 : 7,
          ...(pendingMarker ? { marker: pendingMarker } : {}),
        };
        writer.paragraph(quoteDepth > 0 ? runs.map((r) => ({ ...r, bold: true })) : runs, options);
        pendingMarker = undefined;
        break;
      }
      default:
        break;
    }
  }
}

/**
 * The printable fact sheet in one language: every page marked `factSheet` in site.yaml, in menu order, with the
 * hotlines and page numbers on every sheet. Deterministic: the same content gives the same bytes.
 */
export async function factSheetPdf(content: PublicContent, locale: Locale, siteUrl: string): Promise<Uint8Array> {
  const pages = content.pages[locale].filter((p) => p.factSheet);
  const reviewed =
    pages
      .map((p) => p.lastReviewed)
      .sort()
      .at(-1) ?? '2026-01-01';
  const title = translate(locale, 'publicSite.pdf.title');
  const pdf = await PDFDocument.create();
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setLanguage(locale === 'es' ? 'es-US' : 'en-US');
  pdf.setAuthor('Harbor');
  pdf.setCreator('Harbor');
  pdf.setProducer('Harbor');
  pdf.setSubject(translate(locale, 'publicSite.tagline'));
  const stamp = new Date(`${reviewed}T00:00:00Z`);
  pdf.setCreationDate(stamp);
  pdf.setModificationDate(stamp);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const writer = new Writer(pdf, font, bold);

  writer.paragraph([{ text: title, bold: true }], { size: 18, after: 4 });
  writer.paragraph([{ text: translate(locale, 'publicSite.tagline'), bold: false }], { size: 10.5, after: 2 });
  writer.paragraph(
    [
      {
        text: translate(locale, 'publicSite.pdf.from', { url: siteUrl, date: formatReviewDate(reviewed, locale) }),
        bold: false,
      },
    ],
    { size: 9, after: 10 },
  );
  for (const page of pages) {
    writer.ensure(80);
    writer.y -= 8;
    writer.paragraph([{ text: page.title, bold: true }], { size: 15, after: 6 });
    writeBody(writer, page.tokens);
  }

  const helpLine = translate(locale, 'publicSite.pdf.helpLine', {
    dcfs: hotline('dcfs_child_protection_hotline').display,
    crisis: hotline('988').display,
  });
  const sheets = pdf.getPages();
  sheets.forEach((sheet, index) => {
    sheet.drawLine({
      start: { x: MARGIN, y: MARGIN + 14 },
      end: { x: PAGE.width - MARGIN, y: MARGIN + 14 },
      thickness: 0.5,
      color: ACCENT,
    });
    sheet.drawText(helpLine, {
      x: MARGIN,
      y: MARGIN,
      size: 8.5,
      font: bold,
      color: ACCENT,
    });
    const number = translate(locale, 'publicSite.pdf.pageNumber', { page: index + 1, total: sheets.length });
    sheet.drawText(number, {
      x: PAGE.width - MARGIN - font.widthOfTextAtSize(number, 8.5),
      y: MARGIN - 12,
      size: 8.5,
      font,
      color: INK,
    });
  });
  return pdf.save();
}
