import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable, Logger } from '@nestjs/common';
import type {
  BeforeApplicationShutdown,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import type { EnvironmentVariables } from './env.validation.js';

// Longest time in-flight requests get to finish once the server stops
// accepting.
const shutdownTimeoutMs = 10_000;

/**
 * The drain before a stop. Nest runs beforeApplicationShutdown() before it
 * closes the HTTP server: from SIGTERM on, /ready answers 503 and every answer
 * carries Connection: close while the server keeps accepting for
 * SHUTDOWN_DRAIN_SECONDS, long enough for a load balancer to see /ready fail
 * and send new requests elsewhere.
 */
@Injectable()
export class ShutdownService
  implements BeforeApplicationShutdown, OnApplicationShutdown
{
  readonly #logger = new Logger(ShutdownService.name);
  #draining = false;
  #deadline: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: ConfigService<EnvironmentVariables, true>,
  ) {}

  get draining(): boolean {
    return this.#draining;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    // app.close() without a signal (a script, a test) has no clients to drain.
    if (signal === undefined) return;
    this.#draining = true;
    const seconds = this.config.get('SHUTDOWN_DRAIN_SECONDS', { infer: true });
    this.#logger.log(`${signal} received, draining for ${String(seconds)} s`);
    await sleep(seconds * 1000);
    this.#deadline = setTimeout(() => {
      this.#logger.error('in-flight requests did not finish in time, exiting');
      process.exit(1);
    }, shutdownTimeoutMs).unref();
  }

  // The HTTP server has closed: every request was answered in time.
  onApplicationShutdown(): void {
    clearTimeout(this.#deadline);
  }
}
