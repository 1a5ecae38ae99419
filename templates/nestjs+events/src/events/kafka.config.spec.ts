import { defaultGroup, kafkaOptions, validateKafka } from './kafka.config.js';

describe('validateKafka', () => {
  it('needs only KAFKA_BROKERS', () => {
    expect(validateKafka({ KAFKA_BROKERS: 'localhost:9092' })).toEqual({
      KAFKA_BROKERS: ['localhost:9092'],
      KAFKA_GROUP: defaultGroup,
      KAFKA_TLS: false,
      KAFKA_SASL: undefined,
    });
  });

  it('reads several brokers, the group, TLS and SASL', () => {
    expect(
      validateKafka({
        KAFKA_BROKERS: 'kafka-1:9093, kafka-2:9093',
        KAFKA_GROUP: 'items-audit',
        KAFKA_TLS: 'true',
        KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
        KAFKA_SASL_USERNAME: 'app',
        KAFKA_SASL_PASSWORD: 'secret',
      }),
    ).toEqual({
      KAFKA_BROKERS: ['kafka-1:9093', 'kafka-2:9093'],
      KAFKA_GROUP: 'items-audit',
      KAFKA_TLS: true,
      KAFKA_SASL: {
        mechanism: 'scram-sha-512',
        username: 'app',
        password: 'secret',
      },
    });
  });

  it.each([
    [{}, /KAFKA_BROKERS is required/],
    [{ KAFKA_BROKERS: ' , ' }, /KAFKA_BROKERS is required/],
    [{ KAFKA_BROKERS: 'localhost' }, /KAFKA_BROKERS must list host:port/],
    [
      { KAFKA_BROKERS: 'kafka://localhost:9092' },
      /KAFKA_BROKERS must list host:port/,
    ],
    [{ KAFKA_BROKERS: 'localhost:9092', KAFKA_TLS: 'yes' }, /KAFKA_TLS/],
    [
      { KAFKA_BROKERS: 'localhost:9092', KAFKA_SASL_MECHANISM: 'GSSAPI' },
      /KAFKA_SASL_MECHANISM must be/,
    ],
    [
      {
        KAFKA_BROKERS: 'localhost:9092',
        KAFKA_SASL_MECHANISM: 'PLAIN',
        KAFKA_SASL_USERNAME: 'app',
        KAFKA_SASL_PASSWORD: 'secret',
      },
      /PLAIN needs KAFKA_TLS=true/,
    ],
    [
      {
        KAFKA_BROKERS: 'localhost:9092',
        KAFKA_SASL_MECHANISM: 'SCRAM-SHA-256',
      },
      /KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required/,
    ],
  ])('refuses %j', (env, message) => {
    expect(() => validateKafka(env)).toThrow(message);
  });
});

describe('kafkaOptions', () => {
  it('joins KAFKA_GROUP as named and reads a new group from the start', () => {
    const { options } = kafkaOptions(
      validateKafka({ KAFKA_BROKERS: 'localhost:9092', KAFKA_GROUP: 'audit' }),
    );
    expect(options).toMatchObject({
      client: { clientId: 'audit', brokers: ['localhost:9092'], ssl: false },
      postfixId: '',
      consumer: { groupId: 'audit' },
      subscribe: { fromBeginning: true },
      producer: { allowAutoTopicCreation: false },
    });
  });
});
