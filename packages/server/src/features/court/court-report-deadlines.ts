import { addDays, countyDate, progressReportDueOn, REPORT_SECTIONS, reportLateAt } from '@harbor/core';
import { toStoredTime } from '../../db/ids.js';
import { classed } from '../../records/classed.js';
import type { DeadlineSource } from '../../records/deadlines.js';
import { youthLabels } from '../youth/youth-facts.js';
import { longestReportLead, programOf } from './programs.js';
import { hearingsAwaitingReport } from './queries.js';

/**
 * The progress reports of the deadlines view, the same clock as run-court-clocks.ts: each hearing not held yet whose
 * report the caller's agency has not sent, late at the end of its due day in the county (the program's days before
 * the hearing), due by `until` or overdue. Mine: the reports I write, and those not started for the youths whose
 * probation officer I am; the agency's (supervisors): all of them. Nothing for an agency that writes no report. Each
 * line is audited as a read of that youth's court record; a youth the caller may not see is left out.
 */
export const courtReportDeadlines: DeadlineSource = {
  event: 'court.read',
  async find(h, { scope, until, limit, timeZone }) {
    const { actor } = h;
    if (!(REPORT_SECTIONS as Record<string, readonly unknown[] | undefined>)[actor.agencyKind]?.length) return [];
    const most = await longestReportLead(h.db);
    const lastDay = addDays(countyDate(new Date(until), timeZone), most + 1);
    const rows = (await hearingsAwaitingReport(h.db, actor.agencyId, lastDay, limit)).filter(
      (r) =>
        scope === 'agency' ||
        (r.report_id ? r.report_author_id === actor.userId : r.probation_officer_id === actor.userId),
    );
    const access = await h.accessTo(rows.map((r) => r.youth_id));
    const shown = rows.filter((r) => access.has(r.youth_id));
    const labels = await youthLabels(
      h,
      shown.map((r) => r.youth_id),
    );
    const now = toStoredTime(h.now);
    const lines = [];
    for (const r of shown) {
      const dueOn = progressReportDueOn(await programOf(h.db, r.program_id, r.program_version), r.hearing_on);
      const dueAt = toStoredTime(reportLateAt(dueOn, timeZone));
      if (dueAt > until) continue;
      const label = labels.get(r.youth_id);
      lines.push({
        youthId: r.youth_id,
        recordType: 'court_hearing',
        recordId: r.hearing_id,
        view: {
          kind: 'court_report' as const,
          hearingId: r.hearing_id,
          youthId: r.youth_id,
          ...(label ? { youth: classed('identity', { initials: label.initials, age: label.age }) } : {}),
          programId: r.program_id,
          hearingOn: r.hearing_on,
          dueOn,
          report: r.report_id ? { id: r.report_id, status: r.report_status as 'draft' | 'signed' } : null,
          dueAt,
          overdue: dueAt <= now,
        },
      });
    }
    return lines;
  },
};
