import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { type Prisma, PrismaClient } from '../generated/prisma/client.js';
import { noteDatabaseWrite } from '../report/report-cache.js';
import { applyMigrations, type MigrationConnection, type MigrationReport } from './migrate.js';
import { pgliteAdapter } from './pglite-adapter.js';
import { watchWrites } from './write-watch.js';

export interface QueryRowsOptions {
  /**
   * Run it as a named prepared statement on PostgreSQL (each pooled connection prepares it
   * once, and PostgreSQL can keep its plan): for a statement whose text never varies and whose
   * best plan does not depend on the values, such as a primary-key read. Planning a two-table
   * join took longer than executing it (docs/performance.md).
   */
  prepared?: string;
}

export interface Database {
  kind: DatabaseConfig['kind'];
  prisma: PrismaClient;
  /**
   * Runs one read-only hand-written statement (a `Prisma.sql` template) and returns its rows:
   * on PostgreSQL straight through the pool Prisma's adapter shares, skipping Prisma's query
   * compiler (the hot public reads, docs/performance.md); on the embedded database through
   * `prisma.$queryRaw`. Both drivers must read the columns the same way, so cast them to
   * text, int, boolean, text[] or timestamptz (never date, bigint or numeric) in the SQL.
   */
  queryRows<Row>(query: Prisma.Sql, options?: QueryRowsOptions): Promise<Row[]>;
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
    // Not pglite.query: PGlite has one session, and Prisma's interactive transactions on it
    // would take in a read that does not go through the adapter.
    queryRows: <Row>(query: Prisma.Sql) => prisma.$queryRaw<Row[]>(query),
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
  // One pool for the process: Prisma's adapter and the hand-written reads share it (the
  // adapter's own default is a pool of 10 as well). The hand-written statements only read, so
  // the report cache's write watch (./write-watch.ts) needs to see Prisma's alone.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const prisma = new PrismaClient({
    adapter: watchWrites(new PrismaPg(pool), noteDatabaseWrite),
  });
  return {
    kind: 'postgres',
    prisma,
    async queryRows<Row>(query: Prisma.Sql, options?: QueryRowsOptions) {
      const config = { text: query.text, values: query.values, name: options?.prepared };
      return (await pool.query(config)).rows as Row[];
    },
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
      await pool.end();
    },
  };
}

export function openDatabase(config: DatabaseConfig): Database {
  return config.kind === 'postgres' ? openPostgres(config.url) : openEmbedded(config.dataDir);
}
