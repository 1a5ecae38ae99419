import { Module } from '@nestjs/common';

/**
 * Stands in for JobsModule in the tests of the rest of the app, which then
 * need no Redis.
 */
@Module({})
export class WithoutJobsModule {}
