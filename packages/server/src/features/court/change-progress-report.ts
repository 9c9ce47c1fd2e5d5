import { PROGRESS_REPORT_NEXT, type ProgressReportStatus } from '@harbor/core';
import { toStoredTime } from '../../db/ids.js';
import type { CourtProgressReportTable } from '../../db/tables/court.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { conflicting, refused, reportTarget } from './court-rules.js';
import { openSections } from './read-progress-report.js';

function requireAuthor(actor: Actor, row: CourtProgressReportTable) {
  if (row.author_id !== actor.userId) throw conflicting('court.report.notAuthor');
}

/** The author edits a draft's sections (only the sections the report holds); a signed report no longer changes. */
export async function editProgressReport(input: {
  gate: RecordsGate;
  actor: Actor;
  reportId: string;
  body: { version: number; sections: Record<string, string> };
}): Promise<void> {
  const { gate, actor, reportId, body } = input;
  const found: { row?: CourtProgressReportTable } = {};
  await gate.write(actor, reportTarget(reportId, found), {
    action: 'court_edit_report',
    run: async (h) => {
      const row = found.row!;
      requireAuthor(actor, row);
      if (row.status !== 'draft') throw conflicting('court.report.notDraft');
      const sections = openSections(h, row);
      for (const id of Object.keys(body.sections)) {
        if (!Object.hasOwn(sections, id)) throw refused(`body.sections.${id}`, 'court.report.unknownSection');
      }
      const next = { ...sections, ...body.sections };
      await updateVersioned(
        h.db,
        'court_progress_report',
        row.id,
        body.version,
        { sections: h.seal('court_progress_report', 'sections', row.id, JSON.stringify(next)) },
        h.now,
      );
      h.record({
        event: 'court.report_saved',
        youthId: row.youth_id,
        recordType: 'court_progress_report',
        recordId: row.id,
        fields: ['sections'],
        outcome: 'success',
      });
    },
  });
}

/** Signs a draft (its author) or sends a signed report to the court: the next status only, with its time. */
export async function moveProgressReport(input: {
  gate: RecordsGate;
  actor: Actor;
  reportId: string;
  to: 'signed' | 'sent';
  body: { version: number };
}): Promise<void> {
  const { gate, actor, reportId, to, body } = input;
  const found: { row?: CourtProgressReportTable } = {};
  await gate.write(actor, reportTarget(reportId, found), {
    action: to === 'signed' ? 'court_sign_report' : 'court_send_report',
    run: async (h) => {
      const row = found.row!;
      requireAuthor(actor, row);
      if (PROGRESS_REPORT_NEXT[row.status as ProgressReportStatus] !== to)
        throw conflicting('court.report.wrongStatus');
      const at = toStoredTime(h.now);
      await updateVersioned(
        h.db,
        'court_progress_report',
        row.id,
        body.version,
        to === 'signed' ? { status: to, signed_at: at } : { status: to, sent_at: at },
        h.now,
      );
      h.record({
        event: to === 'signed' ? 'court.report_signed' : 'court.report_sent',
        youthId: row.youth_id,
        recordType: 'court_progress_report',
        recordId: row.id,
        fields: ['status'],
        outcome: 'success',
      });
    },
  });
}
