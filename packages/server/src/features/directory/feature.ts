import { defineFeature, type TableDeclaration } from '../../records/declaration.js';
import type { Services } from '../../services.js';
import { directoryRoutes } from './routes.js';
import { ensureShippedHotlines } from './ship-hotlines.js';

const NOT_YOUTH_DATA: TableDeclaration = { youthData: false, columns: {} };

/**
 * The resource directory (issue 15): organisations, services and where they are, in the shape of Open Referral HSDS
 * 3.0, with the Harbor profile, reviewed translations and a per-field change history. Not a youth's data: no table
 * passes the records gate, and edits are audited.
 */
export const directoryFeature = defineFeature<Services>({
  name: 'directory',
  tables: {
    directory_organization: NOT_YOUTH_DATA,
    directory_service: NOT_YOUTH_DATA,
    directory_location: NOT_YOUTH_DATA,
    directory_service_at_location: NOT_YOUTH_DATA,
    directory_address: NOT_YOUTH_DATA,
    directory_phone: NOT_YOUTH_DATA,
    directory_schedule: NOT_YOUTH_DATA,
    directory_language: NOT_YOUTH_DATA,
    directory_service_area: NOT_YOUTH_DATA,
    directory_taxonomy: NOT_YOUTH_DATA,
    directory_taxonomy_term: NOT_YOUTH_DATA,
    directory_attribute: NOT_YOUTH_DATA,
    directory_service_profile: NOT_YOUTH_DATA,
    directory_service_practice: NOT_YOUTH_DATA,
    directory_translation: NOT_YOUTH_DATA,
    directory_change: NOT_YOUTH_DATA,
  },
  auditEvents: ['directory.changed', 'directory.imported'],
  permissions: ['directory.edit'],
  routes: directoryRoutes,
  prepare: (services) => ensureShippedHotlines(services.database.db),
});
