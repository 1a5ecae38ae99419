import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import { AppModule } from '../src/app.module.js';
import { TextWsAdapter } from '../src/events/text-ws.adapter.js';

function connect(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket): Promise<string> {
  return new Promise((resolve) => {
    socket.once('message', (data: Buffer) => {
      resolve(data.toString());
    });
  });
}

describe('WebSocket /ws (e2e)', () => {
  let app: INestApplication;
  let url: string;
  const sockets: WebSocket[] = [];

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule],
    }).compile();
    app = moduleRef.createNestApplication();
    app.useWebSocketAdapter(new TextWsAdapter(app));
    // Port 0: the OS picks a free port, so tests never collide.
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace(/^http/, 'ws') + '/ws';
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await app.close();
  });

  async function client(): Promise<WebSocket> {
    const socket = await connect(url);
    sockets.push(socket);
    return socket;
  }

  it('broadcasts a text message to every client, the sender included', async () => {
    const sender = await client();
    const listener = await client();
    const text = 'hello {"not": "an event"} ✓';

    const received = Promise.all([nextMessage(sender), nextMessage(listener)]);
    sender.send(text);

    expect(await received).toEqual([text, text]);
  });

  it('keeps broadcasting after a client leaves', async () => {
    const leaving = await client();
    const sender = await client();
    const listener = await client();
    leaving.close();
    await new Promise((resolve) => leaving.once('close', resolve));

    const received = Promise.all([nextMessage(sender), nextMessage(listener)]);
    sender.send('still here');

    expect(await received).toEqual(['still here', 'still here']);
  });

  it('ignores binary frames', async () => {
    const sender = await client();
    const listener = await client();

    // Frames arrive in order, so the first message is the text, not the bytes.
    const received = nextMessage(listener);
    sender.send(Buffer.from([1, 2, 3]));
    sender.send('text after bytes');

    expect(await received).toBe('text after bytes');
  });
});
