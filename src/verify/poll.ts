import { setTimeout as sleep } from 'node:timers/promises';

/** Asks `probe` every 200 ms until it returns a value, or fails with what it saw last. */
export async function poll<T>(what: string, seconds: number, probe: () => Promise<{ done?: T; seen: string }>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let seen = '';
  while (Date.now() < deadline) {
    const result = await probe();
    if (result.done !== undefined) return result.done;
    seen = result.seen;
    await sleep(200);
  }
  throw new Error(`${what} within ${seconds} s; last saw ${seen.slice(0, 200)}`);
}
