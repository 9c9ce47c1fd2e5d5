import { type TransitionInput, transitionReferral } from './transition-referral.js';

/** The receiving agency declines the referral, with the reason (no place, not eligible...). */
export const rejectReferral = (input: TransitionInput): Promise<void> => transitionReferral('reject', input);
