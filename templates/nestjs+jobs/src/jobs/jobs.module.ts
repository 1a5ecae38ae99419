import { BullModule } from '@nestjs/bullmq';
import { Module, RequestMethod } from '@nestjs/common';
import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import { ConditionalModule, ConfigService } from '@nestjs/config';

import { JsonBodyMiddleware } from '../common/json-body.middleware.js';
import { jobsQueue } from './greeting.js';
import type { JobsEnvironment } from './jobs.config.js';
import { JobsController } from './jobs.controller.js';
import { JobsService } from './jobs.service.js';
import { checkRedis } from './redis.js';
import { WorkerModule } from './worker.module.js';

const day = 24 * 60 * 60;

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [ConfigService],
      // Nest logs a failed start in one line and exits 1.
      useFactory: async (config: ConfigService<JobsEnvironment, true>) => {
        const url = config.get('REDIS_URL', { infer: true });
        await checkRedis(url);
        return { connection: { url } };
      },
    }),
    BullModule.registerQueue({
      name: jobsQueue,
      defaultJobOptions: {
        // Four more tries after a failure, 1, 2, 4 and 8 s later; then the
        // job fails for good (archived).
        attempts: 5,
        backoff: { type: 'exponential', delay: 1_000 },
        // Kept for GET /api/jobs/{id}, then removed from Redis.
        removeOnComplete: { age: day },
        removeOnFail: { age: 7 * day },
      },
    }),
    // ROLE (checked by validateJobs) is in process.env once ConfigModule has
    // loaded it.
    ConditionalModule.registerWhen(WorkerModule, (env) => env.ROLE !== 'api'),
  ],
  controllers: [JobsController],
  providers: [JobsService],
})
export class JobsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(JsonBodyMiddleware)
      .forRoutes({ path: 'api/jobs', method: RequestMethod.POST });
  }
}
