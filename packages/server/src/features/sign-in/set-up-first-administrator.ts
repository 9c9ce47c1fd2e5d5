import type { Locale } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { harborErrorWithMessage } from '../../errors.js';
import { countUsers, type User } from '../../identity/accounts.js';
import { consumeLink } from '../../identity/one-time-links.js';
import { assertPasswordAcceptable } from '../../identity/passwords.js';
import { createAdministrator, type NewAdministrator } from './create-administrator.js';

/**
 * Uses the one-time set-up link printed by `harbor serve` on an empty database to create the first
 * administrator. The link works once, for 24 hours, and only while Harbor has no user at all.
 */
export async function setUpFirstAdministrator(
  db: Kysely<Database>,
  auditKey: Buffer,
  input: NewAdministrator & { token: string },
  options: { locale: Locale; ip?: string | undefined; now?: Date },
): Promise<User> {
  if ((await countUsers(db)) > 0) throw harborErrorWithMessage('conflict', 'setup.alreadyDone', 'users exist');
  // Check the password before spending the link, so a refused password leaves the link usable.
  assertPasswordAcceptable(input.password, options.locale);
  const link = await consumeLink(db, input.token, 'setup', options.now);
  if (!link) throw harborErrorWithMessage('not_found', 'setup.linkInvalid', 'bad setup link');
  return createAdministrator(db, auditKey, input, { ...options, via: 'setup_link' });
}
