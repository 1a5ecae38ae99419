import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { databaseUrl, dataSourceOptions } from './database.options.js';

/** What went wrong, in one line. */
function reason(err: unknown): string {
  // A connection refused on every address of a host is an AggregateError
  // with an empty message of its own.
  if (err instanceof AggregateError && !err.message) {
    return err.errors.map(reason).join('; ');
  }
  return err instanceof Error ? err.message : String(err);
}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      useFactory: () => ({
        ...dataSourceOptions(databaseUrl()),
        // A database that cannot be reached at start fails the start at once
        // instead of being retried for half a minute.
        toRetry: () => false,
      }),
      // Nest logs a failed start in one line and exits 1: say it is the
      // database. TypeOrmModule closes the data source on shutdown.
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('no database settings');
        let dataSource: DataSource;
        try {
          dataSource = await new DataSource(options).initialize();
        } catch (err) {
          throw new Error(`database unavailable: ${reason(err)}`, {
            cause: err,
          });
        }
        // Migrating is the release step (npm run migrate), run once per
        // deployment: replicas that each migrated at their start would race.
        if (await dataSource.showMigrations()) {
          await dataSource.destroy();
          throw new Error(
            'database not migrated: apply the migrations first: npm run migrate (in the image: node node_modules/typeorm/cli.js migration:run -d dist/database/data-source.js)',
          );
        }
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
