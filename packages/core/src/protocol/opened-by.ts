/**
 * How a response came about. `ran_from_placement`: a youth receiving child welfare services is missing from placement
 * (the commonest trigger of the protocol's missing-youth reports). A module of its own, without zod, so that the web
 * app's first load can name them without the protocol's schema.
 */
export const OPENED_BY = ['screening', 'recovery', 'disclosure', 'hotline_call', 'ran_from_placement'] as const;
export type OpenedBy = (typeof OPENED_BY)[number];
