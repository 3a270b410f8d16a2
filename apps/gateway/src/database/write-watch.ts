import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * Tells `onWrite` about every statement the app sends that may change data (anything but a
 * SELECT or transaction control), and again when a transaction that wrote commits or rolls
 * back — so that a copy of the data taken between the write and its commit is invalidated too.
 * Used by the report cache (src/report/report-cache.ts): the app's writes all go through its
 * Prisma client, whatever the module.
 */
const READ_ONLY =
  /^\s*(\(\s*)*(SELECT|SHOW|BEGIN|START|COMMIT|ROLLBACK|SET|SAVEPOINT|RELEASE|DEALLOCATE|EXPLAIN)\b/i;

/**
 * Bookkeeping no report reads: a staff session's last-seen time (refreshed as staff use the
 * console), an API key's last use, the audit trail. Not counted, or every signed-in request would
 * drop the cache.
 */
const BOOKKEEPING =
  /^\s*(UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+("?public"?\.)?"?(staff_session|api_key|audit_log)"?[\s(]/i;

export function isWriteStatement(sql: string): boolean {
  return !READ_ONLY.test(sql) && !BOOKKEEPING.test(sql);
}

function bound<T extends object>(target: T, key: PropertyKey) {
  const value = Reflect.get(target, key, target);
  return typeof value === 'function' ? value.bind(target) : value;
}

function watchTransaction(transaction: Transaction, onWrite: () => void): Transaction {
  let wrote = false;
  const run = (method: 'queryRaw' | 'executeRaw') => (query: SqlQuery) => {
    if (isWriteStatement(query.sql)) {
      wrote = true;
      onWrite();
    }
    return transaction[method](query as never) as never;
  };
  const end = (method: 'commit' | 'rollback') => async () => {
    try {
      await transaction[method]();
    } finally {
      if (wrote) onWrite();
    }
  };
  return new Proxy(transaction, {
    get(target, key) {
      if (key === 'queryRaw' || key === 'executeRaw') return run(key);
      if (key === 'commit' || key === 'rollback') return end(key);
      return bound(target, key);
    },
  });
}

function watchAdapter(adapter: SqlDriverAdapter, onWrite: () => void): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, key) {
      if (key === 'queryRaw' || key === 'executeRaw') {
        return (query: SqlQuery) => {
          const result = target[key](query as never);
          if (isWriteStatement(query.sql)) {
            // Outside a transaction the statement commits on its own: note it when done too.
            onWrite();
            return (result as Promise<unknown>).finally(onWrite) as never;
          }
          return result as never;
        };
      }
      if (key === 'executeScript') {
        return async (script: string) => {
          try {
            await target.executeScript(script);
          } finally {
            onWrite();
          }
        };
      }
      if (key === 'startTransaction') {
        return async (...args: Parameters<SqlDriverAdapter['startTransaction']>) =>
          watchTransaction(await target.startTransaction(...args), onWrite);
      }
      return bound(target, key);
    },
  });
}

export function watchWrites(
  factory: SqlDriverAdapterFactory,
  onWrite: () => void,
): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, key) {
      if (key === 'connect') {
        return async () => watchAdapter(await target.connect(), onWrite);
      }
      return bound(target, key);
    },
  });
}
