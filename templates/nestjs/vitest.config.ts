import { defineConfig } from 'vitest/config';

// Unit tests live next to the code they test; the e2e suite has its own config.
// Globals (describe, it, expect, vi) as in the specs the Nest CLI generates.
export default defineConfig({
  test: {
    globals: true,
    include: ['src/**/*.spec.ts'],
  },
});
