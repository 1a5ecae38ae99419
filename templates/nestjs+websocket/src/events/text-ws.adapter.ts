import type { INestApplicationContext } from '@nestjs/common';
import { WsAdapter } from '@nestjs/platform-ws';

// The stock WsAdapter expects JSON frames shaped {"event", "data"}. Clients of
// /ws send plain text, so every text frame becomes a "message" event carrying
// the text unchanged; binary frames are dropped.
export class TextWsAdapter extends WsAdapter {
  constructor(app: INestApplicationContext) {
    super(app, {
      messageParser: (data) =>
        typeof data === 'string' ? { event: 'message', data } : undefined,
    });
  }
}
