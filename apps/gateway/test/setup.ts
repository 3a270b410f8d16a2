import { afterAll, beforeAll } from 'vitest';
import { database } from '../src/db.js';
import { seedDemoIfEmpty } from '../src/seed/seed-demo.js';

/**
 * Every test file gets a migrated, seeded database: its own in-memory PGlite, or the
 * PostgreSQL database named by DATABASE_URL (prepared once by global-setup.ts).
 */
beforeAll(async () => {
  if (database.kind === 'embedded') {
    await database.migrate();
    await seedDemoIfEmpty(database.prisma);
  }
});

afterAll(async () => {
  await database.close();
});
