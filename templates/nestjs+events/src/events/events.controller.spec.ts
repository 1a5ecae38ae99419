import { EventsController } from './events.controller.js';
import { EventsService, historySize } from './events.service.js';
import type { ItemCreatedEvent } from './item-created.event.js';

function event(n: number): ItemCreatedEvent {
  return {
    id: `event-${String(n)}`,
    type: 'item.created',
    occurredAt: '2026-01-01T00:00:00.000Z',
    item: { id: n, name: `Item ${String(n)}` },
  };
}

describe('EventsController', () => {
  let controller: EventsController;

  beforeEach(() => {
    controller = new EventsController(new EventsService());
  });

  it('records a consumed item.created event', () => {
    controller.handleItemCreated(event(1));
    expect(controller.findAll()).toEqual([event(1)]);
  });

  it('records a redelivered event once', () => {
    controller.handleItemCreated(event(1));
    controller.handleItemCreated(event(1));
    expect(controller.findAll()).toEqual([event(1)]);
  });

  it.each([
    ['text that is not JSON', 'not json'],
    ['an empty record', null],
    ['another type', { ...event(1), type: 'item.deleted' }],
    ['an item without an id', { ...event(1), item: { name: 'Widget' } }],
  ])('skips %s without throwing', (_case, value) => {
    expect(() => {
      controller.handleItemCreated(value);
    }).not.toThrow();
    expect(controller.findAll()).toEqual([]);
  });

  it(`keeps the last ${String(historySize)} events`, () => {
    for (let n = 1; n <= historySize + 5; n++) {
      controller.handleItemCreated(event(n));
    }
    const events = controller.findAll();
    expect(events).toHaveLength(historySize);
    expect(events[0]).toEqual(event(6));
    expect(events.at(-1)).toEqual(event(historySize + 5));
  });
});
