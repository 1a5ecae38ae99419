import { WebSocket, type WebSocketServer } from 'ws';

import { EventsGateway } from './events.gateway.js';

function client(readyState: number) {
  return { readyState, OPEN: WebSocket.OPEN, send: vi.fn() };
}

describe('EventsGateway', () => {
  it('sends a message to every open client, unchanged', () => {
    const sender = client(WebSocket.OPEN);
    const listener = client(WebSocket.OPEN);
    const closing = client(WebSocket.CLOSING);
    const gateway = new EventsGateway();
    gateway.server = {
      clients: new Set([sender, listener, closing]),
    } as unknown as WebSocketServer;

    gateway.broadcast('hello "world"');

    expect(sender.send).toHaveBeenCalledWith('hello "world"');
    expect(listener.send).toHaveBeenCalledWith('hello "world"');
    expect(closing.send).not.toHaveBeenCalled();
  });
});
