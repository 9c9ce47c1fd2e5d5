import type { Generated } from 'kysely';

/**
 * The `break_glass_review` table (migration 2026-12-01T1300Z-break-glass-review): an agency's current disposition of
 * one break-glass access. `note` is encrypted (declared by the youth feature); one row per grant and agency.
 */
export interface BreakGlassReviewTable {
  id: string;
  grant_id: string;
  agency_id: string;
  disposition: 'justified' | 'follow_up';
  note: string | null;
  reviewed_by: string;
  reviewed_at: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
