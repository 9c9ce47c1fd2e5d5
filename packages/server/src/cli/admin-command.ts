import { createInterface } from 'node:readline';
import { AGENCY_KINDS, type AgencyKind, isLocale } from '@harbor/core';
import { type Command, Option } from 'commander';
import { auditChainKey } from '../audit/index.js';
import type { Config } from '../config/index.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { HarborError } from '../errors.js';
import { recoverAccountFromServer } from '../features/admin/recover-account-from-server.js';
import { createAdministrator } from '../features/sign-in/create-administrator.js';

/** Reads the password from standard input: the first line when piped, or typed without echo at a terminal. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    stdin.setEncoding('utf8');
    for await (const chunk of stdin) text += chunk;
    return text.split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input: stdin, output: process.stderr, terminal: true });
  process.stderr.write('Password (not shown): ');
  // Typed characters are not echoed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const password = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return password;
}

export function registerAdminCommands(program: Command, loadConfig: () => Config): void {
  const admin = program.command('admin').description('manage administrator accounts');
  admin
    .command('create')
    .description('create an administrator (the password is read from standard input); MFA is set up at first sign-in')
    .requiredOption('--email <email>', "the administrator's e-mail address")
    .option('--name <name>', 'display name', 'Administrator')
    .option('--agency <name>', 'agency the administrator belongs to (created if new)', 'Harbor administration')
    .addOption(new Option('--agency-kind <kind>', 'kind of a new agency').choices([...AGENCY_KINDS]).default('other'))
    .addOption(new Option('--locale <locale>', 'language of the account').choices(['en', 'es']).default('en'))
    .addHelpText(
      'after',
      '\nExample:\n  printf "%s\\n" "$ADMIN_PASSWORD" | npx harbor admin create --email admin@county.example --agency "DMH" --agency-kind mental_health\n\nThe password must have 12 to 128 characters and not be a common or breached password.',
    )
    .action(
      async (options: { email: string; name: string; agency: string; agencyKind: AgencyKind; locale: string }) => {
        const config = loadConfig();
        const password = await readPassword();
        const database = openDatabase(config.database, { poolSize: 1 });
        try {
          await migrateToLatest(database);
          const user = await createAdministrator(
            database.db,
            auditChainKey(config.secretKey),
            {
              email: options.email,
              displayName: options.name,
              password,
              agencyName: options.agency,
              agencyKind: options.agencyKind,
            },
            { locale: isLocale(options.locale) ? options.locale : 'en', via: 'cli' },
          );
          process.stdout.write(`Administrator ${user.email} created. Sign in at ${config.publicUrl} to set up MFA.\n`);
        } catch (error) {
          if (error instanceof HarborError) {
            const details = error.fields?.map((f) => f.message).join(' ') ?? '';
            throw new Error(
              `${error.code === 'conflict' ? 'an account with this e-mail address already exists.' : 'the administrator was not created.'} ${details}`.trim(),
            );
          }
          throw error;
        } finally {
          await database.close();
        }
      },
    );
  admin
    .command('recover')
    .description(
      'print a password reset link for a person (24 hours, single use); with --reset-mfa, also reset their two-step verification',
    )
    .requiredOption('--email <email>', "the person's e-mail address")
    .option('--reset-mfa', 'forget their authenticator app and recovery codes: they set up a new one at next sign-in')
    .addHelpText(
      'after',
      '\nFor when no administrator can sign in (the only one forgot their password, or lost their phone and recovery codes).\nEvery session of the person ends; both actions are audited. Give the link to the person yourself.\n\nExample:\n  npx harbor admin recover --email admin@county.example --reset-mfa',
    )
    .action(async (options: { email: string; resetMfa?: boolean }) => {
      const config = loadConfig();
      const database = openDatabase(config.database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
        const done = await recoverAccountFromServer({
          db: database.db,
          auditKey: auditChainKey(config.secretKey),
          email: options.email,
          resetSecondFactor: options.resetMfa === true,
          publicUrl: config.publicUrl,
        });
        process.stdout.write(
          `${options.resetMfa ? `Two-step verification of ${done.email} was reset: they set it up again at next sign-in.\n` : ''}Give ${done.email} this link to choose a new password (it works once, until ${done.expiresAt}):\n  ${done.link}\n`,
        );
      } catch (error) {
        if (error instanceof HarborError && error.code === 'not_found') {
          throw new Error(`no account has the e-mail address ${options.email}.`);
        }
        throw error;
      } finally {
        await database.close();
      }
    });
}
