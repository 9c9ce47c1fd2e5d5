import { defineFeature, type FeatureDeclaration, FeatureRegistry } from '../records/declaration.js';
import type { Services } from '../services.js';
import { escalationFeature } from './escalation/feature.js';
import { responseFeature } from './response/feature.js';
import { screeningFeature } from './screening/feature.js';
import { youthFeature } from './youth/feature.js';

/** Accounts: what the records gate and the key rotation need to know of them (their encrypted column). */
const accountsFeature = defineFeature<Services>({
  name: 'accounts',
  tables: {
    app_user: { youthData: false, columns: { totp_secret: { class: 'meta', encrypted: 'totp-secret' } } },
  },
  auditEvents: [],
  permissions: [],
});

/**
 * Every feature of Harbor, in the order its routes are registered. Adding a feature is one folder (with its
 * feature.ts) and one line here; the server, the records gate, `harbor keys rotate`, the audit vocabulary and the
 * wall tests read this list.
 */
export const FEATURES: readonly FeatureDeclaration<Services>[] = [
  accountsFeature,
  youthFeature,
  escalationFeature,
  responseFeature,
  screeningFeature,
];

export const FEATURE_REGISTRY = new FeatureRegistry(FEATURES as readonly FeatureDeclaration<never>[]);
