import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { SAMPLE, sampleDirectory } from '../../packages/server/src/features/directory/testing.js';
import type { TestHarbor } from './harbor.js';

const BUILT_CLI = fileURLToPath(new URL('../../packages/server/dist/cli/main.js', import.meta.url));

/** The sample directory's services the browser tests name. */
export const SERVICES = {
  /** Eastside Family Clinic's TF-CBT service: Spanish and English, ages 8 to 17, in SPA 4 Metro. */
  therapy: SAMPLE.therapy,
  /** Valley Youth Advocates' advocacy: Spanish and English, no TF-CBT. */
  advocacy: SAMPLE.advocacy,
  /** Emergency beds, English only. */
  shelter: SAMPLE.shelter,
} as const;

/**
 * Fills a test Harbor's directory as a county does, with `harbor directory import` of an HSDS 3.0 file (the server's
 * sample directory: an advocacy agency with a shelter, and a clinic offering TF-CBT), then names the Harbor agency
 * that receives the clinic's referrals. HSDS has no such field; an editor sets it in the app, here it is written to
 * the test's own SQLite database.
 */
export async function seedDirectory(harbor: TestHarbor, clinicAgencyId: string): Promise<void> {
  const file = join(harbor.dataDir, 'directory.json');
  writeFileSync(file, JSON.stringify(sampleDirectory()));
  await promisify(execFile)(process.execPath, [BUILT_CLI, 'directory', 'import', file], {
    env: { PATH: process.env.PATH ?? '', HARBOR_DATA_DIR: harbor.dataDir },
  });
  const db = new Database(join(harbor.dataDir, 'harbor.sqlite'));
  db.pragma('busy_timeout = 10000');
  try {
    db.prepare('update directory_organization set agency_id = ? where id = ?').run(clinicAgencyId, SAMPLE.clinic);
  } finally {
    db.close();
  }
}
