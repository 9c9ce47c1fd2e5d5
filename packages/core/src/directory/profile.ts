/**
 * The Harbor profile of HSDS: what this field needs to know of a service beyond HSDS's own fields (issue 15). Stored
 * in typed columns (directory_service_profile, directory_service_practice); served and exported as HSDS attributes
 * of the `harbor-profile` taxonomy, so another HSDS system reads them as attributes.
 */
export const PROFILE_FLAGS = [
  /** Serves youth aged 11 to 17. */
  'servesAges11To17',
  /** Serves transition-age youth (18 and over). */
  'servesTransitionAge',
  /** Specialised in youth who have been commercially sexually exploited. */
  'csecSpecialised',
  /** Takes intake at any hour, every day. */
  'intake24x7',
] as const;
export type ProfileFlag = (typeof PROFILE_FLAGS)[number];

/** The profile of one service. `acceptsRunaway` is null when not known. */
export interface ServiceProfile {
  servesAges11To17: boolean;
  servesTransitionAge: boolean;
  csecSpecialised: boolean;
  intake24x7: boolean;
  /** Accepts a youth on runaway or AWOL status (null: not known). */
  acceptsRunaway: boolean | null;
  /** Emergency beds: how many, how many are free now, and when that count was set. */
  emergencyBeds: number | null;
  bedsAvailable: number | null;
  bedsUpdatedAt: string | null;
}

export const EMPTY_PROFILE: ServiceProfile = {
  servesAges11To17: false,
  servesTransitionAge: false,
  csecSpecialised: false,
  intake24x7: false,
  acceptsRunaway: null,
  emergencyBeds: null,
  bedsAvailable: null,
  bedsUpdatedAt: null,
};

/** The ids of Harbor's own HSDS taxonomies (UUIDs, fixed: HSDS ids are UUIDs, and an export names them). */
export const HARBOR_TAXONOMIES = {
  category: '0193e5a0-0000-7000-8000-000000000001',
  practice: '0193e5a0-0000-7000-8000-000000000002',
  profile: '0193e5a0-0000-7000-8000-000000000003',
} as const;

/** The languages the directory is translated into: English is the stored text, Spanish a reviewed translation. */
export const DIRECTORY_LANGUAGES = ['en', 'es'] as const;
export type DirectoryLanguage = (typeof DIRECTORY_LANGUAGES)[number];
