import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { CHECKS } from '../src/verify/checks/index.js';

type Handler = (req: IncomingMessage, body: any, res: ServerResponse) => void;
const servers: Server[] = [];

/** A capability's check, run against a server of this test. */
const check = (name: string) => (base: string) => CHECKS[name].run!({ base, address: new URL(base).host, dir: '', notes: {} });

function json(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** A loopback server with one handler per feature, each correct unless a test swaps it. */
async function serve(handler: Handler, ws?: 'broadcast' | 'others-only'): Promise<string> {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => handler(req, raw ? JSON.parse(raw) : undefined, res));
  });
  if (ws) {
    const wss = new WebSocketServer({ server, path: '/ws' });
    wss.on('connection', (socket) =>
      socket.on('message', (data: Buffer) => {
        for (const client of wss.clients) if (ws === 'broadcast' || client !== socket) client.send(data.toString());
      }),
    );
  }
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

const predictOk: Handler = (_, body, res) =>
  body?.features?.length === 4
    ? json(res, 200, { prediction: 'setosa', probabilities: { setosa: 0.9, versicolor: 0.05, virginica: 0.05 } })
    : json(res, 422, { error: 'features must be four numbers' });

const items: { id: number; name: string }[] = [];
const graphqlOk: Handler = (_, body, res) => {
  const created = /createItem\(input: \{name: ("[^"]*")\}\)/.exec(body.query as string);
  if (created) {
    const item = { id: items.length + 1, name: JSON.parse(created[1]) as string };
    items.push(item);
    return json(res, 200, { data: { createItem: item } });
  }
  json(res, 200, { data: { items } });
};

describe('capability checks', () => {
  it('websocket: passes a broadcast that reaches the sender too, fails one that skips it', async () => {
    await expect(check('websocket')(await serve(() => undefined, 'broadcast'))).resolves.toMatch(/reached both/);
    await expect(check('websocket')(await serve(() => undefined, 'others-only'))).rejects.toThrow(/no broadcast within 5 s/);
  }, 15_000);

  it('websocket: fails when there is no /ws', async () => {
    await expect(check('websocket')(await serve((_, __, res) => json(res, 404, { error: 'no' })))).rejects.toThrow(/404/);
  });

  it('predict: passes a setosa prediction, fails a wrong class, bad probabilities or a 500 on bad input', async () => {
    await expect(check('predict')(await serve(predictOk))).resolves.toMatch(/setosa/);
    const wrong: Handler = (_, __, res) => json(res, 200, { prediction: 'virginica', probabilities: { virginica: 1 } });
    await expect(check('predict')(await serve(wrong))).rejects.toThrow(/iris setosa sample/);
    const unnormalised: Handler = (_, __, res) => json(res, 200, { prediction: 'setosa', probabilities: { setosa: 3 } });
    await expect(check('predict')(await serve(unnormalised))).rejects.toThrow(/add up to 3/);
    const crashes: Handler = (req, body, res) => (body.features.length === 4 ? predictOk(req, body, res) : json(res, 500, 'boom', 'text/plain'));
    await expect(check('predict')(await serve(crashes))).rejects.toThrow(/expected a 4xx JSON error, got 500/);
  });

  it('pages: passes HTML, fails JSON', async () => {
    await expect(check('pages')(await serve((_, __, res) => json(res, 200, '<!doctype html><html><body>Items</body></html>', 'text/html; charset=utf-8')))).resolves.toMatch(/HTML/);
    await expect(check('pages')(await serve((_, __, res) => json(res, 200, { status: 'ok' })))).rejects.toThrow(/should render an HTML page/);
  });

  it('graphql: passes a created item that the items query lists, fails a missing mutation', async () => {
    await expect(check('graphql')(await serve(graphqlOk))).resolves.toMatch(/createItem/);
    const noMutation: Handler = (_, __, res) => json(res, 200, { errors: [{ message: 'Cannot query field "createItem"' }] });
    await expect(check('graphql')(await serve(noMutation))).rejects.toThrow(/mutation createItem/);
  });
});

describe('jobs and events checks', () => {
  it('jobs: passes when the task completes, fails when it never does', async () => {
    const worker = (completes: boolean): Handler => (req, body, res) => {
      if (req.method === 'POST') return body?.name ? json(res, 202, { id: 'task-1', queue: 'default', state: 'pending' }) : json(res, 400, { error: 'name is required' });
      json(res, 200, { id: 'task-1', state: completes ? 'completed' : 'pending' });
    };
    await expect(check('jobs')(await serve(worker(true)))).resolves.toMatch(/completed the task/);
    await expect(check('jobs')(await serve(worker(false)))).rejects.toThrow(/did not complete the task within 20 s/);
  }, 30_000);

  it('events: passes when the created item comes back as a consumed event', async () => {
    const consumed: unknown[] = [];
    const service = (consumes: boolean): Handler => (req, body, res) => {
      if (req.method === 'POST') {
        const item = { id: 7, name: body.name };
        if (consumes) consumed.push({ type: 'item.created', item, partition: 0, offset: 0 });
        return json(res, 201, item);
      }
      json(res, 200, consumed);
    };
    await expect(check('events')(await serve(service(true)))).resolves.toMatch(/consumer processed/);
    consumed.length = 0;
    await expect(check('events')(await serve(service(false)))).rejects.toThrow(/no item.created event/);
  }, 30_000);
});
