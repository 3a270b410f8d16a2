import { defineConfig } from 'vitest/config';

/** Unit tests cover pure helpers only: no DOM, no network. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
