/**
 * Wall-clock times typed in the county's zone, read as instants (issue 12, item 4: a person reads and writes times on
 * the county's clock, whatever the device's zone). Pure, with Intl only.
 *
 * A wall time is what an <input type="datetime-local"> holds: "2026-11-28T10:05". In a zone with daylight saving it
 * stands for one instant, two, or none:
 * - twice when the clocks go back (Los Angeles, 2026-11-01: 01:30 PDT, then 01:30 PST an hour later). Harbor never
 *   guesses which: the person chooses, and the choice is kept as the reading's UTC offset after the wall time
 *   ("2026-11-01T01:30-08:00", RFC 3339), so the value stays one string;
 * - never in the hour the clocks skip when they go forward (2026-03-08, 02:00 to 02:59 in Los Angeles): the person is
 *   told so and enters another time.
 * A deadline counted from a time is a legal deadline (PC 11166(a)'s 36 hours); a time guessed an hour wrong moves it.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const formats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as the zone's wall clock reads it, the way <input type="datetime-local"> writes it: "2026-11-28T10:05". */
export function wallTimeOf(date: Date, timeZone: string): string {
  const p = Object.fromEntries(
    wallFormat(timeZone)
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${two(Number(p.hour) % 24)}:${p.minute}`;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in minutes. */
export function offsetMinutes(date: Date, timeZone: string): number {
  const [d, t] = wallTimeOf(date, timeZone).split('T') as [string, string];
  const [y, mo, day] = d.split('-').map(Number) as [number, number, number];
  const [h, mi] = t.split(':').map(Number) as [number, number];
  return Math.round((Date.UTC(y, mo - 1, day, h, mi) - Math.floor(date.getTime() / MINUTE) * MINUTE) / MINUTE);
}

/** "-07:00", "+05:30": an offset as RFC 3339 writes it. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2})?$/;

/** What a wall time stands for in a zone. */
export type WallTimeReading =
  | { kind: 'invalid' }
  | { kind: 'exact'; instant: Date }
  /** The clocks went back: the same wall time twice, an hour (or the change) apart, earlier first. */
  | { kind: 'repeated'; first: Date; second: Date }
  /** The clocks went forward over it: the time never happens that day. */
  | { kind: 'skipped' };

/** Reads a wall time ("2026-11-01T01:30", any offset after it ignored) in a zone. */
export function readWallTime(value: string, timeZone: string): WallTimeReading {
  const match = WALL.exec(value.trim());
  if (!match) return { kind: 'invalid' };
  const [y, mo, d, h, mi] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(guess);
  // 2026-02-30 or 25:00 is no time at all.
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return { kind: 'invalid' };
  const local = value.trim().slice(0, 16);
  // The zone's offsets around that day (a zone changes its offset at most once in a day, in practice).
  const offsets = new Set(
    [-36, -12, 0, 12, 36].map((hours) => offsetMinutes(new Date(guess + hours * HOUR), timeZone)),
  );
  const fits = [...offsets]
    .map((o) => guess - o * MINUTE)
    .filter((t) => wallTimeOf(new Date(t), timeZone) === local)
    .sort((a, b) => a - b);
  if (fits.length === 0) return { kind: 'skipped' };
  if (fits.length === 1) return { kind: 'exact', instant: new Date(fits[0]!) };
  return { kind: 'repeated', first: new Date(fits[0]!), second: new Date(fits.at(-1)!) };
}

/**
 * The field's value once a person chose which reading of a repeated time they mean: the wall time with that reading's
 * offset ("2026-11-01T01:30-08:00" for the second 1:30 in Los Angeles).
 */
export function chooseReading(value: string, instant: Date, timeZone: string): string {
  return `${value.trim().slice(0, 16)}${offsetText(offsetMinutes(instant, timeZone))}`;
}

/**
 * A known instant as a date-time field's value: its wall time, with its offset when the clocks show that time twice,
 * so that a time Harbor already knows (when the information was received) is never asked again.
 */
export function wallTimeValue(instant: Date, timeZone: string): string {
  const wall = wallTimeOf(instant, timeZone);
  return readWallTime(wall, timeZone).kind === 'repeated' ? chooseReading(wall, instant, timeZone) : wall;
}

/** Which reading of a repeated time the value chose, if any. */
export function chosenReading(value: string, timeZone: string): 'first' | 'second' | null {
  const reading = readWallTime(value, timeZone);
  const offset = WALL.exec(value.trim())?.[6];
  if (reading.kind !== 'repeated' || !offset) return null;
  if (chooseReading(value, reading.first, timeZone).endsWith(offset)) return 'first';
  if (chooseReading(value, reading.second, timeZone).endsWith(offset)) return 'second';
  return null;
}

export type WallTimeProblem = 'invalid' | 'skipped' | 'repeated';

/**
 * The instant a field's value stands for, or why it stands for none: not a time, a time the clocks skip, or a time
 * that happens twice with no reading chosen (never guessed: an hour either way moves a legal deadline).
 */
export function resolveWallTime(
  value: string,
  timeZone: string,
): { ok: true; instant: Date } | { ok: false; problem: WallTimeProblem } {
  const reading = readWallTime(value, timeZone);
  switch (reading.kind) {
    case 'exact':
      return { ok: true, instant: reading.instant };
    case 'repeated': {
      const chosen = chosenReading(value, timeZone);
      if (!chosen) return { ok: false, problem: 'repeated' };
      return { ok: true, instant: chosen === 'first' ? reading.first : reading.second };
    }
    default:
      return { ok: false, problem: reading.kind };
  }
}
