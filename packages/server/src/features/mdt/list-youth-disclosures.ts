import type { Locale } from '@harbor/core';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordsGate } from '../../records/gate.js';
import { disclosuresOfYouth, recipientsOf } from './queries.js';

/**
 * Who was shown what of a youth, when and on which basis: every disclosure at a meeting, for whoever may read the
 * youth's record (the gate decides; one audited read).
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
        return {
          items: rows.map((r) => {
            const detail = r.basis_detail
              ? (JSON.parse(h.open('mdt_disclosure', 'basis_detail', r.id, r.basis_detail)) as Record<string, string>)
              : {};
            return classed('protocol', {
              at: r.at,
              to: recipients
                .filter((p) => p.disclosure_id === r.id)
                .map((p) => ({ name: p.display_name, agencyName: p.agency_name })),
              classes: JSON.parse(r.classes) as ('identity' | 'protocol' | 'contact' | 'safety' | 'clinical')[],
              basis: r.basis,
              basisDetail: {
                ...(r.reported_at ? { reportedAt: r.reported_at } : {}),
                ...(r.window_ends_at ? { windowEndsAt: r.window_ends_at } : {}),
                ...detail,
              },
              meeting: { id: r.meeting_id, typeName: locale === 'es' ? r.name_es : r.name_en, startsAt: r.starts_at },
              by: { userId: r.by_user_id, name: r.by_name },
            });
          }),
        };
      },
    },
  );
}
