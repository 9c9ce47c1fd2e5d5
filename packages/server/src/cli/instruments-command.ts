import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config/index.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  ensureShippedInstruments,
  InstrumentImportError,
  importInstrument,
  listInstruments,
} from '../features/screening/instruments.js';

const IMPORT_HELP = `
The file is an instrument definition in JSON (examples and the format: packages/core/instruments/). It is checked
completely before anything is stored; every problem is listed with where it is, and nothing changes.
A stored version is never changed: to change an instrument, raise its "version" and import again. The newest version
of each instrument is offered for new screenings; completed screenings keep the version they used.

Needs the same HARBOR_DATABASE_URL as the server.`;

/** Adds `harbor instruments …`: import a screening instrument from a definition file, list the ones offered. */
export function registerInstrumentCommands(program: Command, loadConfig: () => Config): void {
  const instruments = program.command('instruments').description('screening instruments kept as data');

  instruments
    .command('import')
    .argument('<file>', 'a JSON instrument definition')
    .description('check an instrument definition and store it as a new instrument or version')
    .addHelpText('after', IMPORT_HELP)
    .showHelpAfterError(false)
    .action(async (file: string, _options: unknown, command: Command) => {
      const path = resolve(file);
      let input: unknown;
      try {
        input = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
        command.error(`harbor: cannot read ${path} as JSON: ${reason}`, {
          exitCode: 1,
          code: 'harbor.instrument.read',
        });
      }
      const database = openDatabase(loadConfig().database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
        const outcome = await importInstrument(database.db, input);
        process.stdout.write(
          outcome.status === 'imported'
            ? `Imported ${outcome.id} version ${outcome.version}.\n`
            : `${outcome.id} version ${outcome.version} is already stored with the same content; nothing changed.\n`,
        );
      } catch (error) {
        if (!(error instanceof InstrumentImportError)) throw error;
        for (const problem of error.problems) process.stdout.write(`${problem.path || '(file)'}: ${problem.message}\n`);
        command.error(`harbor: ${path} was refused: ${error.message}; nothing was stored.`, {
          exitCode: 1,
          code: 'harbor.instrument.invalid',
        });
      } finally {
        await database.close();
      }
    });

  instruments
    .command('list')
    .description('list the instruments offered for new screenings')
    .action(async () => {
      const database = openDatabase(loadConfig().database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
        await ensureShippedInstruments(database.db);
        for (const i of await listInstruments(database.db)) {
          process.stdout.write(`${i.id}\tversion ${i.version}\t${i.origin}\t${i.itemCount} items\t${i.title.en}\n`);
        }
      } finally {
        await database.close();
      }
    });
}
