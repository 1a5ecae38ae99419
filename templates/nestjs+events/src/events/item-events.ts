import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';

import type { Item } from '../items/interfaces/item.interface.js';
import { itemCreated } from './item-created.event.js';
import type { ItemCreatedEvent } from './item-created.event.js';

/** The injection token of the Kafka producer (ClientsModule). */
export const kafkaProducer = 'KAFKA_PRODUCER';

/** Produces the item events; ItemsController calls it. */
@Injectable()
export class ItemEvents implements OnApplicationBootstrap {
  constructor(@Inject(kafkaProducer) private readonly producer: ClientKafka) {}

  // Connected at start rather than on the first item.
  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
  }

  /**
   * Resolves once the brokers have acknowledged the record (all in-sync
   * replicas), and rejects when it could not be written. Keyed by the item's
   * id, so that the events of one item stay in order on one partition.
   */
  async created(item: Item): Promise<ItemCreatedEvent> {
    const event: ItemCreatedEvent = {
      id: randomUUID(),
      type: itemCreated,
      occurredAt: new Date().toISOString(),
      item,
    };
    await lastValueFrom(
      this.producer.emit(itemCreated, { key: String(item.id), value: event }),
      { defaultValue: undefined },
    );
    return event;
  }
}
