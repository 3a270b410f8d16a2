import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gatewayRoot } from '../config.js';

/** What the migrator needs from a connection: run a script, and run one parameterised query. */
export interface MigrationConnection {
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export const migrationsFolder = join(gatewayRoot, 'prisma', 'migrations');

/** The committed migrations, oldest first (their folder names start with a timestamp). */
export async function readMigrations(folder = migrationsFolder): Promise<Migration[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(folder, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** Same table and columns as Prisma Migrate, so `prisma migrate status` agrees with us. */
const createHistoryTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Any fixed number: the key of the advisory lock that serialises concurrent migrators. */
const migrationLockKey = 72_010_919;

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies every committed migration the database has not had yet, each in its own
 * transaction together with its history row, so a crash leaves either all of a
 * migration or none of it. A migration whose file changed after it was applied is
 * refused: migrations are append-only.
 */
export async function applyMigrations(
  connection: MigrationConnection,
  migrations?: Migration[],
): Promise<MigrationReport> {
  const pending = migrations ?? (await readMigrations());
  await connection.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
  try {
    await connection.exec(createHistoryTable);
    const rows = await connection.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    for (const migration of pending) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was edited after it was applied; add a new migration instead.`,
          );
        }
        report.alreadyApplied += 1;
        continue;
      }
      await connection.exec('BEGIN');
      try {
        await connection.exec(migration.sql);
        await connection.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await connection.exec('COMMIT');
      } catch (error) {
        await connection.exec('ROLLBACK');
        throw error;
      }
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await connection.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
  }
}
