import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobState, Queue } from 'bullmq';

import { greetingJob, jobsQueue } from './greeting.js';
import type { GreetingData, GreetingResult } from './greeting.js';

/** The states the API reports, as in the README. */
export type State = 'pending' | 'active' | 'retry' | 'archived' | 'completed';

export interface JobView {
  id: string;
  state: State;
  result?: GreetingResult;
}

type GreetingQueue = Queue<GreetingData, GreetingResult>;

/**
 * BullMQ's state in the API's words. A delayed job that has run before is
 * waiting for its next attempt; a failed one has no attempt left.
 */
export function stateOf(
  state: JobState | 'unknown',
  attemptsMade: number,
): State {
  switch (state) {
    case 'active':
      return 'active';
    case 'completed':
      return 'completed';
    case 'failed':
      return 'archived';
    case 'delayed':
      return attemptsMade > 0 ? 'retry' : 'pending';
    default:
      return 'pending';
  }
}

@Injectable()
export class JobsService {
  constructor(@InjectQueue(jobsQueue) private readonly queue: GreetingQueue) {}

  async enqueue(name: string): Promise<JobView> {
    const job = await this.queue.add(greetingJob, { name });
    return { id: String(job.id), state: 'pending' };
  }

  /** The job, or undefined for an id the queue does not know (or no longer keeps). */
  async find(id: string): Promise<JobView | undefined> {
    const job = await this.queue.getJob(id);
    if (!job) return undefined;
    const state = stateOf(await job.getState(), job.attemptsMade);
    // A failure's reason stays in the worker's log: it may hold internal
    // details.
    return state === 'completed'
      ? { id, state, result: job.returnvalue }
      : { id, state };
  }
}
