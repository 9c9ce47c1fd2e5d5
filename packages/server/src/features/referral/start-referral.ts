import { type TransitionInput, transitionReferral } from './transition-referral.js';

/** The receiving agency's services started (in progress): the first contact is made. */
export const startReferral = (input: TransitionInput): Promise<void> => transitionReferral('start', input);
