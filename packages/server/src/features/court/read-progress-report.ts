import { countyDate, isReportOverdue, REPORT_SECTIONS } from '@harbor/core';
import type { CourtProgressReportTable } from '../../db/tables/court.js';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordHandle, RecordsGate } from '../../records/gate.js';
import { youthNames } from '../youth/youth-facts.js';
import { reportTarget } from './court-rules.js';
import { programOf } from './programs.js';
import { agencyOf, loadEnrollment, loadHearing, userNames } from './queries.js';

/** The field class of a section of an agency's report (the kinds' lists in core). */
export const sectionClassOf = (agencyKind: string, sectionId: string) =>
  ((REPORT_SECTIONS as Record<string, readonly { id: string; fieldClass: string }[]>)[agencyKind] ?? []).find(
    (s) => s.id === sectionId,
  )?.fieldClass as 'protocol' | 'contact' | 'clinical' | undefined;

/** The stored sections of a report, opened (section id -> text). */
export const openSections = (h: Pick<RecordHandle, 'open'>, row: CourtProgressReportTable) =>
  JSON.parse(h.open('court_progress_report', 'sections', row.id, row.sections)) as Record<string, string>;

/**
 * A progress report as its readers see it: the hearing, the program and phase, the agency and author, the legal
 * basis, the status, due day and whether it is late, and each section in its class (the author sees all of theirs).
 */
export async function readProgressReport(input: {
  gate: RecordsGate;
  actor: Actor;
  reportId: string;
  timeZone: string;
  action?: string;
}) {
  const { gate, actor, reportId } = input;
  const found: { row?: CourtProgressReportTable } = {};
  return gate.read(actor, reportTarget(reportId, found), {
    action: input.action ?? 'read_progress_report',
    event: 'court.read',
    recordType: 'court_progress_report',
    run: async (h) => {
      const row = found.row!;
      const hearing = (await loadHearing(h.db, row.hearing_id))!;
      const enrollment = (await loadEnrollment(h.db, hearing.enrollment_id))!;
      const program = await programOf(h.db, enrollment.program_id, enrollment.program_version);
      const agency = await agencyOf(h.db, row.agency_id);
      const author = (await userNames(h.db, [row.author_id])).get(row.author_id) ?? '';
      const basis = JSON.parse(h.open('court_progress_report', 'basis', row.id, row.basis)) as { basis: string };
      const sections = Object.entries(openSections(h, row)).map(([id, text]) => ({
        id,
        text: classed(sectionClassOf(agency.kind, id) ?? 'clinical', text, { author: row.author_id }),
      }));
      const phase = program.phases.find((p) => p.id === enrollment.phase_id);
      return {
        id: row.id,
        version: row.version,
        status: row.status,
        locale: row.locale,
        dueOn: row.due_on,
        overdue: row.status === 'draft' && isReportOverdue(row.due_on, countyDate(h.now, input.timeZone)),
        signedAt: row.signed_at,
        sentAt: row.sent_at,
        agency: { id: row.agency_id, name: agency.name },
        author: { userId: row.author_id, name: author },
        youthName: classed('identity', (await youthNames(h, [row.youth_id])).get(row.youth_id) ?? ''),
        program: classed('protocol', { id: program.id, name: program.name[row.locale] }),
        phase: classed('protocol', phase ? phase.name[row.locale] : enrollment.phase_id),
        hearing: classed('protocol', { id: hearing.id, hearingOn: hearing.hearing_on, department: hearing.department }),
        basis: classed('protocol', basis),
        sections,
      };
    },
  });
}
