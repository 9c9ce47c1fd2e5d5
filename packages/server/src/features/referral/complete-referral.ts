import { type TransitionInput, transitionReferral } from './transition-referral.js';

/** The receiving agency completed the services (the loop closes). */
export const completeReferral = (input: TransitionInput): Promise<void> => transitionReferral('complete', input);
