import type { Permission, Role } from '@harbor/core';
import type { ComponentType } from 'react';
import type { AppMessageKey } from './messages';
import type { YouthSectionDeclaration } from './youth-sections';

/** A page of a feature: its address and its code, fetched as a chunk of its own when the page is first visited. */
export interface FeaturePage {
  /** The address below the feature's part of the app ('staff', 'youth/:id', '*'); '' is the part's own start page. */
  path: string;
  load: () => Promise<ComponentType>;
}

/** A link in the header's menu. */
export interface NavEntry {
  to: string;
  key: AppMessageKey;
  /** Marked as the current page only on this exact address (not below it). */
  end?: boolean;
  /** A count the header shows beside the entry (and in its accessible name). */
  counter?: 'unreadNotifications';
}

/**
 * Where a signed-in person's menu shows an entry: the start page first, then the work (youth, screenings,
 * deadlines...), help, the person's own account and the administration last. The account and the administration are
 * each one button opening a short list (`NAV_MENUS`), so the menu stays on one line at 1280 px.
 */
export type NavGroup = 'start' | 'work' | 'help' | 'account' | 'admin';
export const NAV_GROUPS: readonly NavGroup[] = ['start', 'work', 'help', 'account', 'admin'];
/** The groups shown as a button opening their entries (when they hold more than one), with the button's words. */
export const NAV_MENUS: Partial<Record<NavGroup, AppMessageKey>> = {
  account: 'shell.nav.group.account',
  admin: 'shell.nav.group.admin',
};

export interface SignedInNavEntry extends NavEntry {
  group: NavGroup;
  /** Shown only when the role holds this permission by default (the server enforces it either way). */
  permission?: Permission;
  /** Shown only to these roles (an entry that is work for some and oversight for others sits in two groups). */
  roles?: readonly Role[];
}

/**
 * One feature of the web app as the router and the header see it. Its pages, hooks and page copy live in its folder
 * (`features/<name>/`); `features/index.ts` lists every feature once.
 */
export interface Feature {
  name: string;
  /** Pages anyone may open, at the top of the site (/staff, /sign-in...). */
  pages?: readonly FeaturePage[];
  /** Pages of the signed-in part, below /app: only with a complete session, else the sign-in page. */
  appPages?: readonly FeaturePage[];
  /** Its entries in the header's menu: for someone not signed in, and for a signed-in person. */
  nav?: { public?: readonly NavEntry[]; signedIn?: readonly SignedInNavEntry[] };
  /** Sections it adds to a youth's page (youth-sections.tsx), after the page's own. */
  youthSections?: readonly YouthSectionDeclaration[];
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}
