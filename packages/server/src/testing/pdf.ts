import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** The words drawn on a PDF's pages (not its form fields), for tests that read a PDF Harbor made. */
export async function drawnText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: FONTS, isEvalSupported: false })
    .promise;
  const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
  const contents = await Promise.all(pages.map((page) => page.getTextContent()));
  await doc.destroy();
  return contents.flatMap((c) => c.items.map((item) => ('str' in item ? item.str : ''))).join(' ');
}
