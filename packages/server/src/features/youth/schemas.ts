import { z } from 'zod';
import { CARE_TEAM_BASES } from '../../db/schema.js';

export const YouthId = z.strictObject({ id: z.string().min(1).max(64) });
export const MemberParams = z.strictObject({ id: z.string().min(1).max(64), memberId: z.string().min(1).max(64) });

export const Youth = z.object({
  id: z.string(),
  createdAt: z.string(),
  createdByAgencyId: z.string(),
  version: z.number().int(),
  access: z.enum(['care_team', 'agency_supervisor', 'break_glass']).describe('Why the caller may see this record'),
});

export const CareTeamMember = z.object({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  role: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  basis: z.enum(CARE_TEAM_BASES),
  addedAt: z.string(),
});

export const AddMemberBody = z.strictObject({
  userId: z.string().min(1).max(64),
  basis: z.enum(CARE_TEAM_BASES).exclude(['creator']),
});

export const BreakGlassBody = z.strictObject({
  reason: z.string().trim().min(20).max(2000).describe('Why this emergency access is needed (kept in the audit trail)'),
});

export const BreakGlassGrant = z.object({
  id: z.string(),
  youthId: z.string(),
  userId: z.string(),
  userName: z.string(),
  userAgencyId: z.string(),
  reason: z.string(),
  grantedAt: z.string(),
  expiresAt: z.string(),
});
