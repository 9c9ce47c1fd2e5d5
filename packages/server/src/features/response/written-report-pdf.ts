import {
  formatInZone,
  type Locale,
  methodName,
  translate,
  WRITTEN_REPORT_LONG_FIELDS,
  WRITTEN_REPORT_SECTIONS,
  type WrittenReportField,
} from '@harbor/core';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { harborErrorWithMessage } from '../../errors.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { readWrittenReport } from './read-written-report.js';

/** The report as a PDF with one form field per item (named as in WRITTEN_REPORT_FIELDS), so it can be read back. */
export async function writtenReportPdf(input: {
  gate: RecordsGate;
  actor: Actor;
  responseId: string;
  locale: Locale;
  /** The county's zone, for the time it was sent (and the pre-fill's times). */
  timeZone: string;
}): Promise<Uint8Array> {
  const { locale, timeZone } = input;
  const report = await readWrittenReport({
    ...input,
    action: 'written_report_pdf',
    wording: { locale, timeZone },
    refuseUnseen: true,
  });
  const fields = report.fields;
  // PC 11167(d): the report goes to the reporter, their supervisors and child welfare, not to the rest of the team.
  if (!fields) {
    throw harborErrorWithMessage('forbidden', 'response.writtenReport.confidential', 'the report is confidential');
  }
  const pdf = await PDFDocument.create();
  pdf.setTitle(translate(locale, 'response.writtenReport.pdfTitle'));
  pdf.setCreator('Harbor');
  pdf.setProducer('Harbor');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const form = pdf.getForm();
  const drawable = drawableBy(font);
  let page = pdf.addPage([612, 792]);
  let y = 750;
  const line = (text: string, size: number, useBold = false) => {
    page.drawText(drawable(text), { x: 50, y, size, font: useBold ? bold : font });
    y -= size + 8;
  };
  line(translate(locale, 'response.writtenReport.pdfTitle'), 16, true);
  for (const text of wrap(translate(locale, 'response.writtenReport.pdfIntro'), 95)) line(text, 9);
  y -= 6;
  for (const section of WRITTEN_REPORT_SECTIONS) {
    if (y - 60 < 40) {
      page = pdf.addPage([612, 792]);
      y = 750;
    }
    y -= 4;
    line(translate(locale, `response.writtenReport.section.${section.id}`), 12, true);
    for (const field of section.fields) {
      const long = WRITTEN_REPORT_LONG_FIELDS.includes(field);
      const height = long ? 64 : 22;
      if (y - height - 20 < 40) {
        page = pdf.addPage([612, 792]);
        y = 750;
      }
      line(translate(locale, `response.writtenReport.field.${field}`), 10, true);
      const box = form.createTextField(field);
      if (long) box.enableMultiline();
      box.setText(drawable(pdfValue(fields, field, locale)));
      box.addToPage(page, { x: 50, y: y - height + 14, width: 512, height, font });
      y -= height + 6;
    }
  }
  if (report.submittedAt) {
    const sent = formatInZone(new Date(report.submittedAt), timeZone, locale);
    const via = report.sentVia ? ` (${methodName(report.sentVia, locale)})` : '';
    line(`${translate(locale, 'response.writtenReport.submittedAt')}: ${sent}${via}`, 10, true);
  }
  form.updateFieldAppearances(font);
  return pdf.save();
}

/**
 * A field as printed: the child's name, when not known, says so (PC 11167(a) asks for it "if known", and the report
 * is made without it); every other empty field stays empty for the reporter to fill in by hand.
 */
function pdfValue(fields: Record<WrittenReportField, string>, field: WrittenReportField, locale: Locale): string {
  const value = fields[field].trim();
  return field === 'childName' && !value ? translate(locale, 'response.writtenReport.childNameUnknown') : fields[field];
}

/**
 * A text as the standard font can draw it (WinAnsi): the spaces of formatted times as plain spaces; tabs and line
 * breaks kept (the form lays them out); other control and format characters left out, so a value saved with one
 * (before they were refused, issue 13 item 4) still prints; any other character the font lacks is a '?', never
 * dropped silently from the stored report.
 */
export function drawableBy(font: PDFFont): (text: string) => string {
  const drawn = new Set(font.getCharacterSet());
  return (text) =>
    [...text.replace(/[\u2000-\u200a\u202f]/g, ' ').replace(/[\u2028\u2029]/g, '\n')]
      .map((ch) => {
        if (drawn.has(ch.codePointAt(0) ?? 0) || ch === '\t' || ch === '\n' || ch === '\r') return ch;
        return /[\p{Cc}\p{Cf}]/u.test(ch) ? '' : '?';
      })
      .join('');
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if ((current + word).length > width) {
      lines.push(current.trim());
      current = '';
    }
    current += `${word} `;
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
}
