// npm run lighthouse: builds what is missing, starts Harbor (SQLite, a scratch data folder) on a free loopback port,
// runs Lighthouse in mobile mode on the public site's home pages (/en/, /es/) and on the staff app's sign-in page and
// home after signing in (/sign-in, /app), prints the scores and fails below the targets.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ensureChromium, ensureDependencies, ROOT, say } from './setup.mjs';

ensureDependencies();
ensureBuilt();
process.env.HARBOR_CHROMIUM ||= ensureChromium();
const { auditScratchHarbor, missedTargets, PAGES, printResults } = await import(
  pathToFileURL(join(ROOT, 'bench', 'lighthouse.mjs')).href
);

say(`running Lighthouse on ${PAGES.join(', ')}...`);
const results = await auditScratchHarbor();
printResults(results);
const missed = missedTargets(results);
if (missed.length > 0) {
  process.stderr.write(`\nLighthouse targets missed:\n${missed.join('\n')}\n`);
  process.exitCode = 1;
}
