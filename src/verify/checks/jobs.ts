import { call, postJson } from '../http.js';
import { poll } from '../poll.js';
import type { Check } from './check.js';

/** POST /api/jobs enqueues a task that the worker completes; a job without a name is refused. */
export const jobs: Check = {
  async run({ base }) {
    const queued = await postJson(base, '/api/jobs', { name: 'smoke test' });
    const id = queued.json?.id;
    if (queued.status !== 202 || typeof id !== 'string') throw new Error(`POST /api/jobs: expected 202 with a task id, got ${queued.status} ${queued.text.slice(0, 200)}`);
    const bad = await postJson(base, '/api/jobs', {});
    if (bad.status !== 400) throw new Error(`POST /api/jobs without a name: expected 400, got ${bad.status}`);
    await poll('the worker did not complete the task', 20, async () => {
      const reply = await call(base, 'GET', `/api/jobs/${encodeURIComponent(id)}`);
      const state = (reply.json as { state?: unknown } | undefined)?.state;
      return { done: state === 'completed' ? true : undefined, seen: `${reply.status} ${reply.text}` };
    });
    return 'POST /api/jobs -> 202; the worker completed the task; a job without a name -> 400';
  },
};
