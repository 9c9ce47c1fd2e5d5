import type { Role } from '@harbor/core';
import { type Feature, NAV_GROUPS, type NavEntry } from '../feature-declaration';
import { roleMay } from '../permissions';
import { FEATURES } from './index';

/** The header's menu for someone not signed in: every feature's public entries, in the order of FEATURES. */
export function publicNavigation(features: readonly Feature[] = FEATURES): NavEntry[] {
  return features.flatMap((feature) => feature.nav?.public ?? []);
}

/**
 * The header's menu for a signed-in person: group by group (start, work, account, admin), each group's entries in
 * the order of FEATURES, and only the entries whose permission the person's role holds.
 */
export function signedInNavigation(role: Role, features: readonly Feature[] = FEATURES): NavEntry[] {
  const entries = features.flatMap((feature) => feature.nav?.signedIn ?? []);
  return NAV_GROUPS.flatMap((group) =>
    entries
      .filter((entry) => entry.group === group && (!entry.permission || roleMay(role, entry.permission)))
      .map(({ to, key, end, counter }) => ({ to, key, ...(end ? { end } : {}), ...(counter ? { counter } : {}) })),
  );
}
