import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { type Config, ConfigError, loadConfig } from '../config/index.js';
import { BackupError, backupDatabase, restoreDatabase } from '../db/backup.js';
import { openDatabase } from '../db/database.js';
import { MigrationError, migrateToLatest } from '../db/migrate.js';
import { courtPrograms } from '../features/court/programs.js';
import { protocols } from '../features/response/response-rules.js';
import { instruments } from '../features/screening/instruments.js';
import { createLogger } from '../logging.js';
import { startServer } from '../serve.js';
import { HARBOR_VERSION } from '../version.js';
import { registerAdminCommands } from './admin-command.js';
import { registerAuditCommands } from './audit-command.js';
import { registerDefinitionCommands } from './definitions-command.js';
import { registerDemoCommands } from './demo-command.js';
import { registerDirectoryCommands } from './directory-command.js';
import { registerKeysCommands } from './keys-command.js';

const ENVIRONMENT_HELP = `
Settings (environment variables):
  HARBOR_DATABASE_URL  postgres://USER:PASSWORD@HOST:5432/DB, or a SQLite file path (default: DATA_DIR/harbor.sqlite)
  HARBOR_DATA_DIR      folder for the SQLite database and the generated secret key (default: ./data)
  HARBOR_HOST          address to listen on (default: 127.0.0.1)
  HARBOR_PORT          port to listen on, 0 for any free port (default: 8080)
  HARBOR_SECRET_KEY    32+ random bytes as hex or base64 (default: generated once into DATA_DIR/secret.key)
  HARBOR_PREVIOUS_SECRET_KEYS  earlier secret keys, comma-separated, still read during a key rotation (harbor keys rotate)
  HARBOR_PUBLIC_URL    the address users reach Harbor at, e.g. https://harbor.example.org (enables HSTS when https)
  HARBOR_LOG_LEVEL     fatal, error, warn, info, debug, trace or silent (default: info)
  HARBOR_TRUST_PROXY   true when a reverse proxy or load balancer sits in front of Harbor (default: false)`;

function config(): Config {
  return loadConfig(process.env);
}

/** Explains a failure in one line an operator can act on. */
function describeFailure(error: unknown, cfg?: Config): string {
  if (error instanceof ConfigError || error instanceof BackupError || error instanceof MigrationError)
    return error.message;
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EADDRINUSE') {
    return `port ${cfg?.port ?? ''} on ${cfg?.host ?? ''} is already in use; stop the other program or set HARBOR_PORT to a free port.`;
  }
  if (e?.code === 'EACCES' && 'port' in (e as object)) {
    return `not allowed to listen on port ${cfg?.port}; use a port above 1023 (HARBOR_PORT) or run behind a proxy.`;
  }
  if (e?.code === 'ECONNREFUSED' || e?.code === 'ENOTFOUND' || e?.code === '28P01' || e?.code === '3D000') {
    return `cannot reach the database named by HARBOR_DATABASE_URL: ${e.message}`;
  }
  return e instanceof Error ? e.message : String(error);
}

function fail(error: unknown, cfg?: Config): never {
  process.stderr.write(`harbor: ${describeFailure(error, cfg)}\n`);
  process.exit(1);
}

export function buildCli(): Command {
  const program = new Command('harbor')
    .description('Harbor: identify, report, respond to and coordinate care for commercially sexually exploited youth.')
    .version(HARBOR_VERSION, '-v, --version')
    .showHelpAfterError('(run harbor --help for the commands)')
    .addHelpText('after', ENVIRONMENT_HELP);

  program
    .command('serve')
    .description('migrate the database, then serve the web app and the API until stopped (SIGTERM or Ctrl-C)')
    .addHelpText('after', ENVIRONMENT_HELP)
    .action(async () => {
      let cfg: Config | undefined;
      try {
        cfg = config();
        const logger = createLogger(cfg.logLevel);
        const server = await startServer(cfg, logger);
        const stop = (signal: NodeJS.Signals) => {
          void server.shutdown(signal).then(
            () => process.exit(0),
            (error: unknown) => fail(error, cfg),
          );
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      } catch (error) {
        fail(error, cfg);
      }
    });

  program
    .command('migrate')
    .description('bring the database schema up to date (also done at every start)')
    .addHelpText('after', ENVIRONMENT_HELP)
    .action(async () => {
      const cfg = config();
      const database = openDatabase(cfg.database, { poolSize: 1 });
      try {
        const applied = await migrateToLatest(database);
        process.stdout.write(
          applied.length
            ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`
            : 'The database is up to date.\n',
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('backup')
    .argument('<file>', 'where to write the backup (it must not exist yet)')
    .option('--force', 'replace the file if it exists')
    .description(
      'write a consistent copy of all data while Harbor keeps serving (SQLite: online backup; PostgreSQL: pg_dump)',
    )
    .addHelpText(
      'after',
      `\nThe backup holds identifying data about youth: it is created readable by its owner only. Keep it encrypted and offline.\n${ENVIRONMENT_HELP}`,
    )
    .action(async (file: string, options: { force?: boolean }) => {
      const cfg = config();
      await backupDatabase(cfg.database, resolve(file), options);
      process.stdout.write(`Backup written to ${resolve(file)}\n`);
    });

  program
    .command('restore')
    .argument('<file>', 'a backup made by harbor backup')
    .option('--yes', 'confirm that all current data is to be replaced')
    .description('replace all data with a backup (SQLite: checked, then copied in; PostgreSQL: pg_restore)')
    .addHelpText(
      'after',
      `\nStop every Harbor server using this database first. The backup is checked before anything changes.\n${ENVIRONMENT_HELP}`,
    )
    .action(async (file: string, options: { yes?: boolean }) => {
      const cfg = config();
      if (!options.yes) {
        throw new BackupError(
          `restore replaces all data in ${cfg.database.kind === 'sqlite' ? cfg.database.path : 'the PostgreSQL database'}; run again with --yes to confirm.`,
        );
      }
      await restoreDatabase(cfg.database, resolve(file));
      const database = openDatabase(cfg.database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
      } finally {
        await database.close();
      }
      process.stdout.write(`Restored from ${resolve(file)}\n`);
    });

  registerAdminCommands(program, config);
  registerAuditCommands(program, config);
  registerDefinitionCommands(program, config, {
    name: 'instruments',
    what: 'screening instruments',
    docs: 'packages/core/instruments/',
    versions:
      'The newest version of each instrument is offered for new screenings; completed screenings keep the version they used.',
    store: instruments,
    describe: (i) => `${i.domains.reduce((n, d) => n + d.items.length, 0)} items\t${i.title.en}`,
  });
  registerDefinitionCommands(program, config, {
    name: 'protocols',
    what: 'response protocols',
    docs: 'packages/core/protocols/',
    versions:
      'The newest version of each protocol runs new responses; open responses keep the version they started with.',
    store: protocols,
    describe: (p) => `${p.steps.length} steps\t${p.title.en}`,
  });
  registerDefinitionCommands(
    program.command('court').description('specialty courts (STAR, DREAM, the county’s own)'),
    config,
    {
      name: 'programs',
      what: 'specialty court programs',
      docs: 'docs/data-model.md (court_program) and packages/core/src/court/programs.ts',
      versions:
        'The newest version of each program takes new enrollments; enrolled youths keep the version they started with.',
      store: courtPrograms,
      describe: (p) => `${p.phases.length} phases\t${p.name.en}`,
    },
  );
  registerKeysCommands(program, config);
  registerDemoCommands(program, config);
  registerDirectoryCommands(program, config);

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildCli();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors were already explained by commander.
      process.exit(error.exitCode);
    }
    fail(error);
  }
}

// Everything Harbor writes (database, backups, keys, logs it redirects) is for its owner only.
process.umask(0o077);
await main(process.argv);
