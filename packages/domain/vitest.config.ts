import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Property tests run hundreds of cases; on a loaded CI machine (2 cores shared with the
    // gateway's and the browsers' runs) a few took over the 5 s default. Not a speed assertion.
    testTimeout: 30_000,
  },
});
