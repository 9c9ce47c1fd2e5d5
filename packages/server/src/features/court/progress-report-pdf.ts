import { type Locale, translate } from '@harbor/core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { drawableBy, wrap } from '../response/written-report-pdf.js';
import { readProgressReport } from './read-progress-report.js';

/** The PDF's form fields, each named so a reader (and the tests) can read the report back field by field. */
export const REPORT_PDF_FIELDS = [
  'youth',
  'program',
  'phase',
  'hearing',
  'agency',
  'author',
  'dueOn',
  'basis',
  'signed',
];

/**
 * A progress report as a PDF in the report's language (English or Spanish): the header fields, the legal basis of
 * the disclosure, each section the reader may see as a form field named `section.<id>`, and whether it is signed.
 */
export async function progressReportPdf(input: {
  gate: RecordsGate;
  actor: Actor;
  reportId: string;
  timeZone: string;
}): Promise<Uint8Array> {
  const report = await readProgressReport({ ...input, action: 'progress_report_pdf' });
  const locale: Locale = report.locale;
  const t = (key: string) => translate(locale, key);
  const pdf = await PDFDocument.create();
  pdf.setTitle(t('court.report.title'));
  pdf.setCreator('Harbor');
  pdf.setProducer('Harbor');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const drawable = drawableBy(font);
  const form = pdf.getForm();
  let page = pdf.addPage([612, 792]);
  let y = 750;
  const room = (height: number) => {
    if (y - height < 40) {
      page = pdf.addPage([612, 792]);
      y = 750;
    }
  };
  const line = (text: string, size: number, useBold = false) => {
    room(size + 8);
    page.drawText(drawable(text), { x: 50, y, size, font: useBold ? bold : font });
    y -= size + 8;
  };
  const field = (name: string, label: string, value: string, height = 22) => {
    room(height + 24);
    line(label, 10, true);
    const box = form.createTextField(name);
    if (height > 22) box.enableMultiline();
    box.setText(drawable(value));
    box.addToPage(page, { x: 50, y: y - height + 14, width: 512, height, font });
    y -= height + 6;
  };
  line(t('court.report.title'), 16, true);
  for (const text of wrap(t('court.report.confidential'), 95)) line(text, 9);
  const hearing = report.hearing ? `${report.hearing.hearingOn}, ${report.hearing.department}` : '';
  const basis = report.basis ? t(`court.report.basis.${report.basis.basis}`) : '';
  const values: Record<string, [string, string]> = {
    youth: [t('court.report.youth'), report.youthName ?? ''],
    program: [t('court.report.program'), report.program?.name ?? ''],
    phase: [t('court.report.phase'), report.phase ?? ''],
    hearing: [t('court.report.hearing'), hearing],
    agency: [t('court.report.agency'), report.agency.name],
    author: [t('court.report.author'), report.author.name],
    dueOn: [t('court.report.dueOn'), report.dueOn],
    basis: [t('court.report.basis'), basis],
    signed: [t('court.report.signed'), report.signedAt ?? t('court.report.notSigned')],
  };
  for (const name of REPORT_PDF_FIELDS) field(name, values[name]![0], values[name]![1]);
  for (const section of report.sections) {
    if (section.text === undefined) continue;
    field(`section.${section.id}`, t(`court.report.section.${section.id}`), section.text, 96);
  }
  form.updateFieldAppearances(font);
  return pdf.save();
}
