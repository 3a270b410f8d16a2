import { defineConfig } from 'prisma/config';
import { createMigrationAdapter } from './src/database/migration-adapter.js';

/**
 * Prisma CLI configuration. `engine: 'js'` makes the CLI use its bundled WASM
 * schema engine with a driver adapter, so `prisma migrate dev` needs no download
 * and no database server: it runs against an in-memory PGlite.
 */
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  adapter: createMigrationAdapter,
});
