/**
 * A probation officer's caseload in a program with a cap (STAR: dedicated probation officers with caseloads of at
 * most 25; FACTS.md, "Specialty courts"). At the cap is allowed; one more is over it.
 */
export interface CaseloadLine {
  officerId: string;
  active: number;
  cap: number | null;
  over: boolean;
  /** How many above the cap (0 when not over). */
  overBy: number;
  /** Places left under the cap (null without a cap). */
  remaining: number | null;
}

export function caseloadLine(officerId: string, active: number, cap: number | null): CaseloadLine {
  const overBy = cap === null ? 0 : Math.max(0, active - cap);
  return {
    officerId,
    active,
    cap,
    over: overBy > 0,
    overBy,
    remaining: cap === null ? null : Math.max(0, cap - active),
  };
}

/** Every officer's line, the ones over the cap first, then by how many they carry. */
export function caseloadLines(counts: ReadonlyMap<string, number>, cap: number | null): CaseloadLine[] {
  return [...counts]
    .map(([officerId, active]) => caseloadLine(officerId, active, cap))
    .sort((a, b) => Number(b.over) - Number(a.over) || b.active - a.active || a.officerId.localeCompare(b.officerId));
}
