import { PGlite } from '@electric-sql/pglite';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { pgliteAdapter } from './pglite-adapter.js';

/**
 * pglite-prisma-adapter 0.6's `executeScript` neither awaits PGlite's `exec` nor
 * reports its errors, so the schema engine's multi-statement migration scripts fail
 * ("cannot insert multiple commands into a prepared statement") or race. This wraps
 * the adapter so scripts run through `exec` and are awaited.
 */
function withAwaitedScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === 'executeScript') {
        return async (script: string) => {
          await pglite.exec(script);
        };
      }
      if (property === 'executeRaw') {
        return async (query: SqlQuery) => {
          if (query.args.length > 0) return target.executeRaw(query);
          const results = await pglite.exec(query.sql);
          return results.reduce((sum, result) => sum + (result.affectedRows ?? 0), 0);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The driver adapter the Prisma CLI uses to author migrations (`pnpm migration:new`):
 * a throw-away in-memory PGlite (and another for the shadow database), so authoring
 * needs no database server and no network. Applying migrations to real databases is
 * done by `src/database/migrate.ts`.
 */
export async function createMigrationAdapter(): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const main = new PGlite();
  const shadow = new PGlite();
  const factory = new PrismaPGlite(main) as unknown as SqlMigrationAwareDriverAdapterFactory;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withAwaitedScripts(await factory.connect(), main),
    connectToShadowDb: async () =>
      withAwaitedScripts(await pgliteAdapter(shadow).connect(), shadow),
  };
}
