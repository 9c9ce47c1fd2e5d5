export * from './clocks.js';
export * from './contract.js';
export * from './eligibility.js';
export * from './sharing.js';
export * from './status.js';
