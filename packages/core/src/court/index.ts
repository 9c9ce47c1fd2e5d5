export * from './caseload.js';
export * from './clocks.js';
export * from './contract.js';
export * from './disclosure.js';
export * from './enrollment.js';
export * from './hearings.js';
export * from './programs.js';
export * from './response-log.js';
