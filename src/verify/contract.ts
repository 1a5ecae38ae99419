import { call } from './http.js';

/** The starter contract of DESIGN.md, checked over real HTTP. */
export async function checkContract(base: string): Promise<string> {
  const checks: string[] = [];
  const expect = (ok: boolean, what: string, got: { status: number; text: string }) => {
    if (!ok) throw new Error(`${what}: got ${got.status} ${got.text.slice(0, 200)}`);
    checks.push(what);
  };
  const name = `smoke item ${Date.now()}`;
  const created = await call(base, 'POST', '/api/items', JSON.stringify({ name, description: 'from the smoke test' }));
  const item = created.json as { id?: unknown; name?: unknown } | undefined;
  expect(created.status === 201 && Number.isInteger(item?.id) && item?.name === name, 'POST /api/items -> 201 with an integer id', created);

  const list = await call(base, 'GET', '/api/items');
  expect(list.status === 200 && Array.isArray(list.json) && list.json.some((i: { id?: unknown }) => i.id === item!.id), 'GET /api/items -> 200 listing it', list);

  const one = await call(base, 'GET', `/api/items/${String(item!.id)}`);
  expect(one.status === 200 && (one.json as { name?: unknown })?.name === name, 'GET /api/items/{id} -> 200', one);

  const missing = await call(base, 'GET', '/api/items/987654321');
  expect(missing.status === 404 && isJsonObject(missing), 'GET a missing item -> 404 JSON', missing);

  const invalid = await call(base, 'POST', '/api/items', JSON.stringify({ description: 'no name' }));
  expect(is4xx(invalid.status) && isJsonObject(invalid), 'POST without a name -> 4xx JSON', invalid);

  const malformed = await call(base, 'POST', '/api/items', '{"name": ');
  expect(is4xx(malformed.status) && isJsonObject(malformed), 'POST malformed JSON -> 4xx JSON', malformed);

  return `${checks.length} checks: ${checks.join('; ')}`;
}

const is4xx = (status: number) => status >= 400 && status < 500;
const isJsonObject = (r: { json: unknown; type: string }) => r.type.includes('json') && typeof r.json === 'object' && r.json !== null;
