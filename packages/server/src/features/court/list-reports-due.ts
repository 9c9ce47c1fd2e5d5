import { addDays, countyDate, isReportOverdue, progressReportDueOn, REPORT_SECTIONS } from '@harbor/core';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordsGate } from '../../records/gate.js';
import { youthLabels } from '../youth/youth-facts.js';
import { programOf } from './programs.js';
import { hearingsAwaitingReport } from './queries.js';

/**
 * The progress reports the caller's agency owes the court: for each hearing not held yet within `days` (and every
 * earlier one), of a youth the caller may see, the report's due day, whether it is late, and the report if started
 * (not sent); nothing for an agency that writes no report. Earliest first; each line is audited as a read of that youth's court record.
 */
export async function listReportsDue(input: { gate: RecordsGate; actor: Actor; days: number; timeZone: string }) {
  const { gate, actor } = input;
  return gate.readMany(actor, { event: 'court.read', details: { via: 'reports_due' } }, async (h) => {
    // An agency that writes no report (the court, law enforcement) owes none.
    if (!(REPORT_SECTIONS as Record<string, readonly unknown[] | undefined>)[actor.agencyKind]?.length) return [];
    const today = countyDate(h.now, input.timeZone);
    const rows = await hearingsAwaitingReport(h.db, actor.agencyId, addDays(today, input.days), 200);
    const access = await h.accessTo(rows.map((r) => r.youth_id));
    const shown = rows.filter((r) => access.has(r.youth_id));
    const labels = await youthLabels(
      h,
      shown.map((r) => r.youth_id),
    );
    const items = [];
    for (const r of shown) {
      const dueOn = progressReportDueOn(await programOf(h.db, r.program_id, r.program_version), r.hearing_on);
      const label = labels.get(r.youth_id);
      items.push({
        youthId: r.youth_id,
        recordType: 'court_hearing',
        recordId: r.hearing_id,
        view: {
          youthId: r.youth_id,
          ...(label ? { youth: classed('identity', { initials: label.initials }) } : {}),
          hearing: classed('protocol', {
            id: r.hearing_id,
            hearingOn: r.hearing_on,
            department: r.department,
            programId: r.program_id,
          }),
          dueOn: classed('protocol', dueOn),
          overdue: classed('protocol', isReportOverdue(dueOn, today)),
          report: classed(
            'protocol',
            r.report_id ? { id: r.report_id, status: r.report_status as 'draft' | 'signed' } : null,
          ),
        },
      });
    }
    return items;
  });
}
