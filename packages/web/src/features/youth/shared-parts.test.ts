import { describe, expect, it } from 'vitest';
import { partsShared } from './shared-parts';

describe('what the youth’s page asks for, read through a referral', () => {
  it('asks only for the parts the referral’s sections share, never the timeline, the care team or other features', () => {
    expect(partsShared(['identity'])).toEqual({
      responses: false,
      screenings: false,
      timeline: false,
      careTeam: false,
      features: false,
    });
    expect(partsShared(['identity', 'screenings'])).toMatchObject({ screenings: true, responses: false });
    expect(partsShared(['safety_plan'])).toMatchObject({ responses: true, screenings: false, timeline: false });
    expect(partsShared(['screening_clinical', 'clinical_notes'])).toMatchObject({ responses: true, screenings: true });
    expect(partsShared(['identity', 'response', 'safety_plan', 'screenings', 'clinical_notes']).features).toBe(false);
  });
});
