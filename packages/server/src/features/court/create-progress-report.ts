import {
  type CourtBasisRefusal,
  checkCourtBasis,
  type LegalBasis,
  progressReportDueOn,
  type ReportSection,
  reportSectionsFor,
  translate,
} from '@harbor/core';
import { newId } from '../../db/ids.js';
import type { CourtEnrollmentTable, CourtHearingTable, CourtResponseTable } from '../../db/tables/court.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import type { RecordHandle, RecordsGate } from '../../records/gate.js';
import { conflicting, hearingTarget, refused } from './court-rules.js';
import { programOf } from './programs.js';
import { agencyHasReport, hearingsOf, insertReport, responsesOf } from './queries.js';

export interface CourtBasisInput {
  basis: LegalBasis;
  mdtReportedAt?: string | null | undefined;
  mdtExtendedUntil?: string | null | undefined;
  mdtGoodCause?: string | null | undefined;
  overrideReason?: string | null | undefined;
  courtOrderReference?: string | null | undefined;
  consentBy?: string | null | undefined;
}

const dateOf = (value: string | null | undefined) => (value ? new Date(value) : null);

/**
 * Starts the actor's agency's progress report for a hearing: refused without a legal basis the court may receive it
 * on (referral sharing's bases; never an override; an MDT share only within its W&I 18961.7 window), and when the
 * basis leaves the agency nothing to send. The report holds the agency's sections the basis allows and the author
 * may read, each filled from the record (hearings attended, the response log); due the program's days before.
 */
export async function createProgressReport(input: {
  gate: RecordsGate;
  actor: Actor;
  hearingId: string;
  body: { locale: 'en' | 'es'; basis: CourtBasisInput };
}): Promise<string> {
  const { gate, actor, hearingId, body } = input;
  const found: { row?: CourtHearingTable; enrollment?: CourtEnrollmentTable } = {};
  return gate.write(actor, hearingTarget(hearingId, found), {
    action: 'court_create_report',
    run: async (h) => {
      const hearing = found.row!;
      const enrollment = found.enrollment!;
      const basis = body.basis;
      const refusal = checkCourtBasis(
        { ...basis, mdtReportedAt: dateOf(basis.mdtReportedAt), mdtExtendedUntil: dateOf(basis.mdtExtendedUntil) },
        h.now,
      );
      const sections = reportSectionsFor(actor.agencyKind, basis.basis, h.classes);
      const refusedFor: CourtBasisRefusal | 'court.report.noSections' | null =
        refusal ?? (sections.length === 0 ? 'court.report.noSections' : null);
      if (refusedFor) {
        h.refuse({
          event: 'court.report_refused',
          youthId: hearing.youth_id,
          recordType: 'court_hearing',
          recordId: hearing.id,
          outcome: 'denied',
          details: { basis: basis.basis, reason: refusedFor },
        });
        throw refused('body.basis', refusedFor);
      }
      if (await agencyHasReport(h.db, hearing.id, actor.agencyId)) throw conflicting('court.report.exists');
      const program = await programOf(h.db, enrollment.program_id, enrollment.program_version);
      const filled = await prefill(h, enrollment, hearing, sections, body.locale);
      const id = newId();
      await insertReport(h.db, {
        id,
        hearing_id: hearing.id,
        youth_id: hearing.youth_id,
        agency_id: actor.agencyId,
        author_id: actor.userId,
        locale: body.locale,
        basis: h.seal('court_progress_report', 'basis', id, JSON.stringify(basis)),
        sections: h.seal('court_progress_report', 'sections', id, JSON.stringify(filled)),
        status: 'draft',
        due_on: progressReportDueOn(program, hearing.hearing_on),
        signed_at: null,
        sent_at: null,
        ...versionedInsertColumns(h.now),
      });
      h.record({
        event: 'court.report_saved',
        youthId: hearing.youth_id,
        recordType: 'court_progress_report',
        recordId: id,
        fields: ['basis', 'sections', 'due_on'],
        outcome: 'success',
        details: { basis: basis.basis },
      });
      return id;
    },
  });
}

/** Each section's first text, from the record: attendance, and the response log entries of the section's class. */
async function prefill(
  h: RecordHandle,
  enrollment: CourtEnrollmentTable,
  hearing: CourtHearingTable,
  sections: readonly ReportSection[],
  locale: 'en' | 'es',
): Promise<Record<string, string>> {
  const before = (await hearingsOf(h.db, [enrollment.id])).filter(
    (x) => x.hearing_on < hearing.hearing_on && x.outcome && x.outcome !== 'not_held',
  );
  const attended = before.filter((x) => (JSON.parse(x.appeared ?? '[]') as string[]).includes('youth')).length;
  const attendance = translate(locale, 'court.report.prefill.attended', { attended, held: before.length });
  const entries = (await responsesOf(h.db, [enrollment.id])).filter((e) => e.occurred_on <= hearing.hearing_on);
  const lines = (pick: (e: CourtResponseTable) => boolean) =>
    entries.filter(pick).map((e) =>
      translate(locale, 'court.report.prefill.entry', {
        day: e.occurred_on,
        kind: translate(locale, `court.response.${e.kind}`),
        behaviour: h.open('court_response', 'behaviour', e.id, e.behaviour),
        response: h.open('court_response', 'response', e.id, e.response),
      }),
    );
  const text: Record<string, string[]> = {
    compliance: [attendance, ...lines((e) => e.field_class === 'protocol' && e.kind !== 'service_change')],
    attendance: [attendance],
    services: lines((e) => e.field_class === 'protocol' && e.kind === 'service_change'),
    treatment_progress: lines((e) => e.field_class === 'clinical'),
  };
  return Object.fromEntries(sections.map((s) => [s.id, (text[s.id] ?? []).join('\n')]));
}
