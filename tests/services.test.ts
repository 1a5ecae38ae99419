import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answersApiVersions } from '../src/verify/kafka.js';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A TCP server that answers each request with what `reply` makes of it. */
async function fakeBroker(reply: (request: Buffer, socket: Socket) => void): Promise<number> {
  const server = createServer((socket) => socket.once('data', (request) => reply(request, socket)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An ApiVersions response header: size, the request's correlation id, an error code. */
function response(request: Buffer, errorCode: number): Buffer {
  const answer = Buffer.alloc(10);
  answer.writeInt32BE(6, 0);
  answer.writeInt32BE(request.readInt32BE(8), 4);
  answer.writeInt16BE(errorCode, 8);
  return answer;
}

describe('the Kafka readiness probe', () => {
  it('sends an ApiVersions request and takes an answer without error as ready', async () => {
    let seen: Buffer | undefined;
    const port = await fakeBroker((request, socket) => {
      seen = request;
      socket.write(response(request, 0));
    });
    await expect(answersApiVersions(port)).resolves.toBe(true);
    expect(seen!.readInt32BE(0)).toBe(seen!.length - 4);
    expect([seen!.readInt16BE(4), seen!.readInt16BE(6)]).toEqual([18, 0]);
  });

  it('is not ready on an error code, a closed connection, or nothing listening', async () => {
    await expect(answersApiVersions(await fakeBroker((request, socket) => socket.write(response(request, 35))))).resolves.toBe(false);
    await expect(answersApiVersions(await fakeBroker((_, socket) => socket.destroy()))).resolves.toBe(false);
    await expect(answersApiVersions(1)).resolves.toBe(false);
  });
});
