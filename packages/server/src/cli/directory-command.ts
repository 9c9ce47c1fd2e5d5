import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { auditChainKey } from '../audit/chain.js';
import type { Config } from '../config/index.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { exportDirectory } from '../features/directory/export-directory.js';
import { findSchemaFolder, hsdsValidator } from '../features/directory/hsds-schemas.js';
import { importDirectory } from '../features/directory/import-directory.js';
import { readJsonFile } from './definitions-command.js';

const HELP = `
The file is Harbor's HSDS 3.0 file: one JSON object {"hsds_version": "3.0", "taxonomies": [...], "taxonomy_terms":
[...], "organizations": [...], "services": [...]}, each object an HSDS 3.0 object (organisations with their phones,
attributes and locations; services with their phones, schedules, languages, service areas, services at locations and
attributes, the Harbor profile among them). The format: docs/operations.md ("The resource directory").

import checks the whole file first, each object against the published HSDS 3.0 JSON Schemas (every error), then the
references between objects and the ids already in the directory; it lists every problem with where it is, and stores
nothing unless there is none (one transaction). export writes the whole directory, confidential sites included: keep
the file as you keep the database.

The schemas are read from shared/standards/hsds-3.0/schema above Harbor's folder, or from --schemas DIR.
Needs the same HARBOR_DATABASE_URL and HARBOR_SECRET_KEY (or DATA_DIR/secret.key) as the server.`;

/** Adds `harbor directory import FILE` and `harbor directory export FILE`. */
export function registerDirectoryCommands(program: Command, loadConfig: () => Config): void {
  const directory = program.command('directory').description('the resource directory, as Open Referral HSDS 3.0 files');

  directory
    .command('import')
    .argument('<file>', "Harbor's HSDS 3.0 file (JSON)")
    .option('--schemas <dir>', 'the folder of the HSDS 3.0 JSON Schemas')
    .description('check an HSDS file and add its organisations and services to the directory')
    .addHelpText('after', HELP)
    .showHelpAfterError(false)
    .action(async (file: string, options: { schemas?: string }, command: Command) => {
      const path = resolve(file);
      const input = await readJsonFile(path, command, 'harbor.directory.read');
      const folder = options.schemas ? resolve(options.schemas) : findSchemaFolder();
      if (!folder) {
        command.error('harbor: the HSDS 3.0 schemas were not found; name their folder with --schemas DIR.', {
          exitCode: 1,
          code: 'harbor.directory.schemas',
        });
      }
      const config = loadConfig();
      const database = openDatabase(config.database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
        const outcome = await importDirectory(database.db, input, {
          validator: hsdsValidator(folder),
          auditKey: auditChainKey(config.secretKey),
        });
        if (!outcome.ok) {
          for (const p of outcome.problems) process.stdout.write(`${p.path || '(file)'}: ${p.message}\n`);
          command.error(`harbor: ${path} was refused: ${outcome.problems.length} problem(s); nothing was stored.`, {
            exitCode: 1,
            code: 'harbor.directory.invalid',
          });
        }
        const c = outcome.counts;
        process.stdout.write(
          `Imported ${c.organization ?? 0} organisation(s), ${c.service ?? 0} service(s) and ${c.location ?? 0} location(s).\n`,
        );
      } finally {
        await database.close();
      }
    });

  directory
    .command('export')
    .argument('<file>', 'where to write the file (JSON)')
    .description('write the whole directory as an HSDS 3.0 file')
    .addHelpText('after', HELP)
    .action(async (file: string) => {
      const database = openDatabase(loadConfig().database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
        const document = await exportDirectory(database.db);
        await writeFile(resolve(file), `${JSON.stringify(document, null, 2)}\n`, { mode: 0o600 });
        process.stdout.write(
          `Wrote ${document.organizations.length} organisation(s) and ${document.services.length} service(s) to ${resolve(file)}.\n`,
        );
      } finally {
        await database.close();
      }
    });
}
