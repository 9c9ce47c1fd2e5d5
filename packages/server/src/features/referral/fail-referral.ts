import { type TransitionInput, transitionReferral } from './transition-referral.js';

/** Either side records that the referral did not happen, with the reason. */
export const failReferral = (input: TransitionInput): Promise<void> => transitionReferral('fail', input);
