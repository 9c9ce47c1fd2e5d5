import type { Role } from '@harbor/core';
import { type Feature, NAV_GROUPS, NAV_MENUS, type NavEntry, type NavGroup } from '../feature-declaration';
import type { AppMessageKey } from '../messages';
import { roleMay } from '../permissions';
import { FEATURES } from './index';

/** The header's menu for someone not signed in: every feature's public entries, in the order of FEATURES. */
export function publicNavigation(features: readonly Feature[] = FEATURES): NavEntry[] {
  return features.flatMap((feature) => feature.nav?.public ?? []);
}

/** A group of the menu shown as one button that opens its entries. */
export interface NavMenu {
  menu: NavGroup;
  key: AppMessageKey;
  entries: NavEntry[];
}

/** The entries of one group a role is shown, in the order of FEATURES. */
function groupEntries(role: Role, group: NavGroup, features: readonly Feature[]): NavEntry[] {
  return features
    .flatMap((feature) => feature.nav?.signedIn ?? [])
    .filter(
      (entry) =>
        entry.group === group &&
        (!entry.permission || roleMay(role, entry.permission)) &&
        (!entry.roles || entry.roles.includes(role)),
    )
    .map(({ to, key, end, counter }) => ({ to, key, ...(end ? { end } : {}), ...(counter ? { counter } : {}) }));
}

/**
 * The header's menu for a signed-in person: group by group (start, work, help, account, admin), each group's entries
 * in the order of FEATURES, and only the entries whose permission the person's role holds.
 */
export function signedInNavigation(role: Role, features: readonly Feature[] = FEATURES): NavEntry[] {
  return NAV_GROUPS.flatMap((group) => groupEntries(role, group, features));
}

/**
 * The signed-in menu as the header lays it out: the start page, the work and help as links; the account and the
 * administration each as a button opening its entries (a group with a single entry stays a link).
 */
export function signedInMenu(role: Role, features: readonly Feature[] = FEATURES): (NavEntry | NavMenu)[] {
  return NAV_GROUPS.flatMap((group): (NavEntry | NavMenu)[] => {
    const entries = groupEntries(role, group, features);
    const key = NAV_MENUS[group];
    return key && entries.length > 1 ? [{ menu: group, key, entries }] : entries;
  });
}
