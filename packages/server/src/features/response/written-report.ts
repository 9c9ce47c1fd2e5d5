import { type Locale, translate, WRITTEN_REPORT_FIELDS, type WrittenReportField } from '@harbor/core';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { appendAudit } from '../../audit/index.js';
import { decryptField, encryptField, fieldAad } from '../../crypto/field-encryption.js';
import { newId, toStoredTime } from '../../db/ids.js';
import { updateVersioned, versionedInsertColumns } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';
import { instruments } from '../screening/instruments.js';
import { displayName, openYouth } from '../youth/youth-data.js';
import { requireYouthAccess } from '../youth/youth-records.js';
import {
  completeReportStep,
  loadResponse,
  protocolOf,
  type ResponseCaller,
  requireResponseAccess,
} from './responses.js';

/**
 * The written follow-up report (form SS 8572, within 36 hours of the telephone report: PC 11166(a)), holding what
 * PC 11167(a) requires. Harbor fills what it knows from the youth, screening, response and reporter records; the reporter
 * reviews and completes the rest, then marks it submitted with a time, which completes the protocol's step.
 */

export { WRITTEN_REPORT_FIELDS };
export type WrittenReportFields = Record<WrittenReportField, string>;

const aad = (id: string) => fieldAad('written_report', 'fields', id);

/** What Harbor already knows, for a new report. */
async function prefill(c: ResponseCaller, responseId: string): Promise<WrittenReportFields> {
  const response = await loadResponse(c.db, responseId);
  const fields = Object.fromEntries(WRITTEN_REPORT_FIELDS.map((f) => [f, ''])) as WrittenReportFields;
  const agency = await c.db.selectFrom('agency').select(['name']).where('id', '=', c.user.agency_id).executeTakeFirst();
  fields.reporterName = c.user.display_name;
  fields.reporterCapacity = `${translate('en', `roleName.${c.user.role}` as never)}, ${agency?.name ?? ''}`;
  if (response.youth_id) {
    const row = await c.db.selectFrom('youth').selectAll().where('id', '=', response.youth_id).executeTakeFirst();
    if (row) {
      const youth = openYouth(c.keyring, row);
      fields.childName = [displayName(youth), ...youth.namesUsed.map((n) => `(${n})`)].join(' ').trim();
      fields.childBirthDate =
        youth.dateOfBirth ?? (youth.estimatedAge !== null ? `about ${youth.estimatedAge} years old` : '');
      fields.childAddress = youth.placement
        ? [youth.placement.kind.replaceAll('_', ' '), youth.placement.detail].filter(Boolean).join(': ')
        : '';
      fields.parents = youth.contacts
        .filter((contact) => /mother|father|parent|guardian|madre|padre|tutor/i.test(contact.relationship))
        .map((contact) =>
          [contact.name, `(${contact.relationship})`, contact.phone, contact.address].filter(Boolean).join(' '),
        )
        .join('; ');
    }
  }
  if (response.screening_id) {
    const screening = await c.db
      .selectFrom('screening as s')
      .innerJoin('app_user as u', 'u.id', 's.completed_by')
      .select(['s.instrument_id', 's.instrument_version', 's.level', 's.result', 's.completed_at', 'u.display_name'])
      .where('s.id', '=', response.screening_id)
      .executeTakeFirst();
    const instrument = screening
      ? await instruments.find(c.db, screening.instrument_id, screening.instrument_version)
      : undefined;
    if (screening && instrument) {
      const reasons = (JSON.parse(screening.result ?? '{"reasons":[]}') as { reasons: { itemIds: string[] }[] })
        .reasons;
      const items = instrument.domains.flatMap((d) => d.items);
      const seen = new Set(reasons.flatMap((r) => r.itemIds));
      fields.suspicionBasis = [...seen]
        .map((id) => items.find((i) => i.id === id)?.text.en)
        .filter(Boolean)
        .join(' ');
      fields.suspicionSource = `${instrument.title.en} completed by ${screening.display_name} on ${screening.completed_at?.slice(0, 10) ?? ''} (level of concern: ${screening.level}).`;
    }
  }
  fields.incident = `Response opened (${response.opened_by.replaceAll('_', ' ')}) on ${response.opened_at.slice(0, 16).replace('T', ' ')} UTC${response.recovered_at ? `; youth recovered ${response.recovered_at.slice(0, 16).replace('T', ' ')} UTC` : ''}.`;
  const telephone = await c.db
    .selectFrom('telephone_report')
    .selectAll()
    .where('response_id', '=', responseId)
    .orderBy('called_at', 'desc')
    .executeTakeFirst();
  if (telephone) {
    const referral = decryptField(
      c.keyring,
      telephone.referral_number,
      fieldAad('telephone_report', 'referral_number', telephone.id),
    );
    const worker = decryptField(
      c.keyring,
      telephone.worker_name,
      fieldAad('telephone_report', 'worker_name', telephone.id),
    );
    fields.telephoneReport = `${telephone.called_at.slice(0, 16).replace('T', ' ')} UTC to ${telephone.hotline}, taken by ${worker}; referral number ${referral}.`;
  }
  return fields;
}

export interface WrittenReportView {
  id: string | null;
  fields: WrittenReportFields;
  submittedAt: string | null;
  version: number;
}

/** The report: as saved, or pre-filled when none was saved yet. */
export async function readWrittenReport(c: ResponseCaller, responseId: string): Promise<WrittenReportView> {
  const response = await loadResponse(c.db, responseId);
  await requireResponseAccess(c, response, 'read_written_report');
  const row = await c.db
    .selectFrom('written_report')
    .selectAll()
    .where('response_id', '=', responseId)
    .executeTakeFirst();
  if (!row) return { id: null, fields: await prefill(c, responseId), submittedAt: null, version: 0 };
  return {
    id: row.id,
    fields: JSON.parse(decryptField(c.keyring, row.fields, aad(row.id))) as WrittenReportFields,
    submittedAt: row.submitted_at,
    version: row.version,
  };
}

/** Saves the reporter's version (version 0 = first save); a submitted report is not changed. */
export async function saveWrittenReport(
  c: ResponseCaller,
  responseId: string,
  input: { fields: WrittenReportFields; version: number; submittedAt?: string | undefined },
): Promise<WrittenReportView> {
  const response = await loadResponse(c.db, responseId);
  const access = await requireResponseAccess(c, response, 'written_report');
  if (access === 'break_glass') throw new HarborError('forbidden', 'break-glass access is read-only');
  const protocol = await protocolOf(c.db, response);
  const stepDef = protocol.steps.find((s) => s.completion === 'written_report');
  const step = stepDef
    ? await c.db
        .selectFrom('response_step')
        .selectAll()
        .where('response_id', '=', responseId)
        .where('step_id', '=', stepDef.id)
        .executeTakeFirst()
    : undefined;
  // Only the step's owner (the reporter) writes the report.
  if (step?.owner_user_id && step.owner_user_id !== c.user.id) {
    throw new HarborError('forbidden', 'the written report is the reporter’s');
  }
  const now = c.now ?? new Date();
  const submittedAt = input.submittedAt ? new Date(input.submittedAt) : null;
  if (submittedAt && submittedAt.getTime() > now.getTime() + 60_000) {
    throw new HarborError('validation_failed', 'a time in the future', [
      { path: 'body.submittedAt', message: 'response.time.future' },
    ]);
  }
  if (submittedAt) {
    const missing = REQUIRED_TO_SUBMIT.filter((f) => !input.fields[f].trim());
    if (missing.length > 0) {
      throw new HarborError(
        'validation_failed',
        'fields PC 11167(a) requires are empty',
        missing.map((f) => ({ path: `body.fields.${f}`, message: 'validation.required' })),
      );
    }
  }
  const existing = await c.db
    .selectFrom('written_report')
    .selectAll()
    .where('response_id', '=', responseId)
    .executeTakeFirst();
  if (existing?.submitted_at) throw new HarborError('conflict', 'the report was submitted');
  if (!existing && input.version !== 0) throw new HarborError('conflict', 'no saved report at that version');
  const id = existing?.id ?? newId();
  const sealed = encryptField(c.keyring, JSON.stringify(input.fields), aad(id));
  await c.db.transaction().execute(async (trx) => {
    if (existing) {
      await updateVersioned(
        trx,
        'written_report',
        id,
        input.version,
        {
          fields: sealed,
          ...(submittedAt ? { submitted_at: toStoredTime(submittedAt), submitted_by: c.user.id } : {}),
        },
        now,
      );
    } else {
      await trx
        .insertInto('written_report')
        .values({
          id,
          response_id: responseId,
          fields: sealed,
          submitted_at: submittedAt ? toStoredTime(submittedAt) : null,
          submitted_by: submittedAt ? c.user.id : null,
          ...versionedInsertColumns(now),
        })
        .execute();
    }
    await appendAudit(trx, c.auditKey, {
      event: submittedAt ? 'response.written_report_submitted' : 'response.written_report_saved',
      ...who(c),
      ...(response.youth_id ? { youthId: response.youth_id } : {}),
      recordType: 'written_report',
      recordId: id,
      fields: ['fields'],
      outcome: 'success',
    });
    if (submittedAt && step?.status === 'pending') {
      await completeReportStep(trx, c, response, step, submittedAt);
    }
  });
  return readWrittenReport(c, responseId);
}

const who = (c: ResponseCaller) => ({ actorUserId: c.user.id, actorAgencyId: c.user.agency_id, ip: c.ip });

/** PC 11167(a): what a report must hold before it can be marked submitted. */
const REQUIRED_TO_SUBMIT: readonly WrittenReportField[] = [
  'reporterName',
  'reporterCapacity',
  'reporterBusinessAddress',
  'reporterPhone',
  'childName',
  'suspicionBasis',
  'suspicionSource',
];

/** The report as a PDF with one form field per item (named as in WRITTEN_REPORT_FIELDS), so it can be read back. */
export async function writtenReportPdf(c: ResponseCaller, responseId: string, locale: Locale): Promise<Uint8Array> {
  const report = await readWrittenReport(c, responseId);
  const response = await loadResponse(c.db, responseId);
  if (response.youth_id) await requireYouthAccess(c, response.youth_id, 'written_report_pdf');
  const pdf = await PDFDocument.create();
  pdf.setTitle(translate(locale, 'response.writtenReport.pdfTitle'));
  pdf.setCreator('Harbor');
  pdf.setProducer('Harbor');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const form = pdf.getForm();
  let page = pdf.addPage([612, 792]);
  let y = 750;
  const line = (text: string, size: number, useBold = false) => {
    page.drawText(text, { x: 50, y, size, font: useBold ? bold : font });
    y -= size + 8;
  };
  line(translate(locale, 'response.writtenReport.pdfTitle'), 16, true);
  for (const text of wrap(translate(locale, 'response.writtenReport.pdfIntro'), 95)) line(text, 9);
  y -= 6;
  for (const field of WRITTEN_REPORT_FIELDS) {
    const long =
      field === 'suspicionBasis' || field === 'suspicionSource' || field === 'parents' || field === 'incident';
    const height = long ? 64 : 22;
    if (y - height - 20 < 40) {
      page = pdf.addPage([612, 792]);
      y = 750;
    }
    line(translate(locale, `response.writtenReport.field.${field}`), 10, true);
    const box = form.createTextField(field);
    if (long) box.enableMultiline();
    // Standard fonts cover Latin-1; anything else is replaced, never dropped silently from the stored report.
    box.setText(latin1(report.fields[field]));
    box.addToPage(page, { x: 50, y: y - height + 14, width: 512, height, font });
    y -= height + 6;
  }
  if (report.submittedAt)
    line(`${translate(locale, 'response.writtenReport.submittedAt')}: ${report.submittedAt}`, 10, true);
  form.updateFieldAppearances(font);
  return pdf.save();
}

function latin1(text: string): string {
  return [...text].map((ch) => ((ch.codePointAt(0) ?? 0) > 0xff ? '?' : ch)).join('');
}

function wrap(text: string, width: number): string[] {
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
