import type { OpenedBy, ReportOrigin, ReportWording, WrittenReportMethod } from '@harbor/core';
import {
  DEFAULT_TIME_ZONE,
  estimatedAgeText,
  incidentText,
  placementText,
  screeningSourceText,
  telephoneReportText,
  translate,
  WRITTEN_REPORT_FIELDS,
  type WrittenReportField,
} from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ResponseStepTable, ResponseTable, WrittenReportTable } from '../../db/tables/response.js';
import { classed } from '../../records/classed.js';
import type { RecordHandle } from '../../records/gate.js';
import { instruments } from '../screening/instruments.js';
import { screeningForReport } from '../screening/queries.js';
import { displayName, youthForReport } from '../youth/youth-facts.js';
import { loadStepRow, telephoneReportsOf, writtenReportOf } from './queries.js';
import { protocolOf } from './response-rules.js';

/**
 * The written follow-up report (form SS 8572, PC 11166(a)), holding what PC 11167(a) requires. Its content and the
 * reporter's identity are confidential (PC 11167(d), 11167.5): the records gate shows them to the reporter, the
 * supervisors of the reporter's agency and child welfare; everyone else sees whether it was submitted and when.
 */

export type WrittenReportFields = Record<WrittenReportField, string>;

/** The protocol's written-report step of a response, when it has one. */
export async function writtenReportStep(
  db: Kysely<Database>,
  response: ResponseTable,
): Promise<ResponseStepTable | undefined> {
  const definition = (await protocolOf(db, response)).steps.find((s) => s.completion === 'written_report');
  return definition ? loadStepRow(db, response.id, definition.id) : undefined;
}

/** Who makes the report: the written-report step's owner (the person who made the telephone report), else the opener. */
export async function reporterOf(
  db: Kysely<Database>,
  response: ResponseTable,
  step: ResponseStepTable | undefined,
): Promise<ReportOrigin> {
  const userId = step?.owner_user_id ?? response.opener_user_id;
  const user = await db.selectFrom('app_user').select('agency_id').where('id', '=', userId).executeTakeFirst();
  return { reporterUserId: userId, reporterAgencyId: user?.agency_id ?? response.opener_agency_id };
}

/**
 * The report as stored (sealed JSON): its fields and, once it was marked sent, how it was sent. No report field is
 * called `sentVia` (WRITTEN_REPORT_FIELDS), so reports saved before the method was kept read the same.
 */
export function storedReport(fields: WrittenReportFields, sentVia: WrittenReportMethod | null): string {
  return JSON.stringify(sentVia ? { ...fields, sentVia } : fields);
}
/** No field filled in. */
export const emptyReport = (): WrittenReportFields =>
  Object.fromEntries(WRITTEN_REPORT_FIELDS.map((f) => [f, ''])) as WrittenReportFields;

function readStored(json: string): { fields: WrittenReportFields; sentVia: WrittenReportMethod | null } {
  const { sentVia, ...fields } = JSON.parse(json) as Partial<WrittenReportFields> & { sentVia?: WrittenReportMethod };
  // A report saved before a field was added (the suspected person, the guardians, the grade) has it empty.
  return { fields: { ...emptyReport(), ...fields }, sentVia: sentVia ?? null };
}

/** In English on the county's clock unless the caller says otherwise (the demo's story, a test). */
export const DEFAULT_WORDING: ReportWording = { locale: 'en', timeZone: DEFAULT_TIME_ZONE };

/** A contact who is a parent, and one who is a guardian or caregiver besides the parents (checked first). */
const PARENT = /mother|father|parent|madre|padre/i;
const GUARDIAN = /guardian|tutor|foster|caregiver|custod|grand|abuel|cuidador|crianza/i;

/**
 * What Harbor already knows, for a new report, in the reporter's language with times on the county's clock: the
 * reporter, the child (names, date of birth or age, where the child lives, parents and guardians: PC 11167(a) asks for
 * them, so they are in the report whatever the reporter's role may see of the youth's record), the screening's
 * reasons, the response and the telephone report (to whom, by name).
 */
async function prefill(h: RecordHandle, response: ResponseTable, w: ReportWording): Promise<WrittenReportFields> {
  const fields = emptyReport();
  const agency = await h.db.selectFrom('agency').select(['name']).where('id', '=', h.actor.agencyId).executeTakeFirst();
  fields.reporterName = h.actor.displayName;
  fields.reporterCapacity = `${translate(w.locale, `roleName.${h.actor.role}` as never)}, ${agency?.name ?? ''}`;
  const youth = response.youth_id ? await youthForReport(h, response.youth_id) : null;
  if (youth) {
    fields.childName = [displayName(youth), ...youth.namesUsed.map((n) => `(${n})`)].join(' ').trim();
    fields.childBirthDate =
      youth.dateOfBirth ?? (youth.estimatedAge !== null ? estimatedAgeText(youth.estimatedAge, w) : '');
    fields.childAddress = youth.placement ? placementText(youth.placement, w) : '';
    // PC 11167(a): the parents' or guardians' names, addresses and telephones. A guardian or caregiver who is not a
    // parent (a legal guardian, a grandparent, a foster or relative caregiver) has the report's own field.
    const contact = (c: (typeof youth.contacts)[number]) =>
      [c.name, `(${c.relationship})`, c.phone, c.address].filter(Boolean).join(' ');
    const guardian = (c: (typeof youth.contacts)[number]) => GUARDIAN.test(c.relationship);
    fields.parents = youth.contacts
      .filter((c) => !guardian(c) && PARENT.test(c.relationship))
      .map(contact)
      .join('; ');
    fields.guardians = youth.contacts.filter(guardian).map(contact).join('; ');
  }
  const screening = response.screening_id ? await screeningForReport(h.db, response.screening_id) : undefined;
  const instrument = screening
    ? await instruments.find(h.db, screening.instrument_id, screening.instrument_version)
    : undefined;
  if (screening && instrument) {
    const reasons = (JSON.parse(screening.result ?? '{"reasons":[]}') as { reasons: { itemIds: string[] }[] }).reasons;
    const items = instrument.domains.flatMap((d) => d.items);
    const seen = new Set(reasons.flatMap((r) => r.itemIds));
    fields.suspicionBasis = [...seen]
      .map((id) => items.find((i) => i.id === id)?.text[w.locale])
      .filter(Boolean)
      .join(' ');
    fields.suspicionSource = screeningSourceText(
      {
        title: instrument.title[w.locale],
        completedBy: screening.display_name,
        completedAt: screening.completed_at,
        level: screening.level ?? '',
      },
      w,
    );
  }
  fields.incident = incidentText(
    { openedBy: response.opened_by as OpenedBy, openedAt: response.opened_at, recoveredAt: response.recovered_at },
    w,
  );
  const telephone = (await telephoneReportsOf(h.db, response.id)).at(-1);
  if (telephone) {
    fields.telephoneReport = telephoneReportText(
      {
        calledAt: telephone.called_at,
        recipient: telephone.hotline,
        worker: h.open('telephone_report', 'worker_name', telephone.id, telephone.worker_name),
        referralNumber: h.open('telephone_report', 'referral_number', telephone.id, telephone.referral_number),
      },
      w,
    );
  }
  return fields;
}

/**
 * The report as saved, or pre-filled (in `wording`) when none was saved yet, its content and how it was sent classed
 * as a mandated report.
 */
export async function writtenReportView(h: RecordHandle, response: ResponseTable, wording = DEFAULT_WORDING) {
  const row: WrittenReportTable | undefined = await writtenReportOf(h.db, response.id);
  const report = await reporterOf(h.db, response, await writtenReportStep(h.db, response));
  // Only the reporter's own pre-fill is ever made: nobody else reads a youth's data into a report.
  const stored = row
    ? readStored(h.open('written_report', 'fields', row.id, row.fields))
    : {
        fields: h.actor.userId === report.reporterUserId ? await prefill(h, response, wording) : emptyReport(),
        sentVia: null,
      };
  return {
    id: row?.id ?? null,
    fields: classed('mandated_report', stored.fields, { report }),
    submittedAt: row?.submitted_at ?? null,
    sentVia: classed('mandated_report', stored.sentVia, { report }),
    version: row?.version ?? 0,
  };
}
