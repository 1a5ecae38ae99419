import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';

import { jobsQueue } from './greeting.js';
import type { GreetingData, GreetingResult } from './greeting.js';

/**
 * The worker: BullMQ hands it the queue's jobs one at a time. A job that
 * throws is tried again as JobsModule's defaultJobOptions say. On shutdown
 * Nest closes the worker, which first waits for the running job; a job cut
 * off by a crash is taken up again by a worker once its lock expires.
 */
@Processor(jobsQueue)
export class GreetingProcessor extends WorkerHost {
  readonly #logger = new Logger(GreetingProcessor.name);

  process(job: Job<GreetingData, GreetingResult>): Promise<GreetingResult> {
    // Where a real job would send an email or call another service.
    const message = `Hello, ${job.data.name}!`;
    this.#logger.log(`job ${String(job.id)}: greeting sent`);
    return Promise.resolve({ message });
  }
}
