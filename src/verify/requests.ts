import type { ContractResult } from './contract.js';
import { send, type Reply, type Request } from './http.js';
import { sendUnfinished } from './raw.js';

/** The body limit every starter has unless MAX_BODY_BYTES says otherwise. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const JSON_TYPE = 'application/json';

/**
 * What a parser or runtime prints about itself: a trace, a class, an internal message. An error a client
 * reads says what is wrong with its request instead.
 */
const INTERNALS = /Traceback|goroutine \d|panicked at|cannot unmarshal|\bjson: |serde|SyntaxError|RangeError|Unexpected token|\b[A-Z]\w*Exception\b|\bjava\.|\borg\.[a-z]+\.|\bat [\w.$]+\(/;

/**
 * The requests a client sends that the contract's happy path does not: bodies past the limit (declared,
 * and chunked without a length), other media types, invalid UTF-8, JSON that is not an object, deep
 * nesting, unknown fields, paths and methods the API does not have, a trailing slash. Each is a check of
 * its own; none needs another to have passed.
 */
export async function runHostileRequests(base: string): Promise<ContractResult[]> {
  const results: ContractResult[] = [];
  const record = (what: string, ok: boolean, reply?: Reply, got?: string) => {
    results.push(ok ? { what, ok } : { what, ok, got: got ?? (reply ? describe(reply) : 'no answer') });
  };
  const attempt = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      record(what, false, undefined, (err as Error).message);
    }
  };
  const item = (name: string, extra: Record<string, unknown> = {}) => JSON.stringify({ name, description: 'from the hostile-request check', ...extra });
  const expectError = (what: string, reply: Reply, statuses: number[]) =>
    record(what, statuses.includes(reply.status) && isJsonError(reply) && !INTERNALS.test(reply.text), reply);

  const head = `{"name":"too large","description":"`;
  await attempt('a declared 100 MB body -> 413 JSON before it is read', async () => {
    const reply = await sendUnfinished(base, {
      method: 'POST',
      path: '/api/items',
      headers: { 'content-type': JSON_TYPE, 'content-length': String(100 * 1024 * 1024) },
      chunks: [Buffer.from(head + 'x'.repeat(1024))],
    }, 10_000);
    expectError('a declared 100 MB body -> 413 JSON before it is read', reply, [413]);
  });
  await attempt('a chunked body past 1 MiB -> 413 JSON', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const chunks = [Buffer.from(head), ...Array.from({ length: DEFAULT_BODY_LIMIT / chunk.length + 1 }, () => chunk)];
    const reply = await sendUnfinished(base, { method: 'POST', path: '/api/items', headers: { 'content-type': JSON_TYPE, 'transfer-encoding': 'chunked' }, chunks }, 10_000);
    expectError('a chunked body past 1 MiB -> 413 JSON', reply, [413]);
  });

  const post = (body: string | Uint8Array, type: string | undefined): Request => ({ method: 'POST', path: '/api/items', body, type });
  const postJson = (body: string | Uint8Array) => post(body, JSON_TYPE);
  const cases: [string, Request, number[]][] = [
    ['a JSON body sent as text/plain -> 415 JSON', post(item('plain'), 'text/plain'), [415]],
    // Bytes, since fetch labels a string body text/plain.
    ['a body without a Content-Type -> 415 JSON', post(Buffer.from(item('untyped')), undefined), [415]],
    ['a form body -> 415 JSON', post('name=form', 'application/x-www-form-urlencoded'), [415]],
    ['invalid UTF-8 -> 400/422 JSON', postJson(Buffer.concat([Buffer.from('{"name":"bad '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])), [400, 422]],
    ['a JSON array -> 400/422 JSON', postJson('[{"name":"in an array"}]'), [400, 422]],
    ['a JSON string -> 400/422 JSON', postJson('"name"'), [400, 422]],
    ['a JSON number -> 400/422 JSON', postJson('42'), [400, 422]],
    ['JSON null -> 400/422 JSON', postJson('null'), [400, 422]],
    ['a name that is not a string -> 400/422 JSON', postJson('{"name":42}'), [400, 422]],
    ['a description that is not a string -> 400/422 JSON', postJson('{"name":"typed","description":42}'), [400, 422]],
    ['a blank name -> 400/422 JSON', postJson('{"name":"   "}'), [400, 422]],
    ['100 000 nested arrays -> 400/422 JSON', postJson(`{"name":"deep","description":${'['.repeat(100_000)}${']'.repeat(100_000)}}`), [400, 422]],
    ['a non-integer item id -> 400/404 JSON', { method: 'GET', path: '/api/items/abc' }, [400, 404]],
    ['an unknown path under /api -> 404 JSON', { method: 'GET', path: '/api/no-such-thing' }, [404]],
    ['a path below an item -> 404 JSON', { method: 'GET', path: '/api/items/1/no-such-thing' }, [404]],
  ];
  for (const [what, request, statuses] of cases) {
    await attempt(what, async () => expectError(what, await send(base, request), statuses));
  }

  await attempt('application/json; charset=utf-8 -> 201', async () => {
    const reply = await send(base, post(item('with a charset'), 'application/json; charset=utf-8'));
    record('application/json; charset=utf-8 -> 201', reply.status === 201, reply);
  });
  await attempt('an unknown field is ignored -> 201 without it', async () => {
    const reply = await send(base, postJson(item('with an unknown field', { unknownField: 'ignored' })));
    const created = reply.json as Record<string, unknown> | undefined;
    record('an unknown field is ignored -> 201 without it', reply.status === 201 && created !== undefined && !('unknownField' in created), reply);
  });
  await attempt('GET /api/items/ -> the list or 404 JSON, never a redirect', async () => {
    const reply = await send(base, { method: 'GET', path: '/api/items/' });
    const ok = (reply.status === 200 && Array.isArray(reply.json)) || (reply.status === 404 && isJsonError(reply));
    record('GET /api/items/ -> the list or 404 JSON, never a redirect', ok, reply, reply.location ? `${describe(reply)} -> ${reply.location}` : undefined);
  });

  for (const [path, unsupported, supported] of [
    ['/api/items', ['DELETE', 'PUT', 'PATCH'], ['GET', 'POST']],
    ['/api/items/1', ['POST', 'PUT', 'PATCH'], ['GET']],
  ] as const) {
    // The methods the 405s' Allow headers list, each sent once afterwards.
    const listed = new Set<string>();
    for (const method of unsupported) {
      const what = `${method} ${path} -> 405 JSON with Allow`;
      await attempt(what, async () => {
        const reply = await send(base, { method, path, body: method === 'DELETE' ? undefined : item('wrong method'), type: method === 'DELETE' ? undefined : JSON_TYPE });
        if (reply.status === 405 && reply.allow === undefined) return record(what, false, reply, `${describe(reply)} without an Allow header`);
        const allowed = methodsOf(reply.allow);
        if (reply.status === 405 && allowed.includes(method)) return record(what, false, reply, `${describe(reply)}, yet Allow: ${reply.allow} lists ${method}`);
        const missing = supported.filter((m) => !allowed.includes(m));
        if (reply.status === 405 && missing.length) return record(what, false, reply, `Allow: ${reply.allow} leaves out ${missing.join(', ')}`);
        expectError(what, reply, [405]);
        if (reply.status === 405) allowed.forEach((m) => listed.add(m));
      });
    }
    await attempt(`the methods Allow lists for ${path} are not 405`, () => allowListsOnlyWhatWorks(base, path, [...listed], record));
  }
  return results;
}

/** Each method an `Allow` header lists is answered by something other than 405. */
async function allowListsOnlyWhatWorks(base: string, path: string, allowed: string[], record: (what: string, ok: boolean, reply?: Reply, got?: string) => void) {
  for (const method of allowed) {
    const withBody = !['GET', 'HEAD', 'OPTIONS', 'DELETE'].includes(method);
    const reply = await send(base, { method, path, body: withBody ? JSON.stringify({ name: 'allowed method' }) : undefined, type: withBody ? JSON_TYPE : undefined });
    record(`${method} ${path}, listed in Allow, is not 405`, reply.status !== 405 && reply.status < 500, reply);
  }
}

const methodsOf = (allow: string | undefined) => (allow ?? '').split(',').map((m) => m.trim().toUpperCase()).filter(Boolean);

const isJsonError = (r: Reply) => r.type.includes('json') && typeof r.json === 'object' && r.json !== null && !Array.isArray(r.json);

const describe = (r: Reply) => `${r.status} ${r.type || '(no type)'} ${r.text.slice(0, 160) || '(empty body)'}`;

/** The hostile requests as one verification step: how many passed, or every one that did not. */
export async function checkHostileRequests(base: string): Promise<string> {
  const results = await runHostileRequests(base);
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} hostile requests answered wrong:\n${failed.map((r) => `- ${r.what}: got ${r.got}`).join('\n')}`);
  return `${results.length} hostile requests answered as the contract says`;
}
