import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ClientsModule } from '@nestjs/microservices';
import type { KafkaOptions } from '@nestjs/microservices';

import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';
import { itemCreated } from './item-created.event.js';
import { ItemEvents, kafkaProducer } from './item-events.js';
import { kafkaOptions, kafkaSettings } from './kafka.config.js';
import type { KafkaEnvironment } from './kafka.config.js';
import { ensureTopic } from './kafka-topic.js';

/**
 * The producer (ItemEvents, global so that ItemsController can use it) and
 * the consumer (EventsController, served by the Kafka microservice main.ts
 * connects). On shutdown Nest closes the HTTP server, then the consumer
 * (leaving its group), then this producer.
 */
@Global()
@Module({
  imports: [
    ClientsModule.registerAsync([
      {
        name: kafkaProducer,
        inject: [ConfigService],
        // Runs at start: Nest logs a failure in one line and exits 1.
        useFactory: async (
          config: ConfigService<KafkaEnvironment, true>,
        ): Promise<KafkaOptions> => {
          const settings = kafkaSettings(config);
          await ensureTopic(settings, itemCreated);
          const { transport, options } = kafkaOptions(settings);
          // Only produces: no consumer group for replies.
          return { transport, options: { ...options, producerOnlyMode: true } };
        },
      },
    ]),
  ],
  controllers: [EventsController],
  providers: [EventsService, ItemEvents],
  exports: [ItemEvents],
})
export class EventsModule {}
