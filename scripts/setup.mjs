// Shared set-up for `npm start`, `npm test` and `npm run bench`: plain Node, no dependencies,
// because it runs before the project's own dependencies are installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

export function say(message) {
  process.stdout.write(`harbor: ${message}\n`);
}

/** Stops with a one-line instruction. */
export function stop(message) {
  process.stderr.write(`harbor: ${message}\n`);
  process.exit(1);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) stop(`${command} could not run: ${result.error.message}`);
  return result.status ?? 1;
}

function mustRun(command, args, what) {
  if (run(command, args) !== 0) stop(`${what} failed; see the output above.`);
}

/** Installs the dependencies when they are missing or older than the lock file. */
export function ensureDependencies() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (npm ci)...');
  mustRun('npm', ['ci', '--no-audit', '--no-fund'], 'Installing dependencies');
}

function newestFile(dir, skip = new Set(['node_modules', 'dist'])) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path, skip) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the server (incrementally) and the web app and public site's files (when their sources or the core changed). */
export function ensureBuilt({ force = false } = {}) {
  mustRun('npx', ['tsc', '-b', 'packages/server'], 'Building the server');
  const index = join(ROOT, 'packages', 'web', 'dist', 'index.html');
  const sources = Math.max(
    newestFile(join(ROOT, 'packages', 'web')),
    newestFile(join(ROOT, 'packages', 'core', 'src')),
  );
  const siteCss = join(ROOT, 'packages', 'web', 'dist', 'site', 'site.css');
  if (force || !existsSync(index) || !existsSync(siteCss) || statSync(index).mtimeMs < sources) {
    say('building the web app...');
    mustRun('npm', ['run', 'build', '-w', '@harbor/web'], 'Building the web app');
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

export const TEST_POSTGRES_URL =
  process.env.HARBOR_TEST_POSTGRES_URL ?? 'postgres://harbor_test:harbor_test@127.0.0.1:5432/harbor_test';

async function postgresAnswers(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function asPostgres(sql) {
  return spawnSync('runuser', ['-u', 'postgres', '--', 'psql', '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], {
    encoding: 'utf8',
  });
}

/**
 * Finds PostgreSQL for the tests, or starts the machine's cluster and creates the test role and
 * database (as root), or stops with an instruction.
 */
export async function ensurePostgres() {
  if (await postgresAnswers(TEST_POSTGRES_URL)) return TEST_POSTGRES_URL;
  if (process.env.HARBOR_TEST_POSTGRES_URL) {
    stop(`PostgreSQL does not answer at HARBOR_TEST_POSTGRES_URL; start it or unset the variable.`);
  }
  if (!isRoot() || !has('pg_ctlcluster') || !has('pg_lsclusters')) {
    stop(
      'the tests need PostgreSQL: set HARBOR_TEST_POSTGRES_URL=postgres://USER:PASSWORD@HOST:5432/DB for a role that may create databases.',
    );
  }
  const clusters = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' }).trim().split('\n');
  const first = clusters[0]?.trim().split(/\s+/);
  if (!first || first.length < 4) stop('no PostgreSQL cluster found; install one with apt-get install postgresql.');
  const [version, name, , status] = first;
  if (status !== 'online') {
    say(`starting PostgreSQL ${version}/${name}...`);
    mustRun('pg_ctlcluster', [version, name, 'start'], 'Starting PostgreSQL');
  }
  const role = asPostgres(
    "do $$ begin if not exists (select from pg_roles where rolname = 'harbor_test') then create role harbor_test login createdb password 'harbor_test'; end if; end $$;",
  );
  if (role.status !== 0) stop(`could not create the test role: ${role.stderr.trim()}`);
  const exists = asPostgres("select 1 from pg_database where datname = 'harbor_test'");
  if (exists.stdout.trim() !== '1') {
    const created = asPostgres('create database harbor_test owner harbor_test');
    if (created.status !== 0) stop(`could not create the test database: ${created.stderr.trim()}`);
  }
  for (let i = 0; i < 20; i++) {
    if (await postgresAnswers(TEST_POSTGRES_URL)) return TEST_POSTGRES_URL;
    await new Promise((r) => setTimeout(r, 500));
  }
  return stop(
    'PostgreSQL was started but does not accept the test role; check pg_hba.conf allows password logins on 127.0.0.1.',
  );
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Finds Chromium for the browser tests, installing Debian's package as root where apt is available. */
export function ensureChromium() {
  const configured = process.env.HARBOR_CHROMIUM;
  if (configured) {
    if (!existsSync(configured)) stop(`HARBOR_CHROMIUM names ${configured}, which does not exist.`);
    return configured;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (isRoot() && has('apt-get')) {
    say('installing Chromium from Debian (apt-get install chromium)...');
    mustRun('apt-get', ['update', '-qq'], 'apt-get update');
    mustRun('apt-get', ['install', '-y', '-qq', 'chromium'], 'Installing Chromium');
    const installed = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
    if (installed) return installed;
  }
  return stop(
    'the browser tests need Chromium: install it (Debian: apt-get install chromium) or set HARBOR_CHROMIUM to its path.',
  );
}
