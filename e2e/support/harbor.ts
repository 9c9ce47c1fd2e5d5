import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startHarbor } from '../../packages/server/src/testing/harbor-process.js';
import { launchBrowser } from './browser.js';

export interface TestHarbor {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Its data folder (the SQLite database is `harbor.sqlite` in it), for a test that sets a clock back. */
  dataDir: string;
  /**
   * The one-time set-up link `harbor serve` prints on an empty database (`http://HOST:PORT/setup#TOKEN`), waited for
   * since it comes a moment after the server starts listening.
   */
  setupLink(): Promise<string>;
  stop(): Promise<void>;
}

const SETUP_LINE = /^\s+(http:\/\/\S+\/setup#\S+)\s*$/;

/** Starts the built Harbor server (`npm run build` first) on a free port with its own empty data folder. */
export async function startTestHarbor(env: Record<string, string> = {}): Promise<TestHarbor> {
  const dataDir = mkdtempSync(join(tmpdir(), 'harbor-e2e-'));
  const harbor = await startHarbor({ dataDir, env });
  return {
    url: harbor.url,
    dataDir,
    async setupLink() {
      const deadline = Date.now() + 10_000;
      for (;;) {
        for (const line of harbor.output) {
          const link = SETUP_LINE.exec(line)?.[1];
          if (link) return link;
        }
        if (Date.now() > deadline) throw new Error(`no set-up link printed:\n${harbor.output.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      await harbor.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: starts its own Harbor (with extra HARBOR_* settings, if given) and one Chromium before the tests and
 * stops both after them.
 * Read `env.harbor` and `env.browser` inside tests (they are set once beforeAll has run).
 */
export function useHarborAndBrowser(options: { settings?: () => Promise<Record<string, string>> } = {}): {
  readonly harbor: TestHarbor;
  readonly browser: Browser;
} {
  const env = {} as { harbor: TestHarbor; browser: Browser };
  beforeAll(async () => {
    const settings = (await options.settings?.()) ?? {};
    [env.harbor, env.browser] = await Promise.all([startTestHarbor(settings), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.harbor?.stop();
  });
  return env;
}
