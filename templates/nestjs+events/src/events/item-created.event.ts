import type { Item } from '../items/interfaces/item.interface.js';

/** The topic of the item events, and the pattern EventsController handles. */
export const itemCreated = 'item.created';

/** The value of a record on the item.created topic, as JSON. */
export interface ItemCreatedEvent {
  /** Unique per event: a redelivered record carries the same id. */
  id: string;
  type: typeof itemCreated;
  occurredAt: string;
  item: Item;
}

/**
 * The event, or undefined for a value that is not one (a record another
 * producer wrote, or garbage): Nest hands the handler parsed JSON when it
 * can, and the raw text otherwise.
 */
export function parseItemCreated(value: unknown): ItemCreatedEvent | undefined {
  if (!isObject(value)) return undefined;
  const { id, type, occurredAt, item } = value;
  if (
    typeof id !== 'string' ||
    type !== itemCreated ||
    typeof occurredAt !== 'string' ||
    !isObject(item) ||
    !Number.isSafeInteger(item.id) ||
    typeof item.name !== 'string'
  ) {
    return undefined;
  }
  return { id, type, occurredAt, item: item as unknown as Item };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
