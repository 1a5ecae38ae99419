import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { ClientOptions, WebSocketServer } from 'ws';

import { createApp } from '../src/app.js';
import { attachWebSocket, closeWebSocket } from '../src/websocket.js';
import type { WebSocketOptions } from '../src/websocket.js';

let server: Server;
let wss: WebSocketServer;
let baseUrl: string;
const clients: WebSocket[] = [];

// The same wiring as src/server.ts, on an ephemeral port.
async function start(options?: WebSocketOptions): Promise<void> {
  server = createApp().listen(0, '127.0.0.1');
  await once(server, 'listening');
  wss = attachWebSocket(server, options);
  const { port } = server.address() as AddressInfo;
  baseUrl = `ws://127.0.0.1:${String(port)}`;
}

async function connect(
  path = '/ws',
  options?: ClientOptions,
): Promise<WebSocket> {
  const client = new WebSocket(baseUrl + path, options);
  clients.push(client);
  await once(client, 'open');
  return client;
}

async function nextMessage(
  client: WebSocket,
): Promise<{ data: Buffer; isBinary: boolean }> {
  // With the default binaryType ('nodebuffer') a message is one Buffer.
  const [data, isBinary] = (await once(client, 'message')) as [Buffer, boolean];
  return { data, isBinary };
}

async function closeCode(client: WebSocket): Promise<number> {
  const [code] = (await once(client, 'close')) as [number];
  return code;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const client of clients.splice(0)) client.terminate();
  wss.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('/ws', () => {
  it('broadcasts a text message unchanged to every client, the sender included', async () => {
    await start();
    const sender = await connect();
    const listener = await connect();
    const text = 'héllo 👋 {"json": true}';

    const received = Promise.all([nextMessage(sender), nextMessage(listener)]);
    sender.send(text);

    for (const { data, isBinary } of await received) {
      expect(isBinary).toBe(false);
      expect(data.toString()).toBe(text);
    }
  });

  it('relays binary messages as binary', async () => {
    await start();
    const sender = await connect();
    const listener = await connect();
    const bytes = Buffer.from([0, 1, 254, 255]);

    const received = nextMessage(listener);
    sender.send(bytes);

    const { data, isBinary } = await received;
    expect(isBinary).toBe(true);
    expect(data).toEqual(bytes);
  });

  it('closes with 1009 a message over the size limit', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await start();
    const client = await connect();
    const closed = closeCode(client);
    client.send('x'.repeat(64 * 1024 + 1));
    expect(await closed).toBe(1009);
    expect(warn).toHaveBeenCalledWith(
      'websocket client error: Max payload size exceeded',
    );
  });

  it('refuses upgrades on other paths', async () => {
    await start();
    await expect(connect('/other')).rejects.toThrow(/400/);
  });

  it('drops a client that stops answering pings and keeps the others', async () => {
    await start({ heartbeatMs: 200 });
    const healthy = await connect();
    const dead = await connect('/ws', { autoPong: false });

    // A terminated connection ends without a closing handshake: 1006.
    expect(await closeCode(dead)).toBe(1006);
    expect(healthy.readyState).toBe(WebSocket.OPEN);
  });

  it('says goodbye with 1001 on shutdown so the server can close', async () => {
    await start();
    const client = await connect();
    const closed = closeCode(client);

    closeWebSocket(wss);
    const serverClosed = new Promise<void>((resolve, reject) => {
      server.close((err) => {
        if (err) reject(err);
        else resolve();
      });
    });

    expect(await closed).toBe(1001);
    await serverClosed;
  });
});
