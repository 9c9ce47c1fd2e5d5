import { type FieldClass, type LegalBasis, type Locale, REPORT_SECTIONS } from '@harbor/core';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordsGate } from '../../records/gate.js';
import { programOf } from '../court/programs.js';
import { sentReportDisclosuresOf } from '../court/queries.js';
import { disclosuresOfYouth, recipientsOf } from './queries.js';

type Disclosed = 'identity' | 'protocol' | 'contact' | 'safety' | 'clinical';

interface DisclosureLine {
  at: string;
  to: { name: string; agencyName: string }[];
  classes: Disclosed[];
  basis: LegalBasis;
  basisDetail: Record<string, string>;
  meeting: { id: string; typeName: string; startsAt: string } | null;
  court: { programName: string; hearingOn: string; department: string } | null;
  by: { userId: string; name: string };
}

/** The classes a sent report carried: those of its sections, by its agency's kind (core's REPORT_SECTIONS). */
function reportClasses(agencyKind: string, sectionIds: string[]): Disclosed[] {
  const sections = (REPORT_SECTIONS as Record<string, readonly { id: string; fieldClass: FieldClass }[] | undefined>)[
    agencyKind
  ];
  const classes = new Set(sectionIds.map((id) => sections?.find((s) => s.id === id)?.fieldClass));
  return (['identity', 'protocol', 'contact', 'safety', 'clinical'] as const).filter((c) => classes.has(c));
}

/**
 * Who was shown what of a youth, when and on which basis: every disclosure at a meeting and every progress report
 * sent to a specialty court (its sections' classes, its basis), newest first, for whoever may read the youth's record
 * (the gate decides; one audited read).
 */
export async function listYouthDisclosures(input: {
  gate: RecordsGate;
  actor: Actor;
  locale: Locale;
  youthId: string;
}) {
  const { gate, actor, locale, youthId } = input;
  return gate.read(
    actor,
    { youthId },
    {
      action: 'read',
      event: 'mdt.read',
      recordType: 'mdt_disclosure',
      run: async (h) => {
        const rows = await disclosuresOfYouth(h.db, youthId);
        const recipients = await recipientsOf(
          h.db,
          rows.map((r) => r.id),
        );
        const meetings = rows.map((r): DisclosureLine => {
          const detail = r.basis_detail
            ? (JSON.parse(h.open('mdt_disclosure', 'basis_detail', r.id, r.basis_detail)) as Record<string, string>)
            : {};
          return {
            at: r.at,
            to: recipients
              .filter((p) => p.disclosure_id === r.id)
              .map((p) => ({ name: p.display_name, agencyName: p.agency_name })),
            classes: JSON.parse(r.classes) as Disclosed[],
            basis: r.basis,
            basisDetail: {
              ...(r.reported_at ? { reportedAt: r.reported_at } : {}),
              ...(r.window_ends_at ? { windowEndsAt: r.window_ends_at } : {}),
              ...detail,
            },
            meeting: { id: r.meeting_id, typeName: locale === 'es' ? r.name_es : r.name_en, startsAt: r.starts_at },
            court: null,
            by: { userId: r.by_user_id, name: r.by_name },
          };
        });
        const reports: DisclosureLine[] = [];
        // Each program version read once, however many reports were sent under it.
        const programs = new Map<string, ReturnType<typeof programOf>>();
        for (const r of await sentReportDisclosuresOf(h.db, youthId)) {
          const basis = JSON.parse(h.open('court_progress_report', 'basis', r.id, r.basis)) as {
            basis: LegalBasis;
            mdtReportedAt?: string | null;
            mdtExtendedUntil?: string | null;
            mdtGoodCause?: string | null;
            courtOrderReference?: string | null;
            consentBy?: string | null;
          };
          const sections = Object.keys(
            JSON.parse(h.open('court_progress_report', 'sections', r.id, r.sections)) as Record<string, string>,
          );
          const key = `${r.program_id}@${r.program_version}`;
          if (!programs.has(key)) programs.set(key, programOf(h.db, r.program_id, r.program_version));
          const program = await programs.get(key)!;
          reports.push({
            at: r.sent_at ?? '',
            to: [],
            classes: reportClasses(r.agency_kind, sections),
            basis: basis.basis,
            basisDetail: {
              ...(basis.mdtReportedAt ? { reportedAt: basis.mdtReportedAt } : {}),
              ...(basis.mdtExtendedUntil ? { windowEndsAt: basis.mdtExtendedUntil } : {}),
              ...(basis.mdtGoodCause ? { goodCauseReason: basis.mdtGoodCause } : {}),
              ...(basis.courtOrderReference ? { orderNumber: basis.courtOrderReference } : {}),
              ...(basis.consentBy ? { consentBy: basis.consentBy } : {}),
            },
            meeting: null,
            court: { programName: program.name[locale], hearingOn: r.hearing_on, department: r.department },
            by: { userId: r.author_id, name: r.author_name },
          });
        }
        // Newest first, as the meetings' disclosures come.
        const items = [...meetings, ...reports].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
        return { items: items.map((item) => classed('protocol', item)) };
      },
    },
  );
}
