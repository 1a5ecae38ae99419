import { existsSync } from 'node:fs';

import { databaseUrl, migrateDatabase, openDatabase } from './db/database.js';
import { errorMessage, logger } from './logger.js';

// Applies the migrations in drizzle/ that the database has not seen yet:
// `npm run migrate` in development; in the image `node dist/migrate.js`, the
// release step run once per deployment before the new version starts.

// Local settings from an untracked .env, as for the server.
if (existsSync('.env')) process.loadEnvFile();

try {
  const database = openDatabase(databaseUrl());
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
  logger.info('migrations applied');
} catch (err) {
  logger.error({ error: errorMessage(err) }, 'migrations failed');
  process.exitCode = 1;
}
