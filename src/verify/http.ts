export interface Reply {
  status: number;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
  text: string;
  type: string;
  /** The `Allow` header, where the answer has one. */
  allow?: string;
  /** The `Location` header of a redirect, which is not followed. */
  location?: string;
}

/** One request as sent: any media type (or none), any bytes, and redirects answered rather than followed. */
export interface Request {
  method: string;
  path: string;
  body?: string | Uint8Array;
  /** The `Content-Type` header; absent sends none. */
  type?: string;
}

export async function send(base: string, request: Request): Promise<Reply> {
  const res = await fetch(base + request.path, {
    method: request.method,
    headers: request.type === undefined ? {} : { 'content-type': request.type },
    // A Node.js Buffer is a Uint8Array, which fetch sends as raw bytes.
    body: request.body as BodyInit | undefined,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: res.status,
    json,
    text,
    type: res.headers.get('content-type') ?? '',
    allow: res.headers.get('allow') ?? undefined,
    location: res.headers.get('location') ?? undefined,
  };
}

/** One request to a starter under test; `body` is sent as JSON text as given (it may be malformed on purpose). */
export async function call(base: string, method: string, path: string, body?: string): Promise<Reply> {
  return send(base, { method, path, body, type: body === undefined ? undefined : 'application/json' });
}

/** POSTs a value as JSON, with the reply's body typed as an object for the checks to read. */
export async function postJson(base: string, path: string, body: unknown): Promise<Reply & { json: Record<string, unknown> | undefined }> {
  const reply = await call(base, 'POST', path, JSON.stringify(body));
  return { ...reply, json: reply.json as Record<string, unknown> | undefined };
}
