import { defineConfig } from 'vitest/config';

// An explicit config keeps Vitest from picking up one from a parent folder.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
  },
});
