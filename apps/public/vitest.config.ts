import { defineConfig } from 'vitest/config';

/**
 * Unit tests: pure helpers, and the server render (src/entry-server.tsx) answered by a recorded
 * API. No DOM, no network.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
