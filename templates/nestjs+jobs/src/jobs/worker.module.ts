import { Module } from '@nestjs/common';

import { GreetingProcessor } from './greeting.processor.js';

/** The worker, imported by JobsModule unless ROLE is api. */
@Module({ providers: [GreetingProcessor] })
export class WorkerModule {}
