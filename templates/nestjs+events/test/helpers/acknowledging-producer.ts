import type { TestingModuleBuilder } from '@nestjs/testing';
import { of } from 'rxjs';

import { kafkaProducer } from '../../src/events/item-events.js';

/**
 * Replaces the Kafka producer with one that acknowledges every record, for
 * the tests of the rest of the app, which then need no broker;
 * test/events.e2e-spec.ts runs the producer and the consumer against one.
 */
export function withAcknowledgingProducer(
  builder: TestingModuleBuilder,
): TestingModuleBuilder {
  return builder
    .overrideProvider(kafkaProducer)
    .useValue({ connect: () => Promise.resolve(), emit: () => of(undefined) });
}
