import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { noteDatabaseWrite } from '../report/report-cache.js';
import { applyMigrations, type MigrationConnection, type MigrationReport } from './migrate.js';
import { pgliteAdapter } from './pglite-adapter.js';
import { watchWrites } from './write-watch.js';

export interface Database {
  kind: DatabaseConfig['kind'];
  prisma: PrismaClient;
  /** Applies pending migrations (embedded: on every start; PostgreSQL: `pnpm db:migrate`). */
  migrate(): Promise<MigrationReport>;
  /** One round trip to the database, for /health. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

function pgliteMigrationConnection(pglite: PGlite): MigrationConnection {
  return {
    async exec(script) {
      await pglite.exec(script);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await pglite.query<Row>(sql, params)).rows;
    },
  };
}

function openEmbedded(dataDir: string): Database {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  const prisma = new PrismaClient({
    adapter: watchWrites(pgliteAdapter(pglite), noteDatabaseWrite),
  });
  return {
    kind: 'embedded',
    prisma,
    migrate: () => applyMigrations(pgliteMigrationConnection(pglite)),
    async ping() {
      await pglite.query('SELECT 1');
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

function openPostgres(url: string): Database {
  const prisma = new PrismaClient({
    adapter: watchWrites(new PrismaPg({ connectionString: url }), noteDatabaseWrite),
  });
  return {
    kind: 'postgres',
    prisma,
    async migrate() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await applyMigrations({
          async exec(script) {
            await client.query(script);
          },
          async query<Row>(sql: string, params: unknown[] = []) {
            return (await client.query(sql, params)).rows as Row[];
          },
        });
      } finally {
        await client.end();
      }
    },
    async ping() {
      await prisma.$queryRaw`SELECT 1`;
    },
    async close() {
      await prisma.$disconnect();
    },
  };
}

export function openDatabase(config: DatabaseConfig): Database {
  return config.kind === 'postgres' ? openPostgres(config.url) : openEmbedded(config.dataDir);
}
