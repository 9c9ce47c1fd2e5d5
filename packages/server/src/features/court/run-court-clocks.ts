import { addDays, countyDate, progressReportDueOn } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { insertNotification } from '../response/queries.js';
import { longestReportLead, programOf } from './programs.js';
import {
  agencySupervisors,
  hearingsWithoutOfficerReport,
  lateStartedReports,
  markReportEscalated,
} from './report-clock-queries.js';

const BATCH = 50;

interface Late {
  hearing_id: string;
  agency_id: string;
  youth_id: string;
  report_id: string | null;
}

/**
 * One pass of the progress reports' clocks, run by the deadline scheduler (features/escalation) beside the protocol
 * steps' escalations: a report not sent by the end of its due day (the program's days before the hearing, in the
 * county) notifies the supervisors of the agency that owes it, once: the author's agency for a report started, the
 * probation officer's for a hearing no report was started for. The notification and its e-mail name the hearing,
 * never the youth. Each (hearing, agency) is one transaction with its audit entry; one another process escalated
 * meanwhile is left alone. Returns how many it escalated.
 */
export async function runCourtClocks(input: {
  db: Kysely<Database>;
  auditKey: Buffer;
  now: Date;
  timeZone: string;
}): Promise<number> {
  const { db, now } = input;
  const today = countyDate(now, input.timeZone);
  const late: Late[] = await lateStartedReports(db, today, BATCH);
  // A report is late once today is after hearing day minus the program's days: look as far ahead as the most.
  const most = await longestReportLead(db);
  for (const row of await hearingsWithoutOfficerReport(db, addDays(today, most + 1), BATCH)) {
    const program = await programOf(db, row.program_id, row.program_version);
    if (progressReportDueOn(program, row.hearing_on) < today) late.push({ ...row, report_id: null });
  }
  let done = 0;
  for (const row of late) {
    if (await escalate(input, row)) done++;
  }
  return done;
}

async function escalate(input: { db: Kysely<Database>; auditKey: Buffer; now: Date }, row: Late): Promise<boolean> {
  const { auditKey, now } = input;
  return input.db.transaction().execute(async (trx) => {
    if (!(await markReportEscalated(trx, row.hearing_id, row.agency_id, toStoredTime(now)))) return false;
    const recipients = await agencySupervisors(trx, row.agency_id);
    for (const userId of recipients) {
      await insertNotification(
        trx,
        {
          user_id: userId,
          kind: 'court_report_overdue',
          response_id: null,
          response_step_id: null,
          court_hearing_id: row.hearing_id,
        },
        now,
      );
    }
    await appendAudit(
      trx,
      auditKey,
      {
        event: 'court.report_escalated',
        youthId: row.youth_id,
        recordType: row.report_id ? 'court_progress_report' : 'court_hearing',
        recordId: row.report_id ?? row.hearing_id,
        outcome: 'success',
        details: {
          agency_id: row.agency_id,
          kind: row.report_id ? 'started' : 'not_started',
          recipients: recipients.length,
        },
      },
      now,
    );
    return true;
  });
}
