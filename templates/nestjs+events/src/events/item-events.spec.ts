import { Test } from '@nestjs/testing';
import { of, throwError } from 'rxjs';

import { ItemEvents, kafkaProducer } from './item-events.js';

describe('ItemEvents', () => {
  const producer = { connect: vi.fn(), emit: vi.fn() };
  let itemEvents: ItemEvents;

  beforeEach(async () => {
    vi.resetAllMocks();
    const moduleRef = await Test.createTestingModule({
      providers: [ItemEvents, { provide: kafkaProducer, useValue: producer }],
    }).compile();
    itemEvents = moduleRef.get(ItemEvents);
  });

  it('produces item.created keyed by the item id', async () => {
    producer.emit.mockReturnValue(of([{ topicName: 'item.created' }]));
    const item = { id: 7, name: 'Widget' };
    const event = await itemEvents.created(item);
    expect(event).toEqual({
      id: expect.any(String) as unknown,
      type: 'item.created',
      occurredAt: expect.any(String) as unknown,
      item,
    });
    expect(producer.emit).toHaveBeenCalledWith('item.created', {
      key: '7',
      value: event,
    });
  });

  it('gives every event its own id', async () => {
    producer.emit.mockReturnValue(of([]));
    const first = await itemEvents.created({ id: 1, name: 'Widget' });
    const second = await itemEvents.created({ id: 1, name: 'Widget' });
    expect(first.id).not.toBe(second.id);
  });

  it('rejects when the brokers do not acknowledge the record', async () => {
    producer.emit.mockReturnValue(throwError(() => new Error('timeout')));
    await expect(itemEvents.created({ id: 7, name: 'Widget' })).rejects.toThrow(
      'timeout',
    );
  });
});
