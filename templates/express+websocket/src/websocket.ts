import type { Server } from 'node:http';

import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';

import { logger as appLogger } from './logger.js';

export interface WebSocketOptions {
  /** How often clients are pinged; one that has not answered since the last ping is dropped. */
  heartbeatMs?: number;
  /** Where client errors are logged; the app's logger by default. */
  logger?: Logger;
}

// ws accepts up to 100 MiB per message by default, and every message is copied
// to every client: keep it to chat-sized messages (larger ones close with 1009).
const maxPayloadBytes = 64 * 1024;
// Time clients get to answer the closing handshake before they are dropped;
// shorter than the server's shutdown timeout.
const closeGraceMs = 5_000;

/**
 * Serves WebSocket connections on /ws of the HTTP server and sends every
 * message a client sends, unchanged and with the same frame type, to every
 * connected client, the sender included.
 */
export function attachWebSocket(
  server: Server,
  { heartbeatMs = 30_000, logger = appLogger }: WebSocketOptions = {},
): WebSocketServer {
  const wss = new WebSocketServer({
    server,
    path: '/ws',
    maxPayload: maxPayloadBytes,
  });
  // Clients that answered the last ping; a dead peer never closes its TCP
  // connection, so without this it would stay in wss.clients for good.
  const alive = new WeakSet<WebSocket>();

  wss.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
    // ws closes the connection itself (e.g. 1009, 1007 for invalid UTF-8);
    // without a listener the error would crash the process.
    socket.on('error', (err) => {
      logger.warn({ error: err.message }, 'websocket client error');
    });
    socket.on('message', (data, isBinary) => {
      for (const client of wss.clients) {
        if (client.readyState === WebSocket.OPEN) {
          client.send(data, { binary: isBinary });
        }
      }
    });
  });

  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, heartbeatMs);
  wss.on('close', () => {
    clearInterval(heartbeat);
  });

  return wss;
}

/**
 * Tells every client the server is going away (1001), stops accepting new
 * ones and drops those still open after a grace period, so that the HTTP
 * server's close() can complete.
 */
export function closeWebSocket(wss: WebSocketServer): void {
  for (const client of wss.clients) {
    client.close(1001, 'server shutting down');
  }
  setTimeout(() => {
    for (const client of wss.clients) client.terminate();
  }, closeGraceMs).unref();
  wss.close();
}
