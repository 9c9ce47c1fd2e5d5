export * from './clock.js';
export * from './definition.js';
export * from './la-county.js';
export * from './reports.js';
export * from './written-report.js';
