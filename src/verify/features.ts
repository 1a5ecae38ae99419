import { setTimeout as sleep } from 'node:timers/promises';
import { call } from './http.js';

/**
 * The checks of what an app type adds to the HTTP contract, by the catalog's `feature` name, each over
 * a real connection to a running starter. Each returns what it saw or throws what was wrong.
 */
export type FeatureCheck = (base: string) => Promise<string>;

async function post(base: string, path: string, body: unknown) {
  const reply = await call(base, 'POST', path, JSON.stringify(body));
  return { ...reply, json: reply.json as Record<string, unknown> | undefined };
}

const IRIS_SETOSA = [5.1, 3.5, 1.4, 0.2];

async function predict(base: string): Promise<string> {
  const ok = await post(base, '/predict', { features: IRIS_SETOSA });
  const probabilities = ok.json?.probabilities as Record<string, unknown> | undefined;
  if (ok.status !== 200 || ok.json?.prediction !== 'setosa' || typeof probabilities !== 'object' || probabilities === null) {
    throw new Error(`POST /predict with an iris setosa sample: got ${ok.status} ${ok.text.slice(0, 200)}`);
  }
  const sum = Object.values(probabilities).reduce((total: number, p) => total + Number(p), 0);
  if (Math.abs(sum - 1) > 0.01) throw new Error(`POST /predict: probabilities add up to ${sum}, not 1`);
  const bad = await post(base, '/predict', { features: [1, 2] });
  if (bad.status < 400 || bad.status >= 500 || typeof bad.json !== 'object') {
    throw new Error(`POST /predict with two features: expected a 4xx JSON error, got ${bad.status} ${bad.text.slice(0, 200)}`);
  }
  return 'POST /predict -> setosa with probabilities adding up to 1; a wrong shape -> 4xx JSON';
}

async function pages(base: string): Promise<string> {
  const { status, type, text } = await call(base, 'GET', '/');
  if (status !== 200 || !type.includes('text/html') || !/<html/i.test(text)) {
    throw new Error(`GET / should render an HTML page: got ${status} ${type} ${text.slice(0, 120)}`);
  }
  return 'GET / -> 200 server-rendered HTML';
}

async function graphql(base: string): Promise<string> {
  const name = `graphql item ${Date.now()}`;
  const created = await post(base, '/graphql', { query: `mutation { createItem(input: {name: ${JSON.stringify(name)}}) { id name } }` });
  const item = (created.json?.data as { createItem?: { id?: unknown; name?: unknown } } | undefined)?.createItem;
  if (created.status !== 200 || item?.name !== name || item.id === undefined) {
    throw new Error(`mutation createItem: got ${created.status} ${created.text.slice(0, 200)}`);
  }
  const listed = await post(base, '/graphql', { query: '{ items { id name } }' });
  const items = (listed.json?.data as { items?: { id: unknown }[] } | undefined)?.items;
  if (listed.status !== 200 || !items?.some((i) => String(i.id) === String(item.id))) {
    throw new Error(`query items: got ${listed.status} ${listed.text.slice(0, 200)}`);
  }
  return 'mutation createItem and query items over POST /graphql';
}

async function websocket(base: string): Promise<string> {
  const { WebSocket } = await import('ws');
  const url = `${base.replace(/^http/, 'ws')}/ws`;
  const connect = () =>
    new Promise<InstanceType<typeof WebSocket>>((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  const nextMessage = (socket: InstanceType<typeof WebSocket>) =>
    Promise.race([
      new Promise<string>((resolve) => socket.once('message', (data: Buffer) => resolve(data.toString()))),
      sleep(5000, undefined, { ref: false }).then(() => {
        throw new Error('no broadcast within 5 s');
      }),
    ]);
  const sender = await connect();
  const listener = await connect();
  try {
    // A server may register a client just after the handshake; give it a moment.
    await sleep(300);
    const text = `hello from the smoke test ${Date.now()}`;
    const received = Promise.all([nextMessage(sender), nextMessage(listener)]);
    sender.send(text);
    const [echo, broadcast] = await received;
    if (echo !== text || broadcast !== text) throw new Error(`sent "${text}", got "${echo}" and "${broadcast}"`);
    return 'two clients on /ws: a message reached both, the sender included';
  } finally {
    sender.terminate();
    listener.terminate();
  }
}

/** Asks `probe` every 200 ms until it returns a value, or fails with what it saw last. */
async function poll<T>(what: string, seconds: number, probe: () => Promise<{ done?: T; seen: string }>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let seen = '';
  while (Date.now() < deadline) {
    const result = await probe();
    if (result.done !== undefined) return result.done;
    seen = result.seen;
    await sleep(200);
  }
  throw new Error(`${what} within ${seconds} s; last saw ${seen.slice(0, 200)}`);
}

async function jobs(base: string): Promise<string> {
  const queued = await post(base, '/api/jobs', { name: 'smoke test' });
  const id = queued.json?.id;
  if (queued.status !== 202 || typeof id !== 'string') throw new Error(`POST /api/jobs: expected 202 with a task id, got ${queued.status} ${queued.text.slice(0, 200)}`);
  const bad = await post(base, '/api/jobs', {});
  if (bad.status !== 400) throw new Error(`POST /api/jobs without a name: expected 400, got ${bad.status}`);
  await poll('the worker did not complete the task', 20, async () => {
    const reply = await call(base, 'GET', `/api/jobs/${encodeURIComponent(id)}`);
    const state = (reply.json as { state?: unknown } | undefined)?.state;
    return { done: state === 'completed' ? true : undefined, seen: `${reply.status} ${reply.text}` };
  });
  return 'POST /api/jobs -> 202; the worker completed the task; a job without a name -> 400';
}

async function events(base: string): Promise<string> {
  const created = await post(base, '/api/items', { name: 'event smoke test' });
  const id = (created.json as { id?: unknown } | undefined)?.id;
  if (created.status !== 201) throw new Error(`POST /api/items: got ${created.status} ${created.text.slice(0, 200)}`);
  await poll('no item.created event for the new item was consumed', 20, async () => {
    const reply = await call(base, 'GET', '/api/events');
    const list = Array.isArray(reply.json) ? (reply.json as { type?: unknown; item?: { id?: unknown } }[]) : [];
    return { done: list.some((e) => e.type === 'item.created' && e.item?.id === id) ? true : undefined, seen: `${reply.status} ${reply.text}` };
  });
  return 'POST /api/items produced an item.created event that the consumer processed';
}

export const FEATURE_CHECKS: Record<string, FeatureCheck> = { events, graphql, jobs, pages, predict, websocket };
