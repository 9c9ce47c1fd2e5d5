import { describe, expect, it } from 'vitest';
import { EMPTY_SCHEDULE, scheduleProblems, scheduleRequest } from './schedule-form';

const ZONE = 'America/Los_Angeles';
const filled = { ...EMPTY_SCHEDULE, typeId: 'case_review', startsAt: '2026-12-09T10:00', duration: '90' };

describe('the schedule form', () => {
  it('asks for the type and the time, and takes an hour unless told otherwise', () => {
    expect(scheduleProblems(EMPTY_SCHEDULE, ZONE)).toEqual(['type', 'startsAt']);
    expect(scheduleProblems(filled, ZONE)).toEqual([]);
  });

  it('refuses a length outside 5 to 480 whole minutes and a link that is not https', () => {
    for (const duration of ['4', '481', '1.5', 'abc', ''])
      expect(scheduleProblems({ ...filled, duration }, ZONE), duration).toEqual(['duration']);
    expect(scheduleProblems({ ...filled, link: 'http://meet.example/x' }, ZONE)).toEqual(['link']);
    expect(scheduleProblems({ ...filled, link: 'javascript:alert(1)' }, ZONE)).toEqual(['link']);
    expect(scheduleProblems({ ...filled, link: 'https://meet.example/x' }, ZONE)).toEqual([]);
  });

  it('reads the time on the county’s clock and leaves empty optional fields out', () => {
    expect(scheduleRequest(filled, ZONE)).toEqual({
      typeId: 'case_review',
      startsAt: '2026-12-09T18:00:00.000Z',
      durationMinutes: 90,
    });
    expect(scheduleRequest({ ...filled, place: ' Room 4 ', link: 'https://meet.example/x' }, ZONE)).toMatchObject({
      place: 'Room 4',
      link: 'https://meet.example/x',
    });
  });
});
