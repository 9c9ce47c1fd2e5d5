import { useEffect } from 'react';

/**
 * Marks every printed page of the current view with a line of text in the page's top margin (a CSS @page margin box,
 * in the reader's language), for as long as the view is shown: "Confidential: W&I 827". The rule goes into a
 * constructed style sheet, so the Content-Security-Policy's ban on inline styles is kept.
 */
export function usePrintMark(text: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    const quoted = JSON.stringify(text);
    sheet.replaceSync(
      `@page { margin: 20mm 14mm; @top-center { content: ${quoted}; font: 700 10pt sans-serif; } @bottom-center { content: ${quoted} " · " counter(page) " / " counter(pages); font: 9pt sans-serif; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
}
