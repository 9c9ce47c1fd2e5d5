/**
 * How a youth is named where a line has little room (a deadline, a notification, a list of responses): initials,
 * "M. J. H.", from the legal name (or, without one, the first name used). Naming a youth is a read of their identity:
 * the server shows these only through the records gate, for youth the reader may see.
 */

/** "Maria José Hernández" -> "M. J. H."; a hyphenated or accented name keeps its first letter ("Ángela" -> "Á."). */
export function initialsOf(youth: {
  legalName?: { given: string; family: string } | null;
  namesUsed?: readonly string[] | null;
}): string {
  const words = youth.legalName ? `${youth.legalName.given} ${youth.legalName.family}` : (youth.namesUsed?.[0] ?? '');
  const letters = words
    .split(/[\s-]+/)
    .map((w) => w.normalize('NFC').match(/\p{L}/u)?.[0])
    .filter((l): l is string => l !== undefined);
  return letters.map((l) => `${l.toLocaleUpperCase()}.`).join(' ');
}

/**
 * A youth's age in whole years on a day, from the date of birth (yyyy-mm-dd) or, without one, an estimate made on a
 * day (the years since are added); null when neither is known.
 */
export function ageOn(
  youth: { dateOfBirth?: string | null; estimatedAge?: number | null; ageEstimatedOn?: string | null },
  on: Date,
): number | null {
  if (youth.dateOfBirth) {
    const [y, m, d] = youth.dateOfBirth.split('-').map(Number) as [number, number, number];
    let years = on.getUTCFullYear() - y;
    const month = on.getUTCMonth() + 1;
    if (month < m || (month === m && on.getUTCDate() < d)) years -= 1;
    return years;
  }
  if (youth.estimatedAge !== null && youth.estimatedAge !== undefined) {
    const since = youth.ageEstimatedOn ? new Date(`${youth.ageEstimatedOn}T00:00:00Z`) : on;
    return youth.estimatedAge + Math.max(0, Math.floor((on.getTime() - since.getTime()) / (365.25 * 24 * 3600_000)));
  }
  return null;
}
