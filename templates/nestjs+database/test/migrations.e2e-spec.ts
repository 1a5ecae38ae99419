import { Test } from '@nestjs/testing';

import { DatabaseModule } from '../src/database/database.module.js';
import { createTestDatabase } from './helpers/database.js';

describe('the migrations (e2e)', () => {
  it('are what the server checks at its start: a database without them is refused', async () => {
    const testDb = await createTestDatabase({ migrated: false });
    try {
      await expect(
        Test.createTestingModule({ imports: [DatabaseModule] }).compile(),
      ).rejects.toThrow(/^database not migrated: /);
      // The release step: npm run migrate.
      await testDb.migrate();
      const moduleRef = await Test.createTestingModule({
        imports: [DatabaseModule],
      }).compile();
      await moduleRef.close();
    } finally {
      await testDb.destroy();
    }
  });
});
