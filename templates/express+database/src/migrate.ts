import { existsSync } from 'node:fs';

import { databaseUrl, migrateDatabase, openDatabase } from './db/database.js';
import { errorMessage, log } from './log.js';

// Applies the migrations in drizzle/ that the database has not seen yet:
// `npm run migrate` in development, before the server in the container.

// Local settings from an untracked .env, as for the server.
if (existsSync('.env')) process.loadEnvFile();

try {
  const database = openDatabase(databaseUrl());
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
  log('info', 'migrations applied');
} catch (err) {
  log('error', 'migrations failed', { error: errorMessage(err) });
  process.exitCode = 1;
}
