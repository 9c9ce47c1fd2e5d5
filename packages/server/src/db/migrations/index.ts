import type { Migration } from 'kysely';
import * as foundation from './2026-11-28T1300Z-foundation.js';
import * as audit from './2026-11-28T1400Z-audit.js';
import * as identity from './2026-11-28T1500Z-identity.js';
import * as careTeam from './2026-11-28T1600Z-care-team.js';
import * as youthRecords from './2026-11-28T1700Z-youth-records.js';
import * as screenings from './2026-11-28T1800Z-screenings.js';
import * as responses from './2026-11-28T1900Z-responses.js';
import * as auditCheckpoints from './2026-12-01T1000Z-audit-checkpoints.js';
import * as accountRecovery from './2026-12-01T1100Z-account-recovery.js';
import * as demoMarker from './2026-12-01T1100Z-demo-marker.js';
import * as workPhone from './2026-12-01T1200Z-work-phone.js';
import * as breakGlassReview from './2026-12-01T1300Z-break-glass-review.js';
import * as earlierArrests from './2026-12-01T1400Z-earlier-arrests.js';
import * as learnedAt from './2026-12-01T1400Z-learned-at.js';
import * as signInLockout from './2026-12-01T1500Z-sign-in-lockout.js';
import * as directory from './2026-12-02T1000Z-directory.js';
import * as referrals from './2026-12-02T1100Z-referrals.js';
import * as specialtyCourts from './2026-12-02T1200Z-specialty-courts.js';
import * as courtReportClocks from './2026-12-02T1230Z-court-report-clocks.js';
import * as mdtMeetings from './2026-12-02T1300Z-mdt-meetings.js';
import * as mdtSequence from './2026-12-02T1400Z-mdt-meeting-sequence.js';

/**
 * Every migration, named by the UTC time it was written. Names sort in the order they run;
 * a released migration is never edited or removed, only followed by a new one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-28T1300Z-foundation': foundation,
  '2026-11-28T1400Z-audit': audit,
  '2026-11-28T1500Z-identity': identity,
  '2026-11-28T1600Z-care-team': careTeam,
  '2026-11-28T1700Z-youth-records': youthRecords,
  '2026-11-28T1800Z-screenings': screenings,
  '2026-11-28T1900Z-responses': responses,
  '2026-12-01T1000Z-audit-checkpoints': auditCheckpoints,
  '2026-12-01T1100Z-account-recovery': accountRecovery,
  '2026-12-01T1100Z-demo-marker': demoMarker,
  '2026-12-01T1200Z-work-phone': workPhone,
  '2026-12-01T1300Z-break-glass-review': breakGlassReview,
  '2026-12-01T1400Z-earlier-arrests': earlierArrests,
  '2026-12-01T1400Z-learned-at': learnedAt,
  '2026-12-01T1500Z-sign-in-lockout': signInLockout,
  '2026-12-02T1000Z-directory': directory,
  '2026-12-02T1100Z-referrals': referrals,
  '2026-12-02T1200Z-specialty-courts': specialtyCourts,
  '2026-12-02T1230Z-court-report-clocks': courtReportClocks,
  '2026-12-02T1300Z-mdt-meetings': mdtMeetings,
  '2026-12-02T1400Z-mdt-meeting-sequence': mdtSequence,
};
