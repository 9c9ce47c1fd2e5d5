import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Checks that the JSON copy of a shipped definition (the county's editable example for `harbor … import`) is the
 * definition itself. HARBOR_UPDATE_FIXTURES=1 rewrites it (then formats it as the repository's formatter wants).
 */
export function expectJsonCopy(relativePath: string, value: unknown, parses: (input: unknown) => boolean): void {
  const file = `${REPO_ROOT}${relativePath}`;
  if (process.env.HARBOR_UPDATE_FIXTURES === '1') {
    writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
    execFileSync(`${REPO_ROOT}node_modules/.bin/biome`, ['format', '--write', file], { cwd: REPO_ROOT });
  }
  expect(existsSync(file), `${file} is missing: run with HARBOR_UPDATE_FIXTURES=1`).toBe(true);
  const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
  // Compared as JSON text (so field order counts too), whatever the file's formatting.
  expect(JSON.stringify(stored), `${file} is stale: run with HARBOR_UPDATE_FIXTURES=1`).toBe(JSON.stringify(value));
  expect(parses(stored)).toBe(true);
}
