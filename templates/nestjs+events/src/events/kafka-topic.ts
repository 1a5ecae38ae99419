import { Kafka, logLevel } from 'kafkajs';

import type { KafkaEnvironment } from './kafka.config.js';

/**
 * Creates the topic when it is missing, before the consumer subscribes and
 * before the first item is produced, and fails fast when no broker answers:
 * a few attempts within seconds, where the transport would retry for ever.
 * kafkajs stays quiet here; the error thrown says what went wrong, once.
 */
export async function ensureTopic(
  settings: KafkaEnvironment,
  topic: string,
): Promise<void> {
  const admin = new Kafka({
    clientId: `${settings.KAFKA_GROUP}-admin`,
    brokers: settings.KAFKA_BROKERS,
    ssl: settings.KAFKA_TLS,
    ...(settings.KAFKA_SASL && { sasl: settings.KAFKA_SASL }),
    connectionTimeout: 3_000,
    retry: { retries: 2 },
    logLevel: logLevel.NOTHING,
  }).admin();
  try {
    await admin.connect();
    // Resolves false when the topic already exists; the broker's defaults
    // (partitions, replication) apply to a new one.
    await admin.createTopics({ topics: [{ topic }], waitForLeaders: true });
  } catch (err) {
    const brokers = settings.KAFKA_BROKERS.join(',');
    throw new Error(
      `Kafka unavailable at ${brokers}: ${(err as Error).message}`,
      { cause: err },
    );
  } finally {
    await admin.disconnect();
  }
}
