/**
 * Need-to-know (W&I 827): who may read a youth's records. Pure: the server reads the rows (the youth's care team, the
 * reader's break-glass grants) and asks this function; the tests ask it with tables.
 */

/**
 * Why a user may read a youth's records; null when they may not (the API then answers 404, as if nothing existed).
 * `referral`: the reader's agency receives an open referral of the youth, and reads only the record types and field
 * classes the referral shares (core's referral/sharing.ts; the gate enforces them).
 * `mdt_disclosure`: at an MDT meeting, a disclosure on a legal basis names the reader; they read only that meeting's
 * roster entry of the youth, in the classes disclosed (core's mdt/rules.ts; the gate enforces them).
 */
export type YouthAccess = 'care_team' | 'agency_supervisor' | 'break_glass' | 'referral' | 'mdt_disclosure';

/** A break-glass grant lasts this long. */
export const BREAK_GLASS_MS = 60 * 60_000;

export interface AccessReader {
  userId: string;
  role: string;
  agencyId: string;
}

/** The facts about one youth the decision needs: the current care team and the reader's grants. */
export interface YouthAccessFacts {
  /** Members not removed. */
  members: readonly { userId: string; agencyId: string }[];
  /** The reader's break-glass grants on this youth, any age. */
  grants: readonly { expiresAt: string }[];
  /** The open referrals of the youth to the reader's agency (sent, not closed), with the sections each shares. */
  referrals?: readonly { sections: readonly string[] }[];
  /** Asked about one MDT meeting: the disclosures at it naming the reader, with the classes each opens. */
  disclosures?: readonly { classes: readonly string[] }[];
}

/**
 * A reader on the youth's care team reads as a member; a supervisor of an agency on the team reads as its
 * supervisor; during a live break-glass grant (60 minutes, with a written reason) anyone holding the permission to
 * use it reads the record but may change nothing; a reader whose agency receives an open referral of the youth reads
 * what it shares. Everyone else: null.
 */
export function decideYouthAccess(reader: AccessReader, facts: YouthAccessFacts, now: Date): YouthAccess | null {
  if (facts.members.some((m) => m.userId === reader.userId)) return 'care_team';
  if (reader.role === 'supervisor' && facts.members.some((m) => m.agencyId === reader.agencyId)) {
    return 'agency_supervisor';
  }
  const at = now.toISOString();
  if (facts.grants.some((g) => g.expiresAt > at)) return 'break_glass';
  if ((facts.referrals?.length ?? 0) > 0) return 'referral';
  return (facts.disclosures?.length ?? 0) > 0 ? 'mdt_disclosure' : null;
}

/** The sections the open referrals to the reader's agency share (several referrals: what any of them shares). */
export function referralSections(facts: YouthAccessFacts): string[] {
  return [...new Set((facts.referrals ?? []).flatMap((r) => r.sections))];
}

/**
 * Who may change a youth's records: care-team members and agency supervisors; never a break-glass visitor. A
 * receiving agency changes the referral itself (accepts it, starts, completes it), nothing else of the record; a
 * reader by an MDT disclosure changes nothing.
 */
export function mayWrite(access: YouthAccess | 'creator' | null, recordType?: string): boolean {
  if (access === 'referral') return recordType === 'referral';
  return access !== null && access !== 'break_glass' && access !== 'mdt_disclosure';
}

/**
 * A record not linked to a youth yet (a screening of an unidentified youth, a response opened before the youth is
 * known) belongs to the person who made it; when `supervisorsSee`, the supervisors of that person's agency too.
 */
export function decideOwnedAccess(
  reader: AccessReader,
  owner: { userId: string; agencyId: string },
  supervisorsSee: boolean,
): 'creator' | 'agency_supervisor' | null {
  if (reader.userId === owner.userId) return 'creator';
  if (supervisorsSee && reader.role === 'supervisor' && reader.agencyId === owner.agencyId) return 'agency_supervisor';
  return null;
}
