import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Service } from '../catalog/types.js';
import { kafka } from './kafka.js';
import { freePort } from './ports.js';
import { postgres } from './postgres.js';

/** A server a starter needs while it is verified, running on loopback for that run only. */
export interface RunningService {
  /** Environment variables that point the starter at it. */
  env: Record<string, string>;
  stop: () => void;
}

/** How to start each service the catalog names, by id, given the starter's pinned image of it. */
export const SERVICES: Record<string, (service: Service) => Promise<RunningService>> = { kafka, postgres, redis };

async function redis(): Promise<RunningService> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => child.once('error', () => reject(new Error('redis-server is not installed (Debian: apt-get install redis-server)'))));
  const deadline = Date.now() + 10_000;
  while (!(await Promise.race([answersPing(port), failed]))) {
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`redis-server did not answer on 127.0.0.1:${port} within 10 s`);
    }
    await sleep(100);
  }
  // Go's clients take host:port, the Python ones a URL.
  return { env: { REDIS_ADDR: `127.0.0.1:${port}`, REDIS_URL: `redis://127.0.0.1:${port}/0` }, stop: () => child.kill('SIGTERM') };
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });
}
