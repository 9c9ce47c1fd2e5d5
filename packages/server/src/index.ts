export { buildApp } from './app.js';
export { buildConfig, type Config, ConfigError, getConfig, loadConfig } from './config/index.js';
export { type HarborDatabase, openDatabase } from './db/database.js';
export { migrateToLatest } from './db/migrate.js';
export { HarborError } from './errors.js';
export { startServer } from './serve.js';
