import { defineConfig } from 'vitest/config';
import { testEnv } from './test/test-env.js';

export default defineConfig({
  // graphql ships both .mjs and .js; Pothos loads the CommonJS build, so tests must too
  // (two copies of graphql refuse to share types).
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    env: { ...testEnv, ...(process.env.DATABASE_URL ? {} : { DATA_DIR: 'memory://' }) },
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
