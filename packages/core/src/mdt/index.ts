export * from './constants.js';
export * from './contract.js';
