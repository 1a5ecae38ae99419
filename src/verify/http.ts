export interface Reply {
  status: number;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
  text: string;
  type: string;
}

/** One request to a starter under test; `body` is sent as JSON text as given (it may be malformed on purpose). */
export async function call(base: string, method: string, path: string, body?: string): Promise<Reply> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, type: res.headers.get('content-type') ?? '' };
}

/** POSTs a value as JSON, with the reply's body typed as an object for the checks to read. */
export async function postJson(base: string, path: string, body: unknown): Promise<Reply & { json: Record<string, unknown> | undefined }> {
  const reply = await call(base, 'POST', path, JSON.stringify(body));
  return { ...reply, json: reply.json as Record<string, unknown> | undefined };
}
