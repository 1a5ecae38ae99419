import { ensureTopic } from './kafka-topic.js';
import type { KafkaEnvironment } from './kafka.config.js';

const admin = vi.hoisted(() => ({
  connect: vi.fn(),
  createTopics: vi.fn(),
  disconnect: vi.fn(),
}));

vi.mock('kafkajs', async (importOriginal) => ({
  ...(await importOriginal<typeof import('kafkajs')>()),
  Kafka: class {
    admin() {
      return admin;
    }
  },
}));

const settings: KafkaEnvironment = {
  KAFKA_BROKERS: ['kafka-1:9092', 'kafka-2:9092'],
  KAFKA_GROUP: 'items',
  KAFKA_TLS: false,
  KAFKA_SASL: undefined,
};

describe('ensureTopic', () => {
  beforeEach(() => {
    vi.resetAllMocks();
  });

  it('creates the topic and waits for its leaders', async () => {
    await ensureTopic(settings, 'item.created');
    expect(admin.createTopics).toHaveBeenCalledWith({
      topics: [{ topic: 'item.created' }],
      waitForLeaders: true,
    });
    expect(admin.disconnect).toHaveBeenCalled();
  });

  it('names the brokers when none answers', async () => {
    admin.connect.mockRejectedValue(new Error('connect ECONNREFUSED'));
    await expect(ensureTopic(settings, 'item.created')).rejects.toThrow(
      'Kafka unavailable at kafka-1:9092,kafka-2:9092: connect ECONNREFUSED',
    );
    expect(admin.createTopics).not.toHaveBeenCalled();
    expect(admin.disconnect).toHaveBeenCalled();
  });
});
