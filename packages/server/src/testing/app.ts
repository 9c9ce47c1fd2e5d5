import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { BackgroundWork } from '../background-work.js';
import { buildConfig, type Config } from '../config/index.js';
import type { Dialect } from '../db/database.js';
import { createLogger } from '../logging.js';
import { type ContractViolation, checkAnswersAgainstDocument, describeViolations } from './contract.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  t: TestDatabase;
  /** Every log line written so far, raw JSON text. */
  logs: string[];
  startDraining(): void;
  /** Resolves once the work requests started in the background (the e-mail of a password reset) has finished. */
  settled(): Promise<void>;
  /** The answers so far that the API document does not describe (a status not listed, a body its schema refuses). */
  violations: ContractViolation[];
  /** Closes the app and drops its database, then fails when an answer did not match the API document. */
  close(): Promise<void>;
}

/** The real application on a fresh database of the given engine, with its logs captured. */
export async function createTestApp(
  dialect: Dialect,
  options: {
    env?: Record<string, string>;
    webDist?: string;
    beforeReady?: (app: FastifyInstance) => void;
    background?: BackgroundWork;
    /** The server's clock, for tests that move time. */
    now?: () => Date;
  } = {},
): Promise<TestApp> {
  const t = await createTestDatabase(dialect);
  const config = { ...buildConfig({ HARBOR_DATA_DIR: t.dir, ...options.env }), database: t.config };
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  const { app, startDraining, close, settled } = await buildApp({
    config,
    database: t.database,
    logger: createLogger('debug', sink),
    ...(options.webDist ? { webDist: options.webDist } : {}),
    ...(options.background ? { background: options.background } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  options.beforeReady?.(app);
  // Every answer a test receives is checked against the documented statuses and response schemas.
  const violations = checkAnswersAgainstDocument(app);
  await app.ready();
  return {
    app,
    config,
    t,
    logs,
    startDraining,
    settled,
    violations,
    async close() {
      await close();
      await t.drop();
      if (violations.length > 0) throw new Error(describeViolations(violations));
    },
  };
}
