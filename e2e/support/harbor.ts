import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarbor } from '../../packages/server/src/testing/harbor-process.js';

export interface TestHarbor {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  stop(): Promise<void>;
}

/** Starts the built Harbor server (`npm run build` first) on a free port with its own empty data folder. */
export async function startTestHarbor(): Promise<TestHarbor> {
  const dataDir = mkdtempSync(join(tmpdir(), 'harbor-e2e-'));
  const harbor = await startHarbor({ dataDir });
  return {
    url: harbor.url,
    async stop() {
      await harbor.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
