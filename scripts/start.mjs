// npm start: installs what is missing, builds, then runs `harbor serve` (SQLite under ./data unless
// HARBOR_DATABASE_URL says otherwise). Ctrl-C stops it gracefully.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, ensureDependencies, ROOT } from './setup.mjs';

ensureDependencies();
ensureBuilt();
const child = spawn(
  process.execPath,
  [join(ROOT, 'packages', 'server', 'bin', 'harbor.js'), 'serve', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
