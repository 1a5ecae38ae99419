import { existsSync } from 'node:fs';

import { DataSource } from 'typeorm';

import { databaseUrl, dataSourceOptions } from './database.options.js';

// The data source of the TypeORM CLI (`npm run migrate`,
// `npm run migration:generate`), compiled to dist/database/data-source.js.

// Local settings from an untracked .env, as for the server.
if (existsSync('.env')) process.loadEnvFile();

export default new DataSource(dataSourceOptions(databaseUrl()));
