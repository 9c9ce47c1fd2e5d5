import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromZonedInput } from './clock.js';
import { chooseReading, chosenReading, readWallTime, resolveWallTime, wallTimeOf, wallTimeValue } from './wall-time.js';

const LA = 'America/Los_Angeles';
const iso = (d: Date) => d.toISOString();

describe('a wall time in the county’s zone', () => {
  it('is one instant on an ordinary day, whatever the season', () => {
    expect(readWallTime('2026-11-28T10:05', LA)).toEqual({ kind: 'exact', instant: new Date('2026-11-28T18:05Z') });
    expect(readWallTime('2026-07-04T10:05', LA)).toEqual({ kind: 'exact', instant: new Date('2026-07-04T17:05Z') });
    expect(wallTimeOf(new Date('2026-11-28T18:05Z'), LA)).toBe('2026-11-28T10:05');
  });

  it('happens twice when the clocks go back (1:30 on 1 November 2026), and is never guessed', () => {
    const reading = readWallTime('2026-11-01T01:30', LA);
    expect(reading.kind).toBe('repeated');
    if (reading.kind !== 'repeated') return;
    expect(iso(reading.first)).toBe('2026-11-01T08:30:00.000Z'); // 1:30 PDT
    expect(iso(reading.second)).toBe('2026-11-01T09:30:00.000Z'); // 1:30 PST
    // Until the person chooses, there is no instant.
    expect(resolveWallTime('2026-11-01T01:30', LA)).toEqual({ ok: false, problem: 'repeated' });
    const second = chooseReading('2026-11-01T01:30', reading.second, LA);
    expect(second).toBe('2026-11-01T01:30-08:00');
    expect(chosenReading(second, LA)).toBe('second');
    expect(resolveWallTime(second, LA)).toEqual({ ok: true, instant: reading.second });
    const first = chooseReading('2026-11-01T01:30', reading.first, LA);
    expect(first).toBe('2026-11-01T01:30-07:00');
    expect(resolveWallTime(first, LA)).toEqual({ ok: true, instant: reading.first });
    expect(iso(fromZonedInput(second, LA))).toBe('2026-11-01T09:30:00.000Z');
    // An offset that is neither reading chooses nothing.
    expect(resolveWallTime('2026-11-01T01:30-05:00', LA)).toEqual({ ok: false, problem: 'repeated' });
    // A time Harbor knows keeps its reading: it is not asked again.
    expect(wallTimeValue(reading.second, LA)).toBe('2026-11-01T01:30-08:00');
    expect(wallTimeValue(reading.first, LA)).toBe('2026-11-01T01:30-07:00');
    expect(wallTimeValue(new Date('2026-11-28T18:05Z'), LA)).toBe('2026-11-28T10:05');
    // The hours either side happen once.
    expect(readWallTime('2026-11-01T00:59', LA).kind).toBe('exact');
    expect(readWallTime('2026-11-01T02:00', LA).kind).toBe('exact');
  });

  it('never happens in the hour the clocks skip (2:30 on 8 March 2026), and says so', () => {
    expect(readWallTime('2026-03-08T02:30', LA)).toEqual({ kind: 'skipped' });
    expect(resolveWallTime('2026-03-08T02:30', LA)).toEqual({ ok: false, problem: 'skipped' });
    expect(readWallTime('2026-03-08T01:59', LA).kind).toBe('exact');
    expect(iso(fromZonedInput('2026-03-08T03:00', LA))).toBe('2026-03-08T10:00:00.000Z');
  });

  it('is no time at all when it is not a date and a time', () => {
    for (const value of ['', 'tomorrow', '2026-02-30T10:00', '2026-11-28T24:00', '2026-11-28'])
      expect(resolveWallTime(value, LA)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('reads back every instant it writes, in zones with and without daylight saving (property)', () => {
    const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const instant = new Date(Math.floor(ms / 60_000) * 60_000);
          const wall = wallTimeOf(instant, zone);
          const value = resolveWallTime(wallTimeValue(instant, zone), zone);
          if (!value.ok || value.instant.getTime() !== instant.getTime()) return false;
          const reading = readWallTime(wall, zone);
          if (reading.kind === 'exact') return reading.instant.getTime() === instant.getTime();
          if (reading.kind !== 'repeated') return false;
          // A repeated time: the instant is one of its two readings, and choosing it gives it back.
          const chosen = resolveWallTime(chooseReading(wall, instant, zone), zone);
          return chosen.ok && chosen.instant.getTime() === instant.getTime();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('has each wall minute of Los Angeles as zero, one or two instants, skipped only in spring and repeated only in autumn (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 * 366 * 24 * 60 }), (minutes) => {
        const wall = new Date(Date.UTC(2020, 0, 1) + minutes * 60_000).toISOString().slice(0, 16);
        const reading = readWallTime(wall, LA);
        const month = Number(wall.slice(5, 7));
        if (reading.kind === 'skipped') return month === 3 && wall.slice(11, 13) === '02';
        if (reading.kind === 'repeated')
          return (
            month === 11 &&
            wall.slice(11, 13) === '01' &&
            reading.second.getTime() - reading.first.getTime() === 3600_000
          );
        return reading.kind === 'exact' && wallTimeOf(reading.instant, LA) === wall;
      }),
      { numRuns: 3000 },
    );
  });
});
