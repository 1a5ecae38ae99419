import { postJson } from '../http.js';
import type { Check } from './check.js';

/** A createItem mutation, then an items query that lists the new item, over POST /graphql. */
export const graphql: Check = {
  async run({ base }) {
    const name = `graphql item ${Date.now()}`;
    const created = await postJson(base, '/graphql', { query: `mutation { createItem(input: {name: ${JSON.stringify(name)}}) { id name } }` });
    const item = (created.json?.data as { createItem?: { id?: unknown; name?: unknown } } | undefined)?.createItem;
    if (created.status !== 200 || item?.name !== name || item.id === undefined) {
      throw new Error(`mutation createItem: got ${created.status} ${created.text.slice(0, 200)}`);
    }
    const listed = await postJson(base, '/graphql', { query: '{ items { id name } }' });
    const items = (listed.json?.data as { items?: { id: unknown }[] } | undefined)?.items;
    if (listed.status !== 200 || !items?.some((i) => String(i.id) === String(item.id))) {
      throw new Error(`query items: got ${listed.status} ${listed.text.slice(0, 200)}`);
    }
    return 'mutation createItem and query items over POST /graphql';
  },
};
