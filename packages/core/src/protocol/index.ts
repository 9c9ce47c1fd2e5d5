export * from './clock.js';
export * from './definition.js';
export * from './la-county.js';
export * from './reports.js';
export * from './sb1322.js';
export * from './wall-time.js';
export * from './written-report.js';
