import { type TransitionInput, transitionReferral } from './transition-referral.js';

/** The referrer marks a referral made by mistake. */
export const markReferralEnteredInError = (input: TransitionInput): Promise<void> =>
  transitionReferral('mark_entered_in_error', input);
