import { getQueueToken } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';

import { greetingJob, jobsQueue } from './greeting.js';
import { JobsService, stateOf } from './jobs.service.js';

// The part of a BullMQ job the service reads.
function fakeJob(state: string, extra: object = {}) {
  return {
    id: '7',
    attemptsMade: 0,
    getState: () => Promise.resolve(state),
    ...extra,
  };
}

describe('JobsService', () => {
  const queue = { add: vi.fn(), getJob: vi.fn() };
  let service: JobsService;

  beforeEach(async () => {
    vi.resetAllMocks();
    const moduleRef = await Test.createTestingModule({
      providers: [
        JobsService,
        { provide: getQueueToken(jobsQueue), useValue: queue },
      ],
    }).compile();
    service = moduleRef.get(JobsService);
  });

  it('queues a greeting and answers its id', async () => {
    queue.add.mockResolvedValue({ id: '7' });
    await expect(service.enqueue('Ada')).resolves.toEqual({
      id: '7',
      state: 'pending',
    });
    expect(queue.add).toHaveBeenCalledWith(greetingJob, { name: 'Ada' });
  });

  it('reports a completed job with its result', async () => {
    queue.getJob.mockResolvedValue(
      fakeJob('completed', { returnvalue: { message: 'Hello, Ada!' } }),
    );
    await expect(service.find('7')).resolves.toEqual({
      id: '7',
      state: 'completed',
      result: { message: 'Hello, Ada!' },
    });
  });

  it('keeps the reason of a failed job to itself', async () => {
    queue.getJob.mockResolvedValue(
      fakeJob('failed', { attemptsMade: 5, failedReason: 'secret detail' }),
    );
    await expect(service.find('7')).resolves.toEqual({
      id: '7',
      state: 'archived',
    });
  });

  it('knows no job the queue does not have', async () => {
    queue.getJob.mockResolvedValue(undefined);
    await expect(service.find('nope')).resolves.toBeUndefined();
  });
});

describe('stateOf', () => {
  it.each([
    ['waiting', 0, 'pending'],
    ['prioritized', 0, 'pending'],
    ['delayed', 0, 'pending'],
    ['active', 1, 'active'],
    ['delayed', 1, 'retry'],
    ['failed', 5, 'archived'],
    ['completed', 1, 'completed'],
  ] as const)('maps %s after %i attempts to %s', (state, attempts, word) => {
    expect(stateOf(state, attempts)).toBe(word);
  });
});
