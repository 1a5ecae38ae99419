import { describe, expect, it } from 'vitest';

import { createTestDatabase } from './helpers/database.js';

describe('the migrations', () => {
  it('are what the server checks at its start: a database without them is refused', async () => {
    const testDb = await createTestDatabase({ migrated: false });
    try {
      expect(await testDb.unmigrated()).toBe(true);
      // The release step: npm run migrate.
      await testDb.migrate();
      expect(await testDb.unmigrated()).toBe(false);
    } finally {
      await testDb.destroy();
    }
  });
});
