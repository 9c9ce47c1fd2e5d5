#!/usr/bin/env node
// The `harbor` command: runs the compiled CLI (npm run build compiles it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error(
    'harbor: the server is not built yet. Run `npm run build` (or `npm start`) in the project folder first.',
  );
  process.exit(1);
}
await import(main.href);
