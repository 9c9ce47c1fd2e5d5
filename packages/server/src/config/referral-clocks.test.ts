import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError } from './index.js';
import { parseReferralClocks } from './referral-clocks.js';

describe('the referral clocks (HARBOR_REFERRAL_*)', () => {
  it('defaults to one business day to acknowledge and five to expiry', () => {
    expect(parseReferralClocks({})).toEqual({ acknowledgeBusinessDays: 1, expireBusinessDays: 5 });
    const config = buildConfig({ HARBOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'harbor-config-')) });
    expect(config.referralClocks).toEqual({ acknowledgeBusinessDays: 1, expireBusinessDays: 5 });
  });

  it('takes the county’s numbers, and refuses what is not a number of days or expires before it is due', () => {
    expect(parseReferralClocks({ HARBOR_REFERRAL_ACKNOWLEDGE_DAYS: ' 2 ', HARBOR_REFERRAL_EXPIRE_DAYS: '10' })).toEqual(
      {
        acknowledgeBusinessDays: 2,
        expireBusinessDays: 10,
      },
    );
    for (const env of [
      { HARBOR_REFERRAL_ACKNOWLEDGE_DAYS: '0' },
      { HARBOR_REFERRAL_ACKNOWLEDGE_DAYS: '1.5' },
      { HARBOR_REFERRAL_EXPIRE_DAYS: '99' },
      { HARBOR_REFERRAL_ACKNOWLEDGE_DAYS: '3', HARBOR_REFERRAL_EXPIRE_DAYS: '2' },
    ]) {
      expect(() => parseReferralClocks(env), JSON.stringify(env)).toThrow(ConfigError);
    }
  });
});
