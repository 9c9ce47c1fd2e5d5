import { readFileSync } from 'node:fs';

/** Harbor's version, from packages/server/package.json. */
export const HARBOR_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
