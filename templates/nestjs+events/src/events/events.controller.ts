import {
  All,
  Controller,
  Get,
  Header,
  Logger,
  MethodNotAllowedException,
} from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';

import { itemCreated, parseItemCreated } from './item-created.event.js';
import type { ItemCreatedEvent } from './item-created.event.js';
import { EventsService } from './events.service.js';

/**
 * The consumer and the HTTP view of what it processed. The Kafka transport
 * commits a record's offset once this handler has returned: a crash before
 * that delivers the record again, which EventsService tolerates.
 */
@Controller('api/events')
export class EventsController {
  readonly #logger = new Logger(EventsController.name);

  constructor(private readonly events: EventsService) {}

  @EventPattern(itemCreated)
  handleItemCreated(@Payload() value: unknown): void {
    const event = parseItemCreated(value);
    // Throwing would make the transport retry the record for ever: a record
    // that cannot be processed is logged and skipped instead.
    if (!event) {
      this.#logger.warn(`skipped a malformed ${itemCreated} record`);
      return;
    }
    if (this.events.record(event)) {
      this.#logger.log(
        `event ${event.id}: item ${String(event.item.id)} created`,
      );
    }
  }

  @Get()
  findAll(): ItemCreatedEvent[] {
    return this.events.list();
  }

  @All()
  @Header('Allow', 'GET, HEAD')
  methodNotAllowed(): never {
    throw new MethodNotAllowedException('use GET or HEAD');
  }
}
