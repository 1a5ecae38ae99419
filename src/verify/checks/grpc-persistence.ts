import { clients, unary } from './grpc.js';
import type { Check, Target } from './check.js';

interface Persisted {
  id: number;
  name: string;
}

/** A gRPC call with the starter's own clients, closed afterwards. */
async function withClients<T>({ address, dir }: Target, work: (c: Awaited<ReturnType<typeof clients>>) => Promise<T>): Promise<T> {
  const c = await clients(address, dir);
  try {
    return await work(c);
  } finally {
    c.health.close();
    c.items.close();
  }
}

/** What the persistence check proves over HTTP, over gRPC: ready with its database, and an item kept across a restart. */
export const grpcPersistence: Check = {
  run: (target) =>
    withClients(target, async ({ health, items }) => {
      const serving = await unary(health, 'Check', { service: '' });
      if (serving.reply?.status !== 'SERVING') throw new Error(`Health/Check with the database up: got ${JSON.stringify(serving.err ?? serving.reply)}`);
      const name = `kept across a restart ${Date.now()}`;
      const created = await unary(items, 'CreateItem', { name });
      const id = Number(created.reply?.id);
      if (created.err || !(id > 0)) throw new Error(`CreateItem: got ${JSON.stringify(created.err ?? created.reply)}`);
      target.notes.persisted = { id, name } satisfies Persisted;
      return `Health/Check -> SERVING; created item ${id} to read back after a restart`;
    }),
  afterRestart: (target) =>
    withClients(target, async ({ items }) => {
      const { id, name } = target.notes.persisted as Persisted;
      const one = await unary(items, 'GetItem', { id });
      if (one.err || one.reply?.name !== name) throw new Error(`GetItem ${id} after a restart: expected the item created before it, got ${JSON.stringify(one.err ?? one.reply)}`);
      return `GetItem ${id} after SIGTERM and a new start -> the same item`;
    }),
};
