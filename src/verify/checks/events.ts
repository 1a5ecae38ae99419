import { call, postJson } from '../http.js';
import { poll } from '../poll.js';
import type { Check } from './check.js';

/** Creating an item produces an item.created event that the consumer processes. */
export const events: Check = {
  async run({ base }) {
    const created = await postJson(base, '/api/items', { name: 'event smoke test' });
    const id = created.json?.id;
    if (created.status !== 201) throw new Error(`POST /api/items: got ${created.status} ${created.text.slice(0, 200)}`);
    await poll('no item.created event for the new item was consumed', 20, async () => {
      const reply = await call(base, 'GET', '/api/events');
      const list = Array.isArray(reply.json) ? (reply.json as { type?: unknown; item?: { id?: unknown } }[]) : [];
      return { done: list.some((e) => e.type === 'item.created' && e.item?.id === id) ? true : undefined, seen: `${reply.status} ${reply.text}` };
    });
    return 'POST /api/items produced an item.created event that the consumer processed';
  },
};
