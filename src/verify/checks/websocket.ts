import { setTimeout as sleep } from 'node:timers/promises';
import type { Check } from './check.js';

/** Two clients on /ws: a message one sends reaches both, the sender included. */
export const websocket: Check = {
  async run({ base }) {
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
  },
};
