import { type TransitionInput, transitionReferral } from './transition-referral.js';

/** The receiving agency accepts the referral. */
export const acceptReferral = (input: TransitionInput): Promise<void> => transitionReferral('accept', input);
