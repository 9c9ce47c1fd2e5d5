import { type TransitionInput, transitionReferral } from './transition-referral.js';

/** The referrer withdraws the referral, with the reason. */
export const cancelReferral = (input: TransitionInput): Promise<void> => transitionReferral('cancel', input);
