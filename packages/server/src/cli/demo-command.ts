import { translate } from '@harbor/core';
import type { Command } from 'commander';
import type { Config } from '../config/index.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { DemoCredentials } from '../features/demo/accounts.js';
import { type DemoCounts, DemoSeedRefused, seedDemo } from '../features/demo/seed-demo.js';
import { FEATURE_REGISTRY } from '../features/index.js';

const SEED_HELP = `
Fills an empty Harbor database with a fictional county, so that a county can evaluate Harbor in minutes: agencies
(mental health, child welfare, probation, sheriff, advocacy, health, a court), staff of every role, a dozen youth with
their care teams, screenings at every level and responses at every stage, their work spread over the last days. Each
record is written by the use case the API calls, as the fictional person who would make it: encrypted, indexed and
audited as in real use.

It prints, once, each person's e-mail address, password, authenticator (TOTP) secret (base32, and as an otpauth://
URI) and one recovery code; only hashes and encrypted values are stored. Every page of the staff app then shows a
"Demonstration data" banner.

It refuses (exit 1, nothing changed) a database that holds any agency, account or youth record: never run it on a
county's own database. Run again on a demonstration database, it adds nothing. Best run while Harbor is stopped; a
Harbor serving the same database may send some of the demonstration's escalations at the time of seeding.

Needs the same HARBOR_DATABASE_URL and HARBOR_SECRET_KEY (or DATA_DIR/secret.key) as the server.`;

const roleName = (role: string) => translate('en', `roleName.${role}` as never);

/** What `harbor demo seed` prints after seeding: the summary, then each person's sign-in, once. */
export function describeSeed(input: {
  counts: DemoCounts;
  credentials: readonly DemoCredentials[];
  signInUrl: string;
}): string {
  const { counts } = input;
  const lines = [
    `Harbor now holds the demonstration county: ${counts.agencies} agencies, ${counts.people} people, ${counts.youth} youth, ` +
      `${counts.screenings} screenings and ${counts.responses} responses,`,
    'their work spread over the last six days. Everyone and everything in it is fictional, and every page of the staff',
    'app says so ("Demonstration data"). Never enter a real person’s information here, and never seed a county’s own',
    'database.',
    '',
    `Sign in at ${input.signInUrl} as any of the people below. Add the TOTP secret to an authenticator app (type the`,
    'base32 secret, or turn the otpauth:// URI into a QR code); the recovery code works once in place of a code.',
    'They are shown only now (Harbor keeps only hashes and encrypted values): keep this output somewhere safe.',
  ];
  for (const c of input.credentials) {
    lines.push(
      '',
      `${c.person.displayName}: ${roleName(c.person.role)}, ${c.agencyName}`,
      `  their week:     ${c.person.try}`,
      `  e-mail:         ${c.email}`,
      `  password:       ${c.password}`,
      `  TOTP secret:    ${c.totpSecret}`,
      `  TOTP URI:       ${c.totpUri}`,
      `  recovery code:  ${c.recoveryCode}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Adds `harbor demo seed`. */
export function registerDemoCommands(program: Command, loadConfig: () => Config): void {
  const demo = program.command('demo').description('fictional demonstration data, for evaluating Harbor');

  demo
    .command('seed')
    .description('fill an empty database with a fictional county; prints each person’s sign-in once')
    .addHelpText('after', SEED_HELP)
    .showHelpAfterError(false)
    .action(async (_options: unknown, command: Command) => {
      const config = loadConfig();
      const database = openDatabase(config.database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
        const result = await seedDemo({ config, database, registry: FEATURE_REGISTRY });
        if (result.outcome === 'already') {
          process.stdout.write(
            `This database already holds the demonstration county (seeded ${result.seededAt}); nothing was added. ` +
              'Its sign-ins were printed when it was seeded, and only then; to start again, seed a new, empty database.\n',
          );
          return;
        }
        process.stdout.write(
          describeSeed({
            counts: result.counts,
            credentials: result.credentials,
            signInUrl: new URL('/sign-in', config.publicUrl).toString(),
          }),
        );
      } catch (error) {
        if (error instanceof DemoSeedRefused) command.error(`harbor: ${error.message}`, { exitCode: 1 });
        throw error;
      } finally {
        await database.close();
      }
    });
}
