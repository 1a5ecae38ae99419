import { call, postJson } from '../http.js';
import type { Check } from './check.js';

interface Persisted {
  id: number | string;
  name: string;
}

/** The database is ready, and an item created before a restart is there after it. */
export const persistence: Check = {
  async run({ base, notes }) {
    const ready = await call(base, 'GET', '/ready');
    if (ready.status !== 200 || (ready.json as { status?: unknown } | undefined)?.status !== 'ready') {
      throw new Error(`GET /ready with the database up: expected 200 {"status":"ready"}, got ${ready.status} ${ready.text.slice(0, 200)}`);
    }
    const name = `kept across a restart ${Date.now()}`;
    const created = await postJson(base, '/api/items', { name });
    const id = created.json?.id;
    if (created.status !== 201 || (typeof id !== 'number' && typeof id !== 'string')) throw new Error(`POST /api/items: got ${created.status} ${created.text.slice(0, 200)}`);
    notes.persisted = { id, name } satisfies Persisted;
    return `GET /ready -> 200; created item ${id} to read back after a restart`;
  },
  async afterRestart({ base, notes }) {
    const { id, name } = notes.persisted as Persisted;
    const one = await call(base, 'GET', `/api/items/${id}`);
    if (one.status !== 200 || (one.json as { name?: unknown } | undefined)?.name !== name) {
      throw new Error(`GET /api/items/${id} after a restart: expected the item created before it, got ${one.status} ${one.text.slice(0, 200)}`);
    }
    return `GET /api/items/${id} after SIGTERM and a new start -> the same item`;
  },
};
