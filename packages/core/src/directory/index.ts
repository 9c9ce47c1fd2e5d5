export * from './categories.js';
export * from './contract.js';
export * from './hotlines.js';
export * from './practices.js';
export * from './profile.js';
