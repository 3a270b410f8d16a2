import { readDatabaseConfig } from '../src/config.js';
import { openDatabase } from '../src/database/open-database.js';
import { seedDemoIfEmpty } from '../src/seed/seed-demo.js';
import { testEnv } from './test-env.js';

/** For PostgreSQL runs: migrate and seed once, before any test file starts. */
export default async function setup() {
  Object.assign(process.env, testEnv);
  const config = readDatabaseConfig();
  if (config.kind !== 'postgres') return;
  const database = openDatabase(config);
  try {
    await database.migrate();
    await seedDemoIfEmpty(database.prisma);
  } finally {
    await database.close();
  }
}
