// Screening: instruments as data, skip logic, answer checks and scoring. Pure: runs the same in the browser and on Node.
// (testing.ts, with fast-check arbitraries, is deliberately not exported here.)
export * from './answers.js';
export * from './contract.js';
export * from './definition.js';
export * from './information.js';
export * from './instruments/index.js';
export * from './parse.js';
export * from './scoring.js';
