export * from './access/agencies.js';
export * from './access/fields.js';
export * from './access/roles.js';
export * from './audit-events.js';
export * from './errors.js';
export * from './i18n/catalog.js';
export * from './i18n/define.js';
export * from './i18n/locales.js';
