import type { Logger } from 'pino';
import { buildApp } from './app.js';
import { startAuditCheckpoints } from './audit/index.js';
import type { Config } from './config/index.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { FEATURES } from './features/index.js';
import { countUsers } from './identity/accounts.js';
import { preloadCommonPasswords } from './identity/breached-passwords.js';
import { createSetupLink } from './identity/one-time-links.js';
import { MailSender } from './mail/sender.js';
import { HARBOR_VERSION } from './version.js';

const SHUTDOWN_GRACE_MS = 25_000;

export interface RunningServer {
  url: string;
  /** Finishes in-flight requests, closes the database; safe to call more than once. */
  shutdown(reason: string): Promise<void>;
}

/** Opens the database, migrates it, and serves until shut down. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const database = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(database);
    if (applied.length > 0) logger.info({ event: 'db.migrated', applied }, 'database migrated');
  } catch (error) {
    await database.close();
    throw error;
  }
  const setupToken = (await countUsers(database.db)) === 0 ? await createSetupLink(database.db) : undefined;
  // Load the common-password list now rather than during someone's first password change.
  const passwords = preloadCommonPasswords();
  logger.info(
    {
      event: 'passwords.list_loaded',
      entries: passwords.entries,
      kept: passwords.kept,
      ms: Math.round(passwords.loadMs),
    },
    'common-password list loaded',
  );
  // One e-mail sender for the whole process: the API's (invitations, reset links) and the deadline scheduler's.
  const mail = config.smtp ? new MailSender(config.smtp, logger) : undefined;
  const { app, close, services } = await buildApp({ config, database, logger, ...(mail ? { mail } : {}) });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    mail?.close();
    await database.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // On "any free port" (HARBOR_PORT=0, as tests run) the public address derived from it names the port taken, so that
  // the links Harbor makes (invitations, password resets, their e-mail) lead here.
  if (config.publicUrl.port === '0') config.publicUrl.port = String(port);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  logger.info(
    { event: 'server.listening', url, database: config.database.kind, version: HARBOR_VERSION },
    `Harbor is listening on ${url}`,
  );

  // The features' background jobs (the deadline scheduler...), from their declarations.
  const jobs = FEATURES.flatMap((feature) => (feature.jobs ?? []).map((job) => job({ services, logger })));
  for (const job of jobs) job.start();
  // Signed checkpoints of the audit trail: at start, every few minutes while it grows, and at stop.
  const auditCheckpoints = startAuditCheckpoints({ db: database.db, secrets: config, logger });

  if (setupToken) {
    // The token sits after '#', so it never reaches a server log or a Referer header.
    const link = new URL(`/setup#${setupToken}`, config.publicUrl.port === '0' ? url : config.publicUrl).toString();
    logger.info({ event: 'setup.link_created' }, 'Harbor has no users yet: a one-time set-up link was printed');
    process.stdout.write(
      `\nHarbor has no users yet. Open this link to create the first administrator (it works once, for 24 hours):\n  ${link}\n\n`,
    );
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    shutdown(reason) {
      closing ??= (async () => {
        logger.info({ event: 'server.stopping', reason }, 'finishing requests in flight, then stopping');
        const timer = setTimeout(() => {
          logger.error({ event: 'server.stop_timeout' }, 'requests did not finish in time; stopping anyway');
          process.exit(1);
        }, SHUTDOWN_GRACE_MS);
        timer.unref();
        await Promise.all(jobs.map((job) => job.stop()));
        await close();
        mail?.close();
        await auditCheckpoints.stop();
        await database.close();
        clearTimeout(timer);
        logger.info({ event: 'server.stopped' }, 'stopped');
      })();
      return closing;
    },
  };
}
