import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../src/db/database.js';
import type { CreateItemRequest } from '../src/gen/items/v1/CreateItemRequest.js';
import type { Item__Output } from '../src/gen/items/v1/Item.js';
import { watchDatabase } from '../src/grpc.js';
import { ItemStore } from '../src/store.js';
import { createTestDatabase } from './helpers/database.js';
import type { TestDatabase } from './helpers/database.js';
import { call, start } from './helpers/grpc.js';
import type { Running } from './helpers/grpc.js';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  // Runs after the file's last test.
  return () => testDb.destroy();
});

beforeEach(async () => {
  await testDb.reset();
});

let running: Running | undefined;
afterEach(() => {
  running?.close();
  running = undefined;
});

describe('the database', () => {
  it('keeps items for a new server with a new connection, as after a restart', async () => {
    const first = await start(new ItemStore(testDb.database.db));
    const created = await call<CreateItemRequest, Item__Output>(
      first.items.createItem.bind(first.items),
      { name: 'Kept', description: 'across a restart' },
    );
    first.close();

    const reopened = openDatabase(testDb.url);
    try {
      running = await start(new ItemStore(reopened.db));
      const { items } = running;
      expect(await call(items.getItem.bind(items), { id: created.id })).toEqual(
        { id: created.id, name: 'Kept', description: 'across a restart' },
      );
    } finally {
      await reopened.close();
    }
  });

  it('turns health NOT_SERVING while the database does not answer', async () => {
    const database = openDatabase(testDb.url);
    running = await start(new ItemStore(database.db));
    const { health, healthClient, logger } = running;
    const stopWatching = watchDatabase(health, database, logger, 20);
    try {
      await database.close();
      const check = healthClient.check.bind(healthClient);
      await expect
        .poll(() => call(check, { service: 'items.v1.ItemService' }))
        .toEqual({ status: 'NOT_SERVING' });
    } finally {
      stopWatching();
    }
  });
});
