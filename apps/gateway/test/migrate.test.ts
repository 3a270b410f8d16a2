import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import {
  applyMigrations,
  type Migration,
  type MigrationConnection,
  readMigrations,
} from '../src/database/migrate.js';

function connectionTo(pglite: PGlite): MigrationConnection {
  return {
    exec: async (script) => {
      await pglite.exec(script);
    },
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await pglite.query<Row>(sql, params)).rows,
  };
}

const migration = (name: string, sql: string): Migration => ({ name, sql, checksum: `sum-${sql}` });

describe('applyMigrations', () => {
  it('applies the committed migrations once, and nothing on a second run', async () => {
    const pglite = new PGlite();
    const committed = await readMigrations();
    expect(committed.length).toBeGreaterThan(0);
    const first = await applyMigrations(connectionTo(pglite));
    expect(first.applied).toEqual(committed.map((m) => m.name));
    const second = await applyMigrations(connectionTo(pglite));
    expect(second).toEqual({ applied: [], alreadyApplied: committed.length });
    const history = await pglite.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(history.rows.map((row) => row.migration_name)).toEqual(committed.map((m) => m.name));
    await pglite.close();
  });

  it('leaves nothing of a migration that fails half-way, and records it as not applied', async () => {
    const pglite = new PGlite();
    const broken = migration(
      '002_broken',
      'CREATE TABLE half (id int); SELECT no_such_function();',
    );
    await expect(
      applyMigrations(connectionTo(pglite), [
        migration('001_ok', 'CREATE TABLE ok (id int);'),
        broken,
      ]),
    ).rejects.toThrow();
    const tables = await pglite.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    expect(tables.rows.map((row) => row.tablename)).toEqual(['_prisma_migrations', 'ok']);
    await pglite.close();
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    const pglite = new PGlite();
    await applyMigrations(connectionTo(pglite), [migration('001', 'CREATE TABLE a (id int);')]);
    const edited = { ...migration('001', 'CREATE TABLE a (id int);'), checksum: 'different' };
    await expect(applyMigrations(connectionTo(pglite), [edited])).rejects.toThrow(/edited/);
    await pglite.close();
  });
});
