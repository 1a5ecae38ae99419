/** HTTP GET for the registry clients: one timeout per request, and failures worded for a report row. */

export interface HttpOptions {
  timeoutMs: number;
}

/** Identifies the client, as crates.io asks of every one. */
const USER_AGENT = 'backend-stack-outdated (+https://www.npmjs.com/package/generator-backend-stack)';

/** The body of a 200 answer, or undefined when the registry says there is no such thing (404, 410). */
export async function getText(url: string, options: HttpOptions, accept?: string): Promise<string | undefined> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { 'user-agent': USER_AGENT, ...(accept && { accept }) },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (err) {
    throw new Error(describeFailure(err, options), { cause: err });
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  }
  try {
    return await response.text();
  } catch (err) {
    throw new Error(describeFailure(err, options), { cause: err });
  }
}

export async function getJson(url: string, options: HttpOptions, accept = 'application/json'): Promise<unknown> {
  const text = await getText(url, options, accept);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${url} answered something that is not JSON`);
  }
}

/** fetch's own message is "fetch failed": the reason is in its cause (ENOTFOUND, ECONNREFUSED, ...). */
function describeFailure(err: unknown, options: HttpOptions): string {
  const error = err as Error & { cause?: { code?: string; message?: string } };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `no answer within ${options.timeoutMs / 1000} s`;
  const cause = error.cause;
  return cause ? `${error.message} (${cause.code ?? cause.message ?? 'unknown cause'})` : error.message;
}

/** Runs `work` over the items, at most `limit` at a time, keeping their order in the results. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
