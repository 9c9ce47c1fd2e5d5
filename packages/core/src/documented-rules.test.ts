import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispositionGivesReferral, isValidReferralNumber, REFERRAL_NUMBER_PATTERN } from './protocol/reports.js';
import { NOT_TO_HOTLINE, OpenResponseBody, TelephoneReportBody } from './response/contract.js';
import { NewPassword } from './sign-in/contract.js';
import { passwordLengthProblem } from './sign-in/password-policy.js';
import { BreakGlassReviewBody, NewYouthBody } from './youth/contract.js';

// The rules the server checks in its handlers, as the API document states them (JSON Schema 2020-12), held to the
// code's own checks on the same values.
const ajv = new Ajv2020({ strict: false });
const documented = (schema: z.ZodType) => ajv.compile(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }));

describe('rules checked in code, as the API document states them', () => {
  it("the referral number's pattern is isValidReferralNumber, or nothing", () => {
    const pattern = new RegExp(REFERRAL_NUMBER_PATTERN);
    for (const text of ['', '  ', '1234567890123456789', '1234-5678-9012-3456-789', ' 1234 5678 9012 3456 789 ']) {
      expect(pattern.test(text), text).toBe(text.trim() === '' || isValidReferralNumber(text));
    }
    for (const text of ['123', '12345678901234567890', '1234567890123456789x', 'abc']) {
      expect(pattern.test(text), text).toBe(false);
    }
  });

  it("the telephone report's disposition and referral number", () => {
    const validate = documented(TelephoneReportBody);
    const base = { calledAt: '2026-11-28T10:05:00Z', workerName: 'R. Ortiz' };
    const referral = '1234-5678-9012-3456-789';
    // What record-telephone-report.ts accepts.
    const accepted = (body: { hotline: string; responseCategory?: string; referralNumber?: string }) => {
      const toHotline = !(NOT_TO_HOTLINE as readonly string[]).includes(body.hotline);
      if (toHotline && !body.responseCategory) return false;
      const given = (body.referralNumber ?? '').trim();
      const needed = toHotline && dispositionGivesReferral(body.responseCategory ?? '');
      return !((needed || given) && !isValidReferralNumber(given));
    };
    for (const hotline of ['dcfs_child_protection_hotline', 'law_enforcement', 'other']) {
      for (const responseCategory of [undefined, 'immediate', 'consultation']) {
        for (const referralNumber of [undefined, '', referral, '123']) {
          const body = {
            ...base,
            hotline,
            ...(responseCategory ? { responseCategory } : {}),
            ...(referralNumber !== undefined ? { referralNumber } : {}),
          };
          expect(validate(body), JSON.stringify(body)).toBe(accepted(body));
        }
      }
    }
  });

  it("a new youth's date of birth or estimated age, one of them", () => {
    const validate = documented(NewYouthBody);
    const legalName = { given: 'Ana', family: 'Reyes' };
    expect(validate({ legalName, dateOfBirth: '2011-04-02' })).toBe(true);
    expect(validate({ legalName, estimatedAge: 14 })).toBe(true);
    expect(validate({ legalName, dateOfBirth: '2011-04-02', estimatedAge: null })).toBe(true);
    expect(validate({ legalName })).toBe(false);
    expect(validate({ legalName, dateOfBirth: null, estimatedAge: null })).toBe(false);
    expect(validate({ legalName, dateOfBirth: '2011-04-02', estimatedAge: 14 })).toBe(false);
  });

  it('a response opened from a screening names it; a follow-up of a break-glass access has a note', () => {
    const open = documented(OpenResponseBody);
    const screeningId = '0b7c4f2e-3d1a-4c5b-9e8f-7a6b5c4d3e2f';
    expect(open({ openedBy: 'screening', screeningId })).toBe(true);
    expect(open({ openedBy: 'screening' })).toBe(false);
    expect(open({ openedBy: 'disclosure' })).toBe(true);
    const review = documented(BreakGlassReviewBody);
    expect(review({ version: 0, disposition: 'follow_up', note: 'Call the supervisor' })).toBe(true);
    expect(review({ version: 0, disposition: 'follow_up', note: '  ' })).toBe(false);
    expect(review({ version: 0, disposition: 'follow_up' })).toBe(false);
    expect(review({ version: 0, disposition: 'justified' })).toBe(true);
  });

  it("a new password's length", () => {
    const validate = documented(NewPassword);
    for (const length of [11, 12, 128, 129]) {
      const password = 'a'.repeat(length);
      expect(validate(password), String(length)).toBe(passwordLengthProblem(password) === undefined);
    }
  });
});
