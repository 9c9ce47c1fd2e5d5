import type { Infer, ReferralSection, Youth } from '@harbor/core';
import { useEffect, useState } from 'react';
import { listYouthReferrals } from '../../referral-lines';

/** The parts of the youth's page below the record, each read by its own request. */
export interface PageParts {
  responses: boolean;
  screenings: boolean;
  timeline: boolean;
  careTeam: boolean;
  /** Other features' sections (the specialty court, meetings...): no referral section shares them. */
  features: boolean;
}

const ALL: PageParts = { responses: true, screenings: true, timeline: true, careTeam: true, features: true };
const NONE: PageParts = { responses: false, screenings: false, timeline: false, careTeam: false, features: false };

/**
 * What a reader whose only access is a referral may read (the sections its agency's open referrals share): the
 * responses when one shares a part of them, the screenings likewise; never the timeline, the care team or other features'
 * sections, which no section shares. Pure.
 */
export function partsShared(sections: readonly ReferralSection[]): PageParts {
  const has = (...names: ReferralSection[]) => names.some((n) => sections.includes(n));
  return {
    ...NONE,
    responses: has('response', 'safety_plan', 'clinical_notes'),
    screenings: has('screenings', 'screening_clinical'),
  };
}

/**
 * The parts of the youth's page to ask for: all of them for any access but a referral's, which reads only what the
 * referrals share (asking for the rest is a refusal, 404). Nothing while the record or the referrals load.
 */
export function usePageParts(youthId: string, access: Infer<typeof Youth>['access'] | null): PageParts {
  const [shared, setShared] = useState<PageParts | null>(null);
  useEffect(() => {
    if (access !== 'referral') return;
    void listYouthReferrals(youthId).then((result) =>
      setShared(result.ok ? partsShared(result.data.items.flatMap((r) => r.sections)) : NONE),
    );
  }, [youthId, access]);
  if (access === null) return NONE;
  return access === 'referral' ? (shared ?? NONE) : ALL;
}
