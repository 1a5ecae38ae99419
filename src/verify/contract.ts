import { call, type Reply } from './http.js';

/** One check of the starter contract: what was expected, and what came back when it was not that. */
export interface ContractResult {
  what: string;
  ok: boolean;
  got?: string;
}

/**
 * The starter contract of DESIGN.md, checked over real HTTP, each check on its own. The checks that need
 * the created item are not run when creating one failed. Throws only when nothing answers at all.
 */
export async function runContract(base: string): Promise<ContractResult[]> {
  const results: ContractResult[] = [];
  const expect = (ok: boolean, what: string, reply: Reply) => {
    results.push(ok ? { what, ok } : { what, ok, got: `${reply.status} ${reply.text.slice(0, 200)}` });
    return ok;
  };
  const health = await call(base, 'GET', '/health');
  expect(health.status === 200 && (health.json as { status?: unknown } | undefined)?.status === 'ok', 'GET /health -> 200 {"status":"ok"}', health);
  const ready = await call(base, 'GET', '/ready');
  expect(ready.status === 200 && isJsonObject(ready), 'GET /ready -> 200 JSON', ready);

  const name = `contract item ${Date.now()}`;
  const created = await call(base, 'POST', '/api/items', JSON.stringify({ name, description: 'from the contract check' }));
  const item = created.json as { id?: unknown; name?: unknown } | undefined;
  if (expect(created.status === 201 && Number.isInteger(item?.id) && item?.name === name, 'POST /api/items -> 201 with an integer id', created)) {
    const list = await call(base, 'GET', '/api/items');
    expect(list.status === 200 && Array.isArray(list.json) && list.json.some((i: { id?: unknown }) => i.id === item!.id), 'GET /api/items -> 200 listing it', list);
    const one = await call(base, 'GET', `/api/items/${String(item!.id)}`);
    expect(one.status === 200 && (one.json as { name?: unknown })?.name === name, 'GET /api/items/{id} -> 200', one);
  }

  const missing = await call(base, 'GET', '/api/items/987654321');
  expect(missing.status === 404 && isJsonObject(missing), 'GET a missing item -> 404 JSON', missing);

  const invalid = await call(base, 'POST', '/api/items', JSON.stringify({ description: 'no name' }));
  expect(is4xx(invalid.status) && isJsonObject(invalid), 'POST without a name -> 4xx JSON', invalid);

  const malformed = await call(base, 'POST', '/api/items', '{"name": ');
  expect(is4xx(malformed.status) && isJsonObject(malformed), 'POST malformed JSON -> 4xx JSON', malformed);
  return results;
}

/** The contract as one verification step: what passed, or the first check that did not. */
export async function checkContract(base: string): Promise<string> {
  const results = await runContract(base);
  const failed = results.find((r) => !r.ok);
  if (failed) throw new Error(`${failed.what}: got ${failed.got}`);
  return `${results.length} checks: ${results.map((r) => r.what).join('; ')}`;
}

const is4xx = (status: number) => status >= 400 && status < 500;
const isJsonObject = (r: Reply) => r.type.includes('json') && typeof r.json === 'object' && r.json !== null;
