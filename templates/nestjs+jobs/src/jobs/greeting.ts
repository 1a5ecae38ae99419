/** The queue every job goes through; the worker takes its jobs from it. */
export const jobsQueue = 'jobs';

/** The job POST /api/jobs enqueues. */
export const greetingJob = 'greeting';

export interface GreetingData {
  name: string;
}

export interface GreetingResult {
  message: string;
}
