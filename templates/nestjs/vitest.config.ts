import { defineConfig } from 'vitest/config';

// Unit tests live next to the code they test; the e2e suite has its own config.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
  },
});
