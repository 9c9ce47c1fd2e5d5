/**
 * Whether a youth fits a service's published eligibility (the directory's HSDS eligibility: minimum and maximum age,
 * the areas it serves, and whether it takes youth on runaway or AWOL status). Each failure is a message key with its
 * values, shown to the referrer; a supervisor may override with a reason. Unknown facts about the youth are reasons
 * too (the referrer checks them), never a silent pass.
 */
export interface ServiceEligibility {
  minimumAge: number | null;
  maximumAge: number | null;
  /** Empty: the service serves every area. */
  areas: readonly string[];
  /** False: the service refuses youth on runaway or AWOL status; null: it does not say. */
  acceptsRunaway: boolean | null;
}

export interface YouthEligibilityFacts {
  age: number | null;
  area: string | null;
  runaway: boolean | null;
}

export type EligibilityReason =
  | { key: 'referral.eligibility.tooYoung'; values: { minimum: number } }
  | { key: 'referral.eligibility.tooOld'; values: { maximum: number } }
  | { key: 'referral.eligibility.ageUnknown'; values: Record<string, never> }
  | { key: 'referral.eligibility.outsideArea'; values: { area: string } }
  | { key: 'referral.eligibility.areaUnknown'; values: Record<string, never> }
  | { key: 'referral.eligibility.refusesRunaway'; values: Record<string, never> }
  | { key: 'referral.eligibility.runawayUnknown'; values: Record<string, never> };

const sameArea = (a: string, b: string) => a.trim().toLocaleLowerCase('en-US') === b.trim().toLocaleLowerCase('en-US');

export function checkEligibility(service: ServiceEligibility, youth: YouthEligibilityFacts): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  const limited = service.minimumAge !== null || service.maximumAge !== null;
  if (limited && youth.age === null) reasons.push({ key: 'referral.eligibility.ageUnknown', values: {} });
  if (youth.age !== null && service.minimumAge !== null && youth.age < service.minimumAge) {
    reasons.push({ key: 'referral.eligibility.tooYoung', values: { minimum: service.minimumAge } });
  }
  if (youth.age !== null && service.maximumAge !== null && youth.age > service.maximumAge) {
    reasons.push({ key: 'referral.eligibility.tooOld', values: { maximum: service.maximumAge } });
  }
  if (service.areas.length > 0) {
    if (!youth.area?.trim()) reasons.push({ key: 'referral.eligibility.areaUnknown', values: {} });
    else if (!service.areas.some((area) => sameArea(area, youth.area as string))) {
      reasons.push({ key: 'referral.eligibility.outsideArea', values: { area: youth.area.trim() } });
    }
  }
  if (service.acceptsRunaway === false) {
    if (youth.runaway === null) reasons.push({ key: 'referral.eligibility.runawayUnknown', values: {} });
    else if (youth.runaway) reasons.push({ key: 'referral.eligibility.refusesRunaway', values: {} });
  }
  return reasons;
}
