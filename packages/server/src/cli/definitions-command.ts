import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config/index.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { type Definition, DefinitionImportError, type DefinitionStore } from '../definitions/definition-store.js';

export interface DefinitionCommand<T extends Definition> {
  /** The command's name: `harbor <name> import|list`. */
  name: string;
  /** What the definitions are, for help texts: "screening instruments". */
  what: string;
  /** Where the format and examples are documented. */
  docs: string;
  /** What replacing a version means for the records that use it. */
  versions: string;
  store: DefinitionStore<T>;
  /** One line per definition for `list`. */
  describe(definition: T): string;
}

/** A command's JSON file, or the command's error (exit 1) saying why it cannot be read. */
export async function readJsonFile(path: string, command: Command, code: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return command.error(`harbor: cannot read ${path} as JSON: ${reason}`, { exitCode: 1, code });
  }
}

/** Adds `harbor <name> import <file>` and `harbor <name> list` for definitions kept as data. */
export function registerDefinitionCommands<T extends Definition>(
  program: Command,
  loadConfig: () => Config,
  spec: DefinitionCommand<T>,
): void {
  const group = program.command(spec.name).description(`${spec.what} kept as data`);
  const help = `
The file is a definition in JSON (the format and examples: ${spec.docs}). It is checked completely before anything is
stored; every problem is listed with where it is, and nothing changes.
A stored version is never changed: to change one, raise its "version" and import again. ${spec.versions}

Needs the same HARBOR_DATABASE_URL as the server.`;

  group
    .command('import')
    .argument('<file>', 'a JSON definition')
    .description('check a definition and store it as a new definition or version')
    .addHelpText('after', help)
    .showHelpAfterError(false)
    .action(async (file: string, _options: unknown, command: Command) => {
      const path = resolve(file);
      const input = await readJsonFile(path, command, 'harbor.definition.read');
      const database = openDatabase(loadConfig().database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
        const outcome = await spec.store.import(database.db, input);
        process.stdout.write(
          outcome.status === 'imported'
            ? `Imported ${outcome.id} version ${outcome.version}.\n`
            : `${outcome.id} version ${outcome.version} is already stored with the same content; nothing changed.\n`,
        );
      } catch (error) {
        if (!(error instanceof DefinitionImportError)) throw error;
        for (const problem of error.problems) process.stdout.write(`${problem.path || '(file)'}: ${problem.message}\n`);
        command.error(`harbor: ${path} was refused: ${error.message}; nothing was stored.`, {
          exitCode: 1,
          code: 'harbor.definition.invalid',
        });
      } finally {
        await database.close();
      }
    });

  group
    .command('list')
    .description(`list the ${spec.what} in use (the newest version of each)`)
    .action(async () => {
      const database = openDatabase(loadConfig().database, { poolSize: 1 });
      try {
        await migrateToLatest(database);
        await spec.store.ensureShipped(database.db);
        for (const { definition, origin } of await spec.store.newest(database.db)) {
          process.stdout.write(
            `${definition.id}\tversion ${definition.version}\t${origin}\t${spec.describe(definition)}\n`,
          );
        }
      } finally {
        await database.close();
      }
    });
}
