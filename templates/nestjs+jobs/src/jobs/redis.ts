import { Redis } from 'ioredis';

/**
 * Fails fast when Redis does not answer, where BullMQ would retry for ever:
 * one attempt, a PING within five seconds.
 */
export async function checkRedis(url: string): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // A refused connection rejects connect() with "Connection is closed"; the
  // error event says why.
  let failure: Error | undefined;
  client.on('error', (err: Error) => {
    failure = err;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    const reason = (failure ?? (err as Error)).message;
    throw new Error(`Redis unavailable: ${reason}`, { cause: err });
  } finally {
    client.disconnect();
  }
}
