import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // yeoman-test changes the working directory, which worker threads cannot do.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
