import { DEFAULT_REFERRAL_CLOCKS } from '@harbor/core';
import { ConfigError } from './config-error.js';

/**
 * The county's clocks of a referral, in business days (Monday to Friday, on the county's clock): how long the
 * receiving agency has to acknowledge a referral (HARBOR_REFERRAL_ACKNOWLEDGE_DAYS, default 1) and how long an
 * unanswered referral waits before it expires and its referrer is told (HARBOR_REFERRAL_EXPIRE_DAYS, default 5, never
 * before the acknowledgement is due). The 72 hours to a first contact are the protocol's, not the county's.
 */
export interface ReferralClocksConfig {
  acknowledgeBusinessDays: number;
  expireBusinessDays: number;
}

type Env = Record<string, string | undefined>;

function days(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,2}$/.test(raw) || Number(raw) < 1 || Number(raw) > 60) {
    throw new ConfigError(name, `must be a whole number of business days from 1 to 60; got "${raw}".`);
  }
  return Number(raw);
}

export function parseReferralClocks(env: Env): ReferralClocksConfig {
  const acknowledgeBusinessDays = days(
    env,
    'HARBOR_REFERRAL_ACKNOWLEDGE_DAYS',
    DEFAULT_REFERRAL_CLOCKS.acknowledgeBusinessDays,
  );
  const expireBusinessDays = days(env, 'HARBOR_REFERRAL_EXPIRE_DAYS', DEFAULT_REFERRAL_CLOCKS.expireBusinessDays);
  if (expireBusinessDays < acknowledgeBusinessDays) {
    throw new ConfigError(
      'HARBOR_REFERRAL_EXPIRE_DAYS',
      `must be at least HARBOR_REFERRAL_ACKNOWLEDGE_DAYS (${acknowledgeBusinessDays}); got "${expireBusinessDays}".`,
    );
  }
  return { acknowledgeBusinessDays, expireBusinessDays };
}
