import { defineFeature } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { replaceYouthIndexes, youthIndexesOf, youthRowsByIds } from './queries.js';
import { youthRoutes } from './routes.js';
import { openYouth, youthIndexRows } from './youth-data.js';

/** Youth records, their care teams, break-glass access and its review (the youth's identity, contacts and placement). */
export const youthFeature = defineFeature<Services>({
  name: 'youth',
  tables: {
    youth: {
      youthData: true,
      columns: {
        given_name: { class: 'identity', encrypted: 'field-encryption' },
        family_name: { class: 'identity', encrypted: 'field-encryption' },
        names_used: { class: 'identity', encrypted: 'field-encryption' },
        birth_date: { class: 'identity', encrypted: 'field-encryption' },
        estimated_age: { class: 'identity' },
        age_estimated_on: { class: 'identity' },
        gender_identity: { class: 'identity' },
        pronouns: { class: 'identity' },
        identifiers: { class: 'identity', encrypted: 'field-encryption' },
        preferred_language: { class: 'protocol' },
        placement_kind: { class: 'contact' },
        placement_detail: { class: 'contact', encrypted: 'field-encryption' },
        contacts: { class: 'contact', encrypted: 'field-encryption' },
      },
      // The blind indexes are keyed by the secret too: rewritten under the new key with the row.
      afterRotation: async (trx, sealer, rowIds) => {
        let rewritten = 0;
        const stored = await youthIndexesOf(trx, rowIds);
        for (const row of await youthRowsByIds(trx, rowIds)) {
          const want = youthIndexRows(sealer, row.id, openYouth(sealer, row));
          const have = new Set(stored.filter((s) => s.youth_id === row.id).map((s) => `${s.kind}:${s.hash}`));
          if (want.length === have.size && want.every((w) => have.has(`${w.kind}:${w.hash}`))) continue;
          await replaceYouthIndexes(trx, row.id, want);
          rewritten++;
        }
        return rewritten;
      },
    },
    youth_index: { youthData: true, columns: { hash: { class: 'identity' } } },
    care_team_member: { youthData: true, columns: { basis: { class: 'meta' } } },
    // A reason can describe the youth ("overdose in the ED, 15-year-old"): encrypted like other identifying text.
    break_glass_grant: {
      youthData: true,
      columns: { reason: { class: 'protocol', encrypted: 'field-encryption' } },
    },
    // A reviewing agency's disposition of a break-glass access; the note may describe the youth.
    break_glass_review: {
      youthData: true,
      columns: {
        disposition: { class: 'meta' },
        note: { class: 'protocol', encrypted: 'field-encryption' },
      },
    },
  },
  auditEvents: [
    'youth.read',
    'youth.created',
    'youth.updated',
    'youth.searched',
    'care_team.member_added',
    'care_team.member_removed',
    'access.denied',
    'access.break_glass',
    'access.break_glass_reviewed',
    'audit.searched',
  ],
  permissions: ['youth.read', 'youth.write', 'care_team.manage', 'break_glass.use', 'break_glass.review'],
  routes: youthRoutes,
});
