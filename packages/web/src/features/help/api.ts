import type { HelpContactInfo, Infer } from '@harbor/core';

/** Whom staff call about their account, as the county set it (HARBOR_HELP_*): core's help contract. */
export type HelpContact = NonNullable<Infer<typeof HelpContactInfo>['contact']>;

/**
 * GET /api/v1/help/contact: the county's contact, or null when it set none; undefined when Harbor cannot be reached.
 * A public answer, asked without the session cookie, so that reading help never counts as a signed-in person's
 * activity (the shared `api` module notes every answered call as such, for the idle-timeout warning).
 */
export async function fetchHelpContact(): Promise<HelpContact | null | undefined> {
  try {
    const response = await fetch('/api/v1/help/contact', {
      credentials: 'omit',
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return undefined;
    return ((await response.json()) as Infer<typeof HelpContactInfo>).contact;
  } catch {
    return undefined;
  }
}
