import {
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { WebSocketServer as Server } from 'ws';

// Shares the HTTP server's port; TextWsAdapter turns text frames into
// "message" events.
@WebSocketGateway({ path: '/ws' })
export class EventsGateway {
  @WebSocketServer()
  server: Server;

  // Every connected client receives the text, the sender included.
  @SubscribeMessage('message')
  broadcast(@MessageBody() text: string): void {
    for (const client of this.server.clients) {
      if (client.readyState === client.OPEN) client.send(text);
    }
  }
}
