import { Injectable } from '@nestjs/common';

import type { ItemCreatedEvent } from './item-created.event.js';

/** How many processed events GET /api/events keeps: the memory is bounded. */
export const historySize = 100;

/**
 * The events the consumer processed, newest last. Kafka delivers at least
 * once, so the same event may come twice (after a crash or a rebalance,
 * before its offset was committed): one already recorded is skipped.
 */
@Injectable()
export class EventsService {
  readonly #events = new Map<string, ItemCreatedEvent>();

  /** Whether the event was new. */
  record(event: ItemCreatedEvent): boolean {
    if (this.#events.has(event.id)) return false;
    this.#events.set(event.id, event);
    // A Map iterates in insertion order: the first key is the oldest.
    if (this.#events.size > historySize) {
      for (const oldest of this.#events.keys()) {
        this.#events.delete(oldest);
        break;
      }
    }
    return true;
  }

  list(): ItemCreatedEvent[] {
    return [...this.#events.values()];
  }
}
