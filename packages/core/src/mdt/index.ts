export * from './constants.js';
export * from './contract.js';
export * from './rules.js';
