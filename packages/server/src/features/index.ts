import { type FeatureDeclaration, FeatureRegistry } from '../records/declaration.js';
import type { Services } from '../services.js';
import { adminFeature } from './admin/feature.js';
import { courtFeature } from './court/feature.js';
import { cspReportsFeature } from './csp-reports/feature.js';
import { deadlinesFeature } from './deadlines/feature.js';
import { demoFeature } from './demo/feature.js';
import { directoryFeature } from './directory/feature.js';
import { escalationFeature } from './escalation/feature.js';
import { healthFeature } from './health/feature.js';
import { helpFeature } from './help/feature.js';
import { mdtFeature } from './mdt/feature.js';
import { passwordResetFeature } from './password-reset/feature.js';
import { publicSiteFeature } from './public-site/feature.js';
import { referralFeature } from './referral/feature.js';
import { responseFeature } from './response/feature.js';
import { screeningFeature } from './screening/feature.js';
import { signInFeature } from './sign-in/feature.js';
import { staffContactFeature } from './staff-contact/feature.js';
import { timelineFeature } from './timeline/feature.js';
import { youthFeature } from './youth/feature.js';

/**
 * Every feature of Harbor, in the order its routes are registered. Adding a feature is one folder (with its
 * feature.ts) and one line here; the server, the records gate, `harbor keys rotate`, the audit vocabulary and the
 * wall tests read this list.
 */
export const FEATURES: readonly FeatureDeclaration<Services>[] = [
  healthFeature,
  cspReportsFeature,
  signInFeature,
  passwordResetFeature,
  youthFeature,
  escalationFeature,
  responseFeature,
  screeningFeature,
  referralFeature,
  timelineFeature,
  deadlinesFeature,
  staffContactFeature,
  adminFeature,
  helpFeature,
  directoryFeature,
  courtFeature,
  mdtFeature,
  publicSiteFeature,
  demoFeature,
];

export const FEATURE_REGISTRY = new FeatureRegistry(FEATURES as readonly FeatureDeclaration<never>[]);
