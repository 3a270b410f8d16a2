import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

/**
 * Every test file gets its own migrated, seeded database, so files never see each
 * other's writes: an in-memory PGlite, or — when DATABASE_URL names a PostgreSQL
 * database, which global-setup.ts migrated and seeded once — a copy of it made with
 * CREATE DATABASE … TEMPLATE, dropped when the file is done.
 */
async function adminQuery(url: URL, sql: string) {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function cloneDatabase(templateUrl: string): Promise<URL> {
  const template = new URL(templateUrl);
  const templateName = template.pathname.slice(1);
  const clone = new URL(template);
  clone.pathname = `/${templateName}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await adminQuery(
        template,
        `CREATE DATABASE "${clone.pathname.slice(1)}" TEMPLATE "${templateName}"`,
      );
      return clone;
    } catch (error) {
      // Another file may be copying the template this very moment: wait and retry.
      if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

const clone = process.env.DATABASE_URL ? await cloneDatabase(process.env.DATABASE_URL) : null;
if (clone) process.env.DATABASE_URL = clone.toString();

const { database } = await import('../src/db.js');
const { seedDemoIfEmpty } = await import('../src/seed/seed-demo.js');

beforeAll(async () => {
  if (database.kind === 'embedded') {
    await database.migrate();
    await seedDemoIfEmpty(database.prisma);
  }
});

afterAll(async () => {
  await database.close();
  if (clone)
    await adminQuery(clone, `DROP DATABASE IF EXISTS "${clone.pathname.slice(1)}" WITH (FORCE)`);
});
