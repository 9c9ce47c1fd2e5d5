import { type TransitionInput, transitionReferral } from './transition-referral.js';

/** The receiving agency waitlists the referral (on hold). */
export const holdReferral = (input: TransitionInput): Promise<void> => transitionReferral('hold', input);
